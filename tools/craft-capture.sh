# SPDX-License-Identifier: GPL-2.0-or-later
# shellcheck shell=bash
#
# Sourced by sample-captures/make-captures.sh, tests/bad-input/make-bad-inputs.sh
# and tests/fuzz/fuzz-captures.sh: turns a crafted text source into a capture
# with text2pcap. The same source always gives the same bytes: packets are
# stamped from a fixed date (2026-03-02 09:00:00 UTC), and the capture's
# section header names this tool instead of the machine and the temporary
# file text2pcap read.
#
# The format, as it has always been (two ends, text2pcap makes the headers):
#   ">>> server" or ">>> client" opens a segment or datagram (who sends it);
#   "partial" after it: the block ends inside a message (no closing CRLF);
#   lines starting with "#" are comments;
#   lines end in CRLF on the wire; a complete block ends with one empty line.
# Bad input must be writable as readable text:
#   {{hex ff fe 00}}        those bytes, e.g. a reason phrase that is not UTF-8
#   {{repeat 5000 ABC}}     ABC written 5000 times, e.g. a 5000-byte phrase
#   {{no-eol}}              at the end of a line: no CRLF after it, so that a
#                           partial block can end inside a line (a TCP
#                           segment boundary inside the status line)
# A line "{{line-repeat 300 TEXT}}" writes TEXT on 300 lines (headers repeated).
# Such a source is made with the text2pcap options given to craft_capture
# (-u or -T ports, -4 or -6 addresses: server first, client second); each
# packet is 1 us after the one before it.
#
# Hosts and time. A source that names its hosts is built here, headers and
# all, and text2pcap only writes the file:
#   %host NAME ADDRESS:PORT [ipid=N]   a host; [2001:db8::1]:5060 for IPv6. Its
#                           IPv4 ID starts at N (default: a value of its own)
#                           and grows by one for each packet it sends;
#                           ipid=0 keeps it 0, as Linux does for UDP with DF.
#   %transport udp|tcp      for the blocks that follow (default udp; TCP
#                           segments carry sequence numbers per connection)
#   %mirror +0.0003         from here on every packet is captured twice, the
#                           copy that long after the original, byte for byte
#                           (a SPAN port that sees both directions); "%mirror
#                           off" stops it
#   >>> FROM -> TO [@T|@+D] [twice[=+D]] [name=LABEL] [partial]
#                           a packet from host FROM to host TO, at T seconds
#                           from the start or D seconds after the previous
#                           packet (default: 1 ms after it); "twice": also
#                           captured a second time, byte for byte, D later
#                           (default +0.0003)
#   >>> again [LABEL] [@T|@+D] [twice[=+D]]
#                           the same message sent again by the same host (a
#                           retransmission): same bytes of SIP, a new IP ID
#                           (and a new TCP sequence number); without LABEL,
#                           the last message written out in full
#   >>> copy [@+D]          the previous packet captured once more, byte for
#                           byte (same IP ID), D later (default +0.0003)
# A source with no %host line may still name hosts other than client and
# server: each gets an address of its own (192.0.2.101, .102, ...), so that a
# source whose declarations were cut off (the fuzzer keeps only the blocks)
# still builds. With %host lines, an undeclared name is an error.
# With hosts, one block holds one message: a block with an empty line in it
# is a message with a body, sent as written (no CRLF added after the body),
# and "{{body-length}}" in a header is replaced by the body's length. The
# client and server of the old format may be used too (they take the
# addresses and ports of the text2pcap options); times and copies need the
# new form. Text sources stay ASCII (a few hold Latin-1 or UTF-8 bytes on
# purpose); the awk runs in the C locale so bytes pass as bytes.

CRAFT_EPOCH=1772442000   # 2026-03-02 09:00:00 UTC

# craft_capture SOURCE OUTPUT TEXT2PCAP-OPTIONS...
craft_capture() {
    local source=$1 output=$2 work mode status=0
    shift 2
    work=$(mktemp -d)
    if ! mode=$(LC_ALL=C awk -v epoch="$CRAFT_EPOCH" -v options="$*" -v hexfile="$work/hex" \
            -f <(craft_program) "$source"); then
        rm -rf "$work"
        return 1
    fi
    # text2pcap writes a summary (and, in 4.0, a ruler even with -q): shown
    # only when it fails.
    if [ "$mode" = hosts ]; then
        TZ=UTC text2pcap -q -t '%s.%f' -l 1 "$work/hex" "$work/out.pcapng" \
            >"$work/log" 2>&1 || status=$?
    else
        TZ=UTC text2pcap -q -D -t '%s.%f' "$@" "$work/hex" "$work/out.pcapng" \
            >"$work/log" 2>&1 || status=$?
    fi
    if [ "$status" != 0 ]; then
        cat "$work/log" >&2
        rm -rf "$work"
        return 1
    fi
    craft_fixed_section_header "$work/out.pcapng" "$output"
    rm -rf "$work"
}

# craft_fixed_section_header IN OUT: the capture with its section header
# block replaced by one that names only this tool. text2pcap records the
# machine's hardware and kernel and the name of the temporary input file,
# which would make every run differ. Left as it is if it is not a
# little-endian pcapng file (text2pcap writes the host's byte order).
craft_fixed_section_header() {
    local in=$1 out=$2 magic length
    magic=$(od -An -tx1 -j0 -N12 "$in" | tr -d ' \n')
    if [ "${magic:0:8}" != 0a0d0d0a ] || [ "${magic:16:8}" != 4d3c2b1a ]; then
        cp "$in" "$out"
        return
    fi
    length=$(od -An -tu4 -j4 -N4 "$in" | tr -d ' \n')
    {
        # type, total length 60, byte-order magic, version 1.0, section length unknown
        printf '\x0a\x0d\x0d\x0a\x3c\x00\x00\x00\x4d\x3c\x2b\x1a\x01\x00\x00\x00'
        printf '\xff\xff\xff\xff\xff\xff\xff\xff'
        # shb_userappl (4), 24 bytes; end of options; total length again
        printf '\x04\x00\x18\x00%s' 'sipexplain craft-capture'
        printf '\x00\x00\x00\x00\x3c\x00\x00\x00'
        tail -c +$((length + 1)) "$in"
    } >"$out"
}

craft_program() {
    cat <<'AWK'
BEGIN {
    for (i = 0; i < 256; i++) {
        h = sprintf("%02x", i)
        hexnum[h] = i
        if (i > 0) ord[sprintf("%c", i)] = h
    }
    legacy_defaults()
    transport = "udp"
    mirror = 0
    nframes = 0
    now = -1
}

function fail(msg) {
    printf "craft-capture: %s: line %d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
    failed = 1
    exit 1
}

# The old two ends, from the text2pcap options: server first, client second.
function legacy_defaults(   n, w, i, a, p) {
    n = split(options, w, " ")
    for (i = 1; i < n; i++) {
        if (w[i] == "-4" || w[i] == "-6") split(w[i + 1], a, ",")
        if (w[i] == "-u" || w[i] == "-T") {
            split(w[i + 1], p, ",")
            legacy_transport = (w[i] == "-T") ? "tcp" : "udp"
        }
    }
    if (a[1] != "" && p[1] != "") {
        define_host("server", a[1], p[1], "")
        define_host("client", a[2], p[2], "")
    }
}

# --- text to bytes (as hex) --------------------------------------------------

# A line of text with its {{...}} parts, as hex; "z" marks {{no-eol}}, "L"
# {{body-length}}.
function expand(s,   out, body, n, parts, i, count, piece) {
    out = ""
    while (match(s, /\{\{[^}]*\}\}/)) {
        out = out tohex(substr(s, 1, RSTART - 1))
        body = substr(s, RSTART + 2, RLENGTH - 4)
        s = substr(s, RSTART + RLENGTH)
        n = split(body, parts, " ")
        if (parts[1] == "hex") {
            for (i = 2; i <= n; i++) out = out sprintf("%02x", hexval(parts[i]))
        } else if (parts[1] == "no-eol") {
            out = out "z"
        } else if (parts[1] == "body-length") {
            out = out "L"
        } else if (parts[1] == "repeat") {
            sub(/^repeat +[0-9]+ /, "", body)
            piece = tohex(body)
            for (count = 0; count < parts[2] + 0; count++) out = out piece
        } else {
            out = out tohex("{{" body "}}")
        }
    }
    return out tohex(s)
}

function tohex(s,   out, i) {
    out = ""
    for (i = 1; i <= length(s); i++) out = out ord[substr(s, i, 1)]
    return out
}

function hexval(h,   v, i, c) {
    v = 0
    h = tolower(h)
    for (i = 1; i <= length(h); i++) {
        c = index("0123456789abcdef", substr(h, i, 1)) - 1
        v = v * 16 + c
    }
    return v
}

function add(line,   body, count, k) {
    if (line ~ /^\{\{line-repeat [0-9]+ /) {
        body = line
        sub(/^\{\{line-repeat /, "", body)
        count = body + 0
        sub(/^[0-9]+ /, "", body)
        sub(/\}\}$/, "", body)
        for (k = 0; k < count; k++) lines[++n] = expand(body)
        return
    }
    lines[++n] = expand(line)
}

# The block's bytes. Old format: every line with CRLF, then one more CRLF
# unless partial. With hosts: the same for a message without a body; with a
# body, the bytes end where the body ends.
function payload(   i, last, out, eol, has_body, blank, bodylen, len) {
    last = n
    while (last > 0 && lines[last] == "") last--
    has_body = 0
    blank = 0
    if (mode == "hosts")
        for (i = 1; i <= last; i++) if (lines[i] == "") { has_body = 1; blank = i; break }
    out = ""
    bodylen = 0
    for (i = 1; i <= last; i++) {
        eol = "0d0a"
        if (substr(lines[i], length(lines[i])) == "z") {
            lines[i] = substr(lines[i], 1, length(lines[i]) - 1)
            eol = ""
        }
        gsub(/z/, "02", lines[i])
        if (has_body && i > blank) bodylen += (length(lines[i]) + length(eol)) / 2
        lines[i] = lines[i] eol
    }
    for (i = 1; i <= last; i++) {
        if (index(lines[i], "L")) gsub(/L/, tohex(bodylen ""), lines[i])
        out = out lines[i]
    }
    if (!partial && !has_body) out = out "0d0a"
    return out
}

# --- hosts and packets ---------------------------------------------------------

function define_host(name, address, port, ipid) {
    if (name in host_addr && name != "client" && name != "server") fail("host " name " defined twice")
    nhosts++
    host_addr[name] = address
    host_port[name] = port + 0
    host_v6[name] = (address ~ /:/)
    host_ip[name] = host_v6[name] ? ip6hex(address) : ip4hex(address)
    host_mac[name] = sprintf("02005e1000%02x", nhosts)
    if (ipid == "0") { host_id[name] = 0; host_fixed_id[name] = 1 }
    else if (ipid != "") host_id[name] = ipid + 0
    else host_id[name] = (4096 * nhosts + 23 * nhosts * nhosts) % 65536
}

function ip4hex(a,   p, n, i, out) {
    n = split(a, p, ".")
    if (n != 4) fail("not an IPv4 address: " a)
    out = ""
    for (i = 1; i <= 4; i++) out = out sprintf("%02x", p[i] + 0)
    return out
}

function ip6hex(a,   halves, head, tail, nh, nt, i, groups, out, fill) {
    if (index(a, "::")) {
        split(a, halves, "::")
        nh = (halves[1] == "") ? 0 : split(halves[1], head, ":")
        nt = (halves[2] == "") ? 0 : split(halves[2], tail, ":")
    } else {
        nh = split(a, head, ":")
        nt = 0
    }
    fill = 8 - nh - nt
    if (fill < 0) fail("not an IPv6 address: " a)
    out = ""
    for (i = 1; i <= nh; i++) out = out sprintf("%04x", hexval(head[i]))
    for (i = 0; i < fill; i++) out = out "0000"
    for (i = 1; i <= nt; i++) out = out sprintf("%04x", hexval(tail[i]))
    return out
}

# One's-complement sum of 16-bit words, folded.
function sum16(h, total,   i, len) {
    if (length(h) % 4) h = h "00"
    len = length(h)
    for (i = 1; i <= len; i += 4)
        total += hexnum[substr(h, i, 2)] * 256 + hexnum[substr(h, i + 2, 2)]
    while (total > 65535) total = int(total / 65536) + total % 65536
    return total
}

function checksum(h, total) {
    return 65535 - sum16(h, total)
}

# The whole frame, Ethernet to payload, as hex.
function frame(src, dst, data, proto, id,   l4, len, pseudo, c, ip, seq, ack, key, back) {
    len = length(data) / 2
    if (proto == "udp") {
        l4 = sprintf("%04x%04x%04x", host_port[src], host_port[dst], len + 8)
        pseudo = host_ip[src] host_ip[dst] (host_v6[src] ? sprintf("%08x00000011", len + 8) : sprintf("0011%04x", len + 8))
        c = checksum(l4 "0000" data, sum16(pseudo, 0))
        if (c == 0) c = 65535
        l4 = l4 sprintf("%04x", c)
        proto_number = 17
    } else {
        key = src ">" dst
        back = dst ">" src
        if (!(key in tcp_seq)) tcp_seq[key] = 100000 * (index(hostorder, " " src " ") + 1) + 1
        if (!(back in tcp_seq)) tcp_seq[back] = 100000 * (index(hostorder, " " dst " ") + 1) + 1
        seq = tcp_seq[key]
        ack = tcp_seq[back]
        tcp_seq[key] = seq + len
        l4 = sprintf("%04x%04x%08x%08x5018ffff", host_port[src], host_port[dst], seq, ack)
        pseudo = host_ip[src] host_ip[dst] (host_v6[src] ? sprintf("%08x00000006", len + 20) : sprintf("0006%04x", len + 20))
        c = checksum(l4 "00000000" data, sum16(pseudo, 0))
        l4 = l4 sprintf("%04x0000", c)
        proto_number = 6
    }
    if (host_v6[src]) {
        ip = sprintf("60000000%04x%02x40", length(l4) / 2 + len, proto_number) host_ip[src] host_ip[dst]
        return host_mac[dst] host_mac[src] "86dd" ip l4 data
    }
    ip = sprintf("4500%04x%04x4000%02x%02x", 20 + length(l4) / 2 + len, id, 64, proto_number)
    ip = ip sprintf("%04x", checksum(ip "0000" host_ip[src] host_ip[dst], 0)) host_ip[src] host_ip[dst]
    return host_mac[dst] host_mac[src] "0800" ip l4 data
}

# Times are kept in microseconds from the start of the capture.
function parse_time(spec, base,   rel, whole, frac, parts) {
    rel = (substr(spec, 1, 1) == "+")
    if (rel) spec = substr(spec, 2)
    if (spec !~ /^[0-9]+(\.[0-9]*)?$/) fail("not a time: " spec)
    split(spec, parts, ".")
    whole = parts[1] + 0
    frac = substr(parts[2] "000000", 1, 6) + 0
    return (rel ? base : 0) + whole * 1000000 + frac
}

function add_frame(t, hex) {
    nframes++
    ftime[nframes] = t
    fhex[nframes] = hex
}

# A packet of the current block (or of "again"), with any copy of it.
function known(name) {
    if (name in host_addr) return
    if (declared) fail("unknown host " name)
    auto_hosts++
    define_host(name, "192.0.2." (100 + auto_hosts), 5060, "")
    hostorder = hostorder " " name " "
}

function emit(src, dst, data, proto, t, copy_gap,   id, hex) {
    known(src)
    known(dst)
    if (host_v6[src] != host_v6[dst]) fail(src " and " dst " are not of the same IP version")
    id = host_id[src]
    if (!host_fixed_id[src]) host_id[src] = (host_id[src] + 1) % 65536
    hex = frame(src, dst, data, proto, id)
    add_frame(t, hex)
    now = t
    last_hex = hex
    last_time = t
    if (copy_gap >= 0) add_frame(t + copy_gap, hex)
    else if (mirror > 0) add_frame(t + mirror, hex)
}

function block_header(line,   w, nw, i, tok, dst, label, when, gap) {
    nw = split(line, w, " ")
    kind = w[2]
    from = ""; to = ""; label = ""; when = ""; gap = -1; partial = 0; again_of = ""
    i = 3
    if (kind == "again") {
        if (i <= nw && w[i] !~ /^(@|twice|partial)/) again_of = w[i++]
    } else if (kind != "copy") {
        from = kind
        if (i <= nw && w[i] == "->") { to = w[i + 1]; i += 2 }
    }
    for (; i <= nw; i++) {
        tok = w[i]
        if (tok == "partial") partial = 1
        else if (tok ~ /^@/) when = substr(tok, 2)
        else if (tok == "twice") gap = 300
        else if (tok ~ /^twice=/) gap = parse_time(substr(tok, 7), 0)
        else if (tok ~ /^name=/) label = substr(tok, 6)
        else fail("unknown word in block header: " tok)
    }
    block_label = label
    block_when = when
    block_gap = gap
}

function block_time(when) {
    if (when == "") return (now < 0) ? 0 : now + 1000
    return parse_time(when, now < 0 ? 0 : now)
}

# The end of a block: its packet.
function flush(   data, t, src, dst) {
    if (!started) return
    if (mode == "legacy") {
        if (n == 0) return
        data = payload()
        legacy_count++
        add_frame(legacy_count, (direction == "I" ? "I" : "O") " " data)
        n = 0
        return
    }
    if (kind == "copy") {
        if (last_hex == "") fail("copy of nothing")
        t = (block_when == "") ? last_time + 300 : parse_time(block_when, last_time)
        add_frame(t, last_hex)
        now = t
        last_time = t
        n = 0
        return
    }
    t = block_time(block_when)
    if (kind == "again") {
        if (again_of == "") again_of = "\001last"
        if (!(again_of in msg_data)) fail("nothing to send again for " again_of)
        emit(msg_src[again_of], msg_dst[again_of], msg_data[again_of], msg_proto[again_of], t, block_gap)
        n = 0
        return
    }
    if (n == 0) return
    src = from
    dst = to
    if (dst == "") {
        if (src == "client") dst = "server"
        else if (src == "server") dst = "client"
        else fail("no destination for the block from " src)
    }
    data = payload()
    emit(src, dst, data, transport, t, block_gap)
    msg_src["\001last"] = src; msg_dst["\001last"] = dst
    msg_data["\001last"] = data; msg_proto["\001last"] = transport
    if (block_label != "") {
        msg_src[block_label] = src; msg_dst[block_label] = dst
        msg_data[block_label] = data; msg_proto[block_label] = transport
    }
    n = 0
}

# The mode is known from the whole source: any directive, time, copy or
# arrow makes it a source with hosts.
FNR == 1 {
    mode = "legacy"
    while ((getline probe < FILENAME) > 0) {
        if (probe ~ /^%/ || probe ~ /^>>> +(again|copy)( |$)/ || probe ~ /^>>> .*( ->| @|twice| name=)/)
            mode = "hosts"
        if (probe ~ /^%host /) declared = 1
    }
    close(FILENAME)
    if (mode == "hosts" && legacy_transport != "") transport = legacy_transport
}

/^#/ { next }

/^%host / {
    if (split($0, w, " ") < 3) fail("%host NAME ADDRESS:PORT")
    spec = w[3]
    if (spec ~ /^\[/) {
        address = substr(spec, 2, index(spec, "]") - 2)
        port = substr(spec, index(spec, "]") + 2)
    } else {
        address = substr(spec, 1, index(spec, ":") - 1)
        port = substr(spec, index(spec, ":") + 1)
    }
    ipid = ""
    if (w[4] ~ /^ipid=/) ipid = substr(w[4], 6)
    define_host(w[2], address, port, ipid)
    hostorder = hostorder " " w[2] " "
    next
}
/^%transport / { flush(); started = 0; transport = $2; if (transport != "udp" && transport != "tcp") fail("transport udp or tcp"); next }
/^%mirror / { flush(); started = 0; mirror = ($2 == "off") ? 0 : parse_time($2, 0); next }
/^%/ { fail("unknown directive: " $0) }

/^>>> / {
    flush()
    if (mode == "legacy") {
        direction = ($2 == "server") ? "I" : "O"
        partial = ($3 == "partial")
    } else {
        block_header($0)
    }
    n = 0
    started = 1
    next
}
started { add($0) }

END {
    if (failed) exit 1
    flush()
    if (failed) exit 1
    # Packets in time order (a copy may fall after a later packet); stable.
    for (i = 2; i <= nframes; i++) {
        t = ftime[i]; h = fhex[i]
        for (j = i - 1; j >= 1 && ftime[j] > t; j--) { ftime[j + 1] = ftime[j]; fhex[j + 1] = fhex[j] }
        ftime[j + 1] = t; fhex[j + 1] = h
    }
    printf "" > hexfile
    for (i = 1; i <= nframes; i++) {
        h = fhex[i]
        prefix = ""
        if (mode == "legacy") { prefix = substr(h, 1, 1) " "; h = substr(h, 3) }
        printf "%s%d.%06d\n", prefix, epoch + int(ftime[i] / 1000000), ftime[i] % 1000000 >> hexfile
        len = length(h) / 2
        for (off = 0; off < len; off += 16) {
            row = sprintf("%06x", off)
            for (k = off; k < off + 16 && k < len; k++) row = row " " substr(h, 2 * k + 1, 2)
            print row >> hexfile
        }
    }
    close(hexfile)
    print mode
}
AWK
}
