# SPDX-License-Identifier: GPL-2.0-or-later
# shellcheck shell=bash
#
# Sourced by sample-captures/make-captures.sh, tests/bad-input/make-bad-inputs.sh
# and tests/fuzz/fuzz-captures.sh: turns a crafted text source into a capture
# with text2pcap. The format:
#   ">>> server" or ">>> client" opens a segment or datagram (who sends it);
#   "partial" after it: the block ends inside a message (no closing CRLF);
#   lines starting with "#" are comments;
#   lines end in CRLF on the wire; a complete block ends with one empty line.
# Two additions, because bad input must be writable as readable text:
#   {{hex ff fe 00}}        those bytes, e.g. a reason phrase that is not UTF-8
#   {{repeat 5000 ABC}}     ABC written 5000 times, e.g. a 5000-byte phrase
#   {{no-eol}}              at the end of a line: no CRLF after it, so that a
#                           partial block can end inside a line (a TCP
#                           segment boundary inside the status line)
# A line "{{line-repeat 300 TEXT}}" writes TEXT on 300 lines (headers repeated).
# Text sources stay ASCII; the awk runs in the C locale so bytes pass as bytes.

# craft_capture SOURCE OUTPUT TEXT2PCAP-OPTIONS...
craft_capture() {
    local source=$1 output=$2 hex
    shift 2
    hex=$(mktemp)
    LC_ALL=C awk -v hex="$hex" '
        function expand(s,   out, body, n, parts, i, count) {
            out = ""
            while (match(s, /\{\{[^}]*\}\}/)) {
                out = out substr(s, 1, RSTART - 1)
                body = substr(s, RSTART + 2, RLENGTH - 4)
                s = substr(s, RSTART + RLENGTH)
                n = split(body, parts, " ")
                if (parts[1] == "hex") {
                    for (i = 2; i <= n; i++) out = out sprintf("%c", hexval(parts[i]))
                } else if (parts[1] == "no-eol") {
                    out = out "\002"
                } else if (parts[1] == "repeat") {
                    sub(/^repeat +[0-9]+ /, "", body)
                    for (count = 0; count < parts[2] + 0; count++) out = out body
                } else {
                    out = out "{{" body "}}"
                }
            }
            return out s
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
        function flush(   i, last) {
            if (n == 0) return
            last = n
            while (last > 0 && lines[last] == "") last--
            printf "" > (hex ".payload")
            for (i = 1; i <= last; i++) {
                if (substr(lines[i], length(lines[i])) == "\002")
                    printf "%s", substr(lines[i], 1, length(lines[i]) - 1) >> (hex ".payload")
                else
                    printf "%s\r\n", lines[i] >> (hex ".payload")
            }
            if (!partial) printf "\r\n" >> (hex ".payload")
            close(hex ".payload")
            print direction >> hex
            close(hex)
            system("od -Ax -tx1 -v " hex ".payload >> " hex)
            n = 0
        }
        /^#/ { next }
        /^>>> / { flush(); direction = ($2 == "server") ? "I" : "O"; partial = ($3 == "partial"); n = 0; started = 1; next }
        started { add($0) }
        END { flush() }
    ' "$source"
    # text2pcap writes a summary (and, in 4.0, a ruler even with -q): shown
    # only when it fails.
    if ! text2pcap -q -D "$@" "$hex" "$output" >"$hex.log" 2>&1; then
        cat "$hex.log" >&2
        rm -f "$hex" "$hex.payload" "$hex.log"
        return 1
    fi
    rm -f "$hex" "$hex.payload" "$hex.log"
}
