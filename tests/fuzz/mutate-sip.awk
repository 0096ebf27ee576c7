# SPDX-License-Identifier: GPL-2.0-or-later
#
# Mutates a crafted SIP source (the text format of tools/craft-capture.sh,
# old and new forms) where sipexplain reads: status codes and phrases, CSeq,
# RAck and RSeq, To and From tags, credentials and challenges, Contact lists
# and expires, Reason, Warning, Retry-After, Content-Length, folding,
# compact and odd header names, line ends, start lines, NUL and binary
# bytes, message/sip and message/sipfrag bodies, CRLF keep-alives, several
# messages in one block (one TCP segment), TCP splits, and the new form's
# hosts, times, retransmissions (again) and capture copies (copy, twice,
# %mirror, %transport). Random bytes from editcap -E rarely hit these
# fields in a way the SIP dissector still accepts; these mutations keep the
# message SIP enough to reach the plugin.
#
#   LC_ALL=C awk -v seed=N -f mutate-sip.awk SOURCE.txt > MUTATED.txt
# What was done goes to the file named by -v logfile=FILE (one line per mutation),
# so a reproducer says how it was made. Same seed, same source: same output.
# The lines before the first block (comments, %host) are kept as they are.

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
        if ((i in text) && line[i] ~ pattern) hits[++n] = i
    return n ? hits[1 + int(rand() * n)] : 0
}

function any_line(   n, i, hits) {
    n = 0
    for (i = 1; i <= count; i++)
        if (i in text) hits[++n] = i
    return n ? hits[1 + int(rand() * n)] : 0
}

# The block header line that holds line i, or 0.
function block_of(i) {
    while (i > 0 && !(i in header)) i--
    return i
}

function is_hosts() {
    return hosts
}

# A random header line of a message (not a start line, not empty, no {{...}} at its start).
function header_line(   i) {
    return find("^[A-Za-z][A-Za-z0-9.!%*_+`'~-]*[ \t]*:")
}

# The length in bytes of text as craft-capture.sh writes it: plain text here.
function body_bytes(lines, n,   i, total) {
    total = 0
    for (i = 1; i <= n; i++) total += length(lines[i]) + 2
    return total
}

function tag_value() {
    return pick("|\"q\"|" repeat("t", 1 + int(rand() * 300)) "|" junk(3) "|a;tag=b|<x>|,|=|" digits(8))
}

function auth_value(   n, i, s, scheme) {
    scheme = pick("Digest |digest |Basic |Digest|NTLM |")
    n = pick("1|2|3|6|40")
    s = scheme
    for (i = 0; i < n; i++) {
        if (i) s = s pick(", |,|,,| , |;")
        s = s pick("realm=\"example.com\"|realm=example.com|realm=\"\"|realm=|realm|REALM=\"a,b\"|realm=\"unclosed|realm=\"a\\\"b\"|" \
                   "stale=true|stale=TRUE|stale=\"true\"|stale=false|stale=|" \
                   "response=\"\"|response=\"" digits(32) "\"|response=|response|" \
                   "nonce=\"" repeat("n", 1 + int(rand() * 2000)) "\"|nonce=\"5f1c\"|qop=\"auth,auth-int\"|" \
                   "username=\"" junk(4) "\"|uri=\"sip:a;b,c\"|algorithm=MD5|=|" junk(3))
    }
    return s
}

function contact_value(   n, i, s) {
    n = pick("1|1|2|3|30")
    s = ""
    for (i = 0; i < n; i++) {
        if (i) s = s pick(", |,|,,| , ")
        s = s pick("*|<sip:a@192.0.2.10:5060>|\"Al, ice\" <sip:a@b;x=1,2>|sip:a@b|<sip:a@b|sip:a@b>|<>|\"unclosed <sip:a@b>|" junk(4)) \
              pick(";expires=0|;expires=3600|;expires=|;expires=abc|;expires=-1|;expires=4294967296|;EXPIRES=0|;expires|;q=0.5|;expires=0;expires=60||")
    }
    return s
}

function rack_value() {
    return pick(digits(1 + int(rand() * 12)) " " digits(1 + int(rand() * 12)) " " pick("INVITE|invite|BYE|" cseq_method()) "|1 1|1|abc 1 INVITE|1 abc INVITE|-1 1 INVITE|1  1  INVITE|4294967296 1 INVITE|1 1 INVITE extra||" junk(4))
}

# A body for a message that has none: a sipfrag or a whole message.
function frag_lines(out,   kind) {
    kind = pick("frag|frag|sip|empty|many")
    if (kind == "frag") { out[1] = "SIP/2.0 " status_code() " " pick("OK|Ringing|Busy Here|"); return 1 }
    if (kind == "empty") { out[1] = ""; return 1 }
    if (kind == "many") {
        out[1] = "SIP/2.0 180 Ringing"; out[2] = ""; out[3] = "SIP/2.0 200 OK"; out[4] = "CSeq: 1 INVITE"
        return 4
    }
    out[1] = "SIP/2.0 " status_code() " Busy Here"; out[2] = "CSeq: 1 INVITE"
    out[3] = "Reason: Q.850;cause=17"; out[4] = "Content-Length: 0"; out[5] = ""
    return 5
}

# Adds a header after the first line of a random message.
function add_header(text,   i) {
    i = find("^SIP/2\\.0 |^[A-Z]+ [^ ]+ SIP/2\\.0")
    if (i == 0) return
    line[i] = line[i] "\n" text
    note("add header after line " i ": " substr(text, 1, 60))
}

function mutate(   kind, i, value, parts) {
    kind = pick("code|code|phrase|cseq|cseq|reason|reason|warning|retry|noise|delete|duplicate|split|split|request|" \
                "length|length|fold|fold|compact|compact|rack|rseq|tag|tag|auth|auth|contact|contact|several|several|" \
                "body|body|keepalive|lf|lower|binary|nul|block|block")
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
        value = pick("0|1|-1|5|17|99999|4294967295|4294967296|18446744073709551617|abc| 12 |1 2|+5|0x10|")
        parts = pick("Content-Length|l|L|content-length|Content-Length |l ")
        i = find("^(Content-Length|l|L)[ \t]*:")
        note("Content-Length " parts ": " value (i ? " on line " i : " added"))
        if (i == 0 || rand() < 0.2) add_header(parts ": " value)
        else line[i] = parts ": " value
    } else if (kind == "fold") {
        # A header folded over lines: after its colon, at a space or a ';', with a space or a tab.
        if ((i = header_line()) == 0) return
        value = pick(" |\t|   |\t ")
        note("fold line " i)
        if (rand() < 0.5) sub(/:[ \t]*/, ":\n" value, line[i])
        else if (!sub(/;/, "\n" value ";", line[i])) sub(/ /, "\n" value, line[i])
        if (rand() < 0.3) line[i] = line[i] "\n" value
    } else if (kind == "compact") {
        # Compact forms (RFC 3261 section 7.3.3), names in another case, space before the colon.
        if ((i = find("^(Call-ID|Contact|Content-Length|Content-Type|From|To|Via|Supported|Event|Allow-Events|Session-Expires|CSeq|Reason|Warning|WWW-Authenticate|RAck|RSeq):")) == 0) return
        value = substr(line[i], 1, index(line[i], ":") - 1)
        parts = pick("compact|upper|lower|space")
        if (parts == "compact") {
            split("Call-ID i Contact m Content-Length l Content-Type c From f To t Via v Supported k Event o Allow-Events u Session-Expires x", names, " ")
            for (k = 1; k < 22; k += 2) if (names[k] == value) parts = names[k + 1]
            if (parts == "compact") parts = tolower(substr(value, 1, 1))
            if (rand() < 0.3) parts = toupper(parts)
        } else if (parts == "upper") parts = toupper(value)
        else if (parts == "lower") parts = tolower(value)
        else parts = value pick(" |\t|  ")
        note("header name " value " written " parts " on line " i)
        line[i] = parts substr(line[i], index(line[i], ":"))
    } else if (kind == "rack") {
        value = rack_value()
        if ((i = find("^RAck:")) && rand() < 0.6) line[i] = "RAck: " value
        else add_header("RAck: " value)
        note("RAck " value)
    } else if (kind == "rseq") {
        value = pick("1|0|4294967295|4294967296|-1|abc|1 2||" digits(1 + int(rand() * 15)))
        if ((i = find("^RSeq:")) && rand() < 0.6) line[i] = "RSeq: " value
        else add_header("RSeq: " value)
        note("RSeq " value)
    } else if (kind == "tag") {
        if ((i = find("^(To|From|t|f)[ \t]*:")) == 0) return
        value = tag_value()
        parts = pick("replace|delete|double|inside|bare|quoted")
        note("tag " parts " on line " i ": " substr(value, 1, 40))
        if (parts == "replace") { if (!sub(/;tag=[^;]*/, ";tag=" value, line[i])) line[i] = line[i] ";tag=" value }
        else if (parts == "delete") sub(/;tag=[^;]*/, "", line[i])
        else if (parts == "double") line[i] = line[i] ";tag=" value ";tag=second"
        else if (parts == "inside") sub(/>/, ";tag=inside>", line[i])
        else if (parts == "bare") line[i] = line[i] ";tag"
        else line[i] = "To: \"a;tag=no\" " substr(line[i], index(line[i], ":") + 1)
    } else if (kind == "auth") {
        value = auth_value()
        parts = pick("WWW-Authenticate|Proxy-Authenticate|Authorization|Proxy-Authorization")
        if ((i = find("^(WWW-Authenticate|Proxy-Authenticate|Authorization|Proxy-Authorization):")) && rand() < 0.6) {
            note("credentials or challenge on line " i ": " length(value) " bytes")
            line[i] = substr(line[i], 1, index(line[i], ":")) " " value
        } else {
            add_header(parts ": " value)
        }
    } else if (kind == "contact") {
        value = contact_value()
        if ((i = find("^(Contact|m):")) && rand() < 0.6) {
            note("Contact on line " i ": " length(value) " bytes")
            line[i] = "Contact: " value
        } else {
            add_header(pick("Contact|m|Expires") ": " (rand() < 0.2 ? pick("0|3600|abc|-1|") : value))
        }
    } else if (kind == "several") {
        # The next block's message joins this one's: several messages in one segment.
        if ((i = find("^SIP/2\\.0 |^[A-Z]+ [^ ]+ SIP/2\\.0")) == 0) return
        h = block_of(i)
        blank = 0
        for (j = h + 1; j <= count && !(j in header); j++) {
            if (line[j] == "") blank = 1
            else if (blank && hosts && (j in text)) return   # a body: its length would take the next message in
        }
        if (j > count || line[j] ~ /^>>> +(again|copy)/ || line[h] ~ / name=/ || line[j] ~ / name=/) return
        note("block at line " j " joined to the one at line " h)
        line[j] = "\001"
        delete header[j]
        for (k = h + 1; k < j; k++) if (hosts) sub(/\{\{body-length\}\}/, "0", line[k])
        if (hosts) {
            for (k = j + 1; k <= count && !(k in header); k++) text[k] = 1
            line[k - 1] = line[k - 1] "\n{{hex 0d 0a}}{{no-eol}}"
        }
    } else if (kind == "body") {
        # A message/sipfrag or message/sip body, its length right or not.
        if ((i = find("^(Content-Length|l)[ \t]*:[ \t]*(0|\\{\\{body-length\\}\\})[ \t]*$")) == 0) return
        n = frag_lines(frag)
        value = body_bytes(frag, n) + (hosts ? 0 : 2)
        if (rand() < 0.25) value += pick("-1|1|-5|100")
        parts = pick("message/sipfrag|message/sipfrag;version=2.0|message/sip|text/plain")
        note("body " parts " of " n " lines on line " i ", Content-Length " value)
        line[i] = "Content-Type: " parts "\nContent-Length: " (hosts && rand() < 0.5 ? "{{body-length}}" : value) "\n"
        for (k = 1; k <= n; k++) line[i] = line[i] "\n" frag[k]
    } else if (kind == "keepalive") {
        # CRLF keep-alives (RFC 5626 section 3.5.1) before a message or alone in a block.
        if ((i = find("^SIP/2\\.0 |^[A-Z]+ [^ ]+ SIP/2\\.0")) == 0) return
        h = block_of(i)
        value = pick("{{hex 0d 0a 0d 0a}}|{{hex 0d 0a}}|{{hex 0d 0a 0d 0a 0d 0a 0d 0a}}")
        if (rand() < 0.5 || line[h] ~ /^>>> +(again|copy)/) {
            note("keep-alive before line " i)
            line[i] = value line[i]
        } else {
            parts = line[h]
            gsub(/ (@[^ ]*|twice[^ ]*|name=[^ ]*|partial)/, "", parts)
            note("keep-alive block before line " h)
            line[h] = parts " partial\n" value "{{no-eol}}\n" line[h]
        }
    } else if (kind == "lf") {
        # Line ends of LF alone in one block.
        if ((i = find("^SIP/2\\.0 |^[A-Z]+ [^ ]+ SIP/2\\.0")) == 0) return
        h = block_of(i)
        if (line[h] ~ /^>>> +(again|copy)/) return
        note("LF line ends in the block at line " h)
        for (k = h + 1; k <= count && !(k in header); k++)
            if ((k in text) && line[k] !~ /\{\{no-eol\}\}$/ && line[k] != "\001") line[k] = line[k] "{{hex 0a}}{{no-eol}}"
        if (line[h] !~ / partial$/) line[h] = line[h] " partial"
    } else if (kind == "lower") {
        if ((i = find("SIP/2\\.0$|^SIP/2\\.0 ")) == 0) return
        value = pick("sip/2.0|Sip/2.0|SIP/2.0 |SIP/2.00|SIP/2.1|SIP/20")
        note("start line on line " i " with " value)
        sub(/SIP\/2\.0/, value, line[i])
    } else if (kind == "binary") {
        # Bytes that are not text before a start line, their last ones token characters or not.
        if ((i = find("^SIP/2\\.0 |^[A-Z]+ [^ ]+ SIP/2\\.0")) == 0) return
        value = pick("{{hex 13 c4 13 c4 01 07 58 58}}|{{hex 00 00}}|{{hex ff fe 41}}|{{hex 0a}}|{{hex 20}}|{{hex 49 4e 56}}|{{hex 53 49 50 2f 32 2e 30 20}}")
        note("binary bytes " value " before line " i)
        line[i] = value line[i]
    } else if (kind == "nul") {
        if ((i = header_line()) == 0) return
        value = 1 + int(rand() * (length(line[i]) + 1))
        note("NUL into line " i " at " value)
        line[i] = substr(line[i], 1, value - 1) "{{hex 00}}" substr(line[i], value)
    } else if (kind == "block") {
        block_mutation()
    }
}

# The blocks themselves: directions, times, copies, retransmissions, transports.
function block_mutation(   h, parts, w, nw, value) {
    h = pick_header()
    if (h == 0) return
    parts = pick("swap|time|twice|again|copy|mirror|transport|partial")
    if (!hosts && parts != "swap" && parts != "partial") parts = "swap"
    nw = split(line[h], w, " ")
    if (parts == "swap") {
        if (hosts && w[3] == "->") { value = w[2]; w[2] = w[4]; w[4] = value }
        else if (w[2] == "client") w[2] = "server"
        else if (w[2] == "server") w[2] = "client"
        else return
        note("block at line " h ": other direction")
        line[h] = join(w, nw)
    } else if (parts == "time") {
        value = pick("@0|@+0|@+0.000001|@+32|@+100000|@+0.5|@1")
        note("block at line " h ": time " value)
        gsub(/ @[^ ]*/, "", line[h])
        line[h] = line[h] " " value
    } else if (parts == "twice") {
        note("block at line " h ": captured twice")
        line[h] = line[h] " " pick("twice|twice=+0|twice=+0.5|twice=+0.000001")
    } else if (parts == "again" || parts == "copy") {
        if (last_message_before(h) == 0) return
        note("block at line " h ": " parts " before it")
        line[h] = ">>> " parts " " pick("@+0.5|@+0|@+0.0003|") "\n" line[h]
    } else if (parts == "mirror") {
        note("capture mirrored from block at line " h)
        line[h] = "%mirror " pick("+0.0003|+0|+1") "\n" line[h]
    } else if (parts == "transport") {
        note("transport changed before block at line " h)
        line[h] = "%transport " pick("tcp|udp") "\n" line[h]
    } else if (parts == "partial") {
        note("block at line " h ": partial")
        if (line[h] !~ / partial$/) line[h] = line[h] " partial"
    }
}

function pick_header(   n, i, hits) {
    n = 0
    for (i = 1; i <= count; i++) if ((i in header) && line[i] ~ /^>>> /) hits[++n] = i
    return n ? hits[1 + int(rand() * n)] : 0
}

function last_message_before(h,   i) {
    for (i = h - 1; i > 0; i--) if ((i in header) && line[i] !~ /^>>> +(again|copy)/) return i
    return 0
}

function join(w, n,   s, i) {
    s = w[1]
    for (i = 2; i <= n; i++) s = s " " w[i]
    return s
}

BEGIN { srand(seed); count = 0; started = 0; hosts = 0 }
{
    line[++count] = $0
    if ($0 ~ /^%/ || $0 ~ /^>>> +(again|copy)( |$)/ || $0 ~ /^>>> .*( ->| @|twice| name=)/) hosts = 1
    if ($0 ~ /^>>> /) { header[count] = 1; started = 1 }
    else if (!started) preamble[count] = 1
    else if ($0 !~ /^[#%]/) text[count] = 1
}

# Prints the block whose header is line h and whose lines run to last: one
# block per piece a split made, every piece but the last one partial.
function print_block(h, last,   base, partial, i, pieces, piece, t) {
    base = line[h]
    partial = base ~ / partial$/
    sub(/ partial$/, "", base)
    pieces = 1
    piece[1] = ""
    for (i = h + 1; i <= last; i++) {
        if (line[i] == "\001") continue
        t = line[i]
        if (substr(t, 1, 1) == "\002") {
            if (piece[pieces] != "") piece[++pieces] = ""
            t = substr(t, 2)
        }
        piece[pieces] = piece[pieces] t "\n"
    }
    for (i = 1; i <= pieces; i++)
        printf "%s%s\n%s", base, (i < pieces || partial) ? " partial" : "", piece[i]
}

END {
    mutations = 1 + int(rand() * 4)
    for (m = 0; m < mutations; m++) mutate()
    for (i = 1; i <= count; i++) if (i in preamble) print line[i]
    for (i = 1; i <= count; i++) {
        if (!(i in header)) continue
        for (j = i + 1; j <= count && !(j in header); j++) ;
        print_block(i, j - 1)
    }
}
