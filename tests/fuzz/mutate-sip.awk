# SPDX-License-Identifier: GPL-2.0-or-later
#
# Mutates a crafted SIP source (the text format of tests/bad-input/craft.sh)
# where sipexplain reads: status codes and phrases, CSeq, Reason, Warning,
# Retry-After, plus generic line damage and TCP splits. Random bytes from
# editcap -E rarely hit these few fields in a way the SIP dissector still
# accepts; these mutations keep the message SIP enough to reach the plugin.
#
#   LC_ALL=C awk -v seed=N -f mutate-sip.awk SOURCE.txt > MUTATED.txt
# What was done goes to the file named by -v logfile=FILE (one line per mutation),
# so a reproducer says how it was made. Same seed, same source: same output.

function pick(list,   parts, n) {
    n = split(list, parts, "|")
    return parts[1 + int(rand() * n)]
}

function digits(n,   s, i) {
    s = ""
    for (i = 0; i < n; i++) s = s int(rand() * 10)
    return s
}

# Bytes that are not text: controls, DEL, high bytes (not UTF-8 on their own).
function junk(n,   s, i, b) {
    s = ""
    for (i = 0; i < n; i++) {
        b = pick("1|9|11|27|34|44|59|61|92|127|128|160|192|237|254|255|r")
        if (b == "r") b = 1 + int(rand() * 255)
        s = s sprintf("%c", b + 0)
    }
    return s
}

function repeat(text, n,   s, i) {
    s = ""
    for (i = 0; i < n; i++) s = s text
    return s
}

function status_code() {
    return pick("0|00|000|1|99|099|100|101|199|200|299|300|399|400|401|407|487|499|500|599|600|603|699|700|999|1000|6000|65535|65536|99999|4294967295|4294967296|18446744073709551616|-1|+200|2OO|abc| 486|486486|" digits(3) "|" digits(1 + int(rand() * 25)))
}

function cseq_method() {
    return pick("INVITE|REGISTER|CANCEL|invite|Invite|BYE|ACK|PRACK|INV ITE|INVITE,BYE|@@@|\"INVITE\"|" repeat("X", 1 + int(rand() * 300)) "|" junk(1 + int(rand() * 8)) "||-|INVITE;x=1|" digits(4))
}

function reason_value(   many, i, s) {
    many = pick("1|1|1|2|17|300")
    s = ""
    for (i = 0; i < many; i++) {
        if (i) s = s pick(", |,|,,| , |;,")
        s = s pick("Q.850|SIP|q.850|Q.850 |RELEASE_CAUSE|Q.850\"|\"Q.850\"||;|" junk(3)) \
              pick(";cause=" pick("0|1|16|17|21|34|127|128|255|-1|999999999|9999999999|" digits(1 + int(rand() * 20)) "|abc||\"16\"") "|;cause|;cause==16|;;|") \
              pick(";text=\"" pick("Normal|" junk(5) "|" repeat("A", 2000) "|a\\\"b|\\\\") "\"|;text=\"unclosed|;text=noquotes|;text=\"a\"b\"|;text=\"\\|;text=|") \
              pick(";location=" pick("PU|LN|" junk(2) "|") "||")
    }
    return s
}

function warning_value(   many, i, s) {
    many = pick("1|1|2|16|17|250")
    s = ""
    for (i = 0; i < many; i++) {
        if (i) s = s pick(", |,|,,| , ")
        s = s pick("399|370|301|999|000|39|3999|abc|" digits(int(rand() * 6)) "|") \
              pick(" | |\t|") \
              pick("proxy.example|" junk(4) "|" repeat("h", 500) "||\"") \
              pick(" \"text\"| \"unclosed| noquote| \"a\\\"b\"| \"\\| \"\"||" " \"" repeat("w", 3000) "\"")
    }
    return s
}

function retry_value() {
    return pick("0|120|-1|abc|4294967295|4294967296|99999999999999999999|120 (back soon)|120;duration=|;duration=60|120 (unclosed|" digits(1 + int(rand() * 15)) "||" junk(3))
}

function note(text) {
    if (logfile != "") print text >> logfile
}

# Index of a random line matching pattern (only message lines), or 0.
function find(pattern,   hits, i, n) {
    n = 0
    for (i = 1; i <= count; i++)
        if (!(i in header) && line[i] ~ pattern) hits[++n] = i
    return n ? hits[1 + int(rand() * n)] : 0
}

function any_line(   n, i, hits) {
    n = 0
    for (i = 1; i <= count; i++)
        if (!(i in header)) hits[++n] = i
    return n ? hits[1 + int(rand() * n)] : 0
}

# Adds a header after the first line of a random message.
function add_header(text,   i) {
    i = find("^SIP/2\\.0 |^[A-Z]+ [^ ]+ SIP/2\\.0")
    if (i == 0) return
    line[i] = line[i] "\n" text
    note("add header after line " i ": " substr(text, 1, 60))
}

function mutate(   kind, i, value, parts) {
    kind = pick("code|code|code|phrase|cseq|cseq|reason|reason|warning|warning|retry|retry|noise|delete|duplicate|split|split|request|length|fold")
    if (kind == "code") {
        if ((i = find("^SIP/2\\.0 ")) == 0) return mutate()
        value = status_code()
        note("status code on line " i ": " value)
        line[i] = "SIP/2.0 " value substr(line[i], 12)
    } else if (kind == "phrase") {
        if ((i = find("^SIP/2\\.0 ")) == 0) return mutate()
        value = pick(repeat("P", 5000) "|" junk(40) "|" repeat(junk(3), 1000) "||  |" repeat("é", 100))
        note("reason phrase on line " i ": " length(value) " bytes")
        line[i] = substr(line[i], 1, 12) value
    } else if (kind == "cseq") {
        i = find("^CSeq:")
        value = pick("delete|number|method|both|empty|dup|compact")
        note("CSeq " value " on line " i)
        if (i == 0) add_header("CSeq: " digits(1 + int(rand() * 12)) " " cseq_method())
        else if (value == "delete") line[i] = "\001"
        else if (value == "number") line[i] = "CSeq: " pick("-1|0|4294967295|4294967296|99999999999999999999|abc|1.5||" digits(1 + int(rand() * 20))) " " substr(line[i], index(substr(line[i], 7), " ") + 7)
        else if (value == "method") line[i] = "CSeq: 1 " cseq_method()
        else if (value == "both") line[i] = "CSeq: " cseq_method()
        else if (value == "empty") line[i] = "CSeq:"
        else if (value == "dup") line[i] = line[i] "\nCSeq: 2 " cseq_method()
        else line[i] = "CSeq:" pick(" | |\t") substr(line[i], 7)
    } else if (kind == "reason") {
        value = reason_value()
        if ((i = find("^Reason:")) && rand() < 0.6) {
            note("Reason on line " i ": " length(value) " bytes")
            line[i] = "Reason: " value
        } else {
            add_header("Reason: " value)
        }
    } else if (kind == "warning") {
        value = warning_value()
        if ((i = find("^Warning:")) && rand() < 0.6) {
            note("Warning on line " i ": " length(value) " bytes")
            line[i] = "Warning: " value
        } else {
            add_header("Warning: " value)
        }
    } else if (kind == "retry") {
        value = retry_value()
        if ((i = find("^Retry-After:")) && rand() < 0.6) {
            note("Retry-After on line " i ": " value)
            line[i] = "Retry-After: " value
        } else {
            add_header("Retry-After: " value)
        }
    } else if (kind == "noise") {
        if ((i = any_line()) == 0) return
        value = 1 + int(rand() * (length(line[i]) + 1))
        note("bytes into line " i " at " value)
        line[i] = substr(line[i], 1, value - 1) junk(1 + int(rand() * 6)) substr(line[i], value)
    } else if (kind == "delete") {
        if ((i = any_line()) == 0) return
        note("delete line " i)
        line[i] = "\001"
    } else if (kind == "duplicate") {
        if ((i = any_line()) == 0) return
        note("duplicate line " i)
        line[i] = line[i] "\n" line[i]
    } else if (kind == "split") {
        # A segment boundary inside a message: over TCP, reassembly must join it.
        if ((i = any_line()) == 0 || i == 1 || (i - 1) in header) return
        note("split block before line " i)
        line[i] = "\002" line[i]
    } else if (kind == "request") {
        if ((i = find("^[A-Z]+ [^ ]+ SIP/2\\.0")) == 0) return
        note("request line " i " made a response")
        line[i] = "SIP/2.0 " status_code() " Made Up"
    } else if (kind == "length") {
        value = pick("0|1|-1|5|99999|4294967296|abc|")
        note("Content-Length " value)
        if ((i = find("^Content-Length:")) == 0) add_header("Content-Length: " value)
        else line[i] = "Content-Length: " value
    } else if (kind == "fold") {
        if ((i = find("^(Reason|Warning|CSeq|Retry-After):")) == 0) return
        note("fold line " i)
        sub(/: /, ":\n ", line[i])
    }
}

BEGIN { srand(seed); count = 0 }
{ line[++count] = $0; if ($0 ~ /^>>> /) header[count] = 1 }

# Prints the block whose header is line h and whose lines run to last: one
# block per piece a split made, every piece but the last one partial.
function print_block(h, last,   base, partial, i, pieces, piece, text) {
    base = line[h]
    partial = base ~ / partial$/
    sub(/ partial$/, "", base)
    pieces = 1
    piece[1] = ""
    for (i = h + 1; i <= last; i++) {
        if (line[i] == "\001") continue
        text = line[i]
        if (substr(text, 1, 1) == "\002") {
            if (piece[pieces] != "") piece[++pieces] = ""
            text = substr(text, 2)
        }
        piece[pieces] = piece[pieces] text "\n"
    }
    for (i = 1; i <= pieces; i++)
        printf "%s%s\n%s", base, (i < pieces || partial) ? " partial" : "", piece[i]
}

END {
    n = 1 + int(rand() * 4)
    for (k = 0; k < n; k++) mutate()
    for (i = 1; i <= count; i++) {
        if (!(i in header)) continue
        for (j = i + 1; j <= count && !(j in header); j++) ;
        print_block(i, j - 1)
    }
}
