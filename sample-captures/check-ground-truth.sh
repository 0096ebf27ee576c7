#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Checks ground-truth.tsv against the captures with Wireshark's own SIP
# dissector (no plugin): every line names a frame that exists and holds the
# message the line says ("486 INVITE" for a response with its CSeq method,
# "BYE" for a request) and attention is yes or no. Also counts the lines
# that cite no source, and reports, for the captures the file covers, any frame Wireshark
# finds malformed.
#
#   sample-captures/check-ground-truth.sh      (exit 1 on a mismatch)
# Needs tshark. As root it runs tshark as nobody, with a private HOME.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
mkdir "$work/home"
run=(env -i PATH="$PATH" HOME="$work/home" TZ=UTC LC_ALL=C.UTF-8)
if [ "$(id -u)" = 0 ]; then
    chown nobody "$work/home"
    run=(setpriv --reuid=nobody --regid=nogroup --clear-groups "${run[@]}")
fi

status=0
captures=$(awk -F'\t' 'NR > 1 { print $1 }' "$here/ground-truth.tsv" | sort -u)
for capture in $captures; do
    file=$here/$capture.pcapng
    if [ ! -f "$file" ]; then
        echo "$capture: no such capture"
        status=1
        continue
    fi
    cp "$file" "$work/c.pcapng"
    chmod 644 "$work/c.pcapng"
    # frame <TAB> each SIP message of the frame as the ground truth names it
    "${run[@]}" tshark -r "$work/c.pcapng" -Y sip -T fields -E occurrence=a -E aggregator=';' \
        -e frame.number -e sip.Method -e sip.Status-Code -e sip.CSeq.method \
        -e _ws.malformed >"$work/messages" 2>"$work/stderr"
    if [ -s "$work/stderr" ]; then
        echo "$capture: tshark: $(head -c 300 "$work/stderr")"
        status=1
    fi
    awk -F'\t' -v capture="$capture" '$5 != "" { print capture ": frame " $1 " is malformed for Wireshark" }' \
        "$work/messages"
    awk -F'\t' -v capture="$capture" '
        FNR == NR {
            # The messages of a frame in order: each CSeq method belongs to the
            # next request if that request has this method, else to the next
            # response (several messages share a TCP segment).
            nm = ($2 == "") ? 0 : split($2, m, ";")
            ns = ($3 == "") ? 0 : split($3, s, ";")
            nc = ($4 == "") ? 0 : split($4, c, ";")
            list = "|"
            im = 1
            is = 1
            for (i = 1; i <= nc; i++) {
                if (im <= nm && m[im] == c[i]) list = list m[im++] "|"
                else if (is <= ns) list = list s[is++] " " c[i] "|"
            }
            while (im <= nm) list = list m[im++] "|"
            while (is <= ns) list = list s[is++] "|"
            have[$1] = list
            next
        }
        FNR == 1 { next }
        $1 == capture {
            if (!($2 in have)) { print capture ": frame " $2 ": no SIP message"; bad = 1; next }
            if (index(have[$2], "|" $3 "|") == 0) {
                print capture ": frame " $2 ": says \"" $3 "\", the frame holds \"" have[$2] "\""
                bad = 1
            }
            if ($4 != "yes" && $4 != "no") { print capture ": frame " $2 ": attention is \"" $4 "\""; bad = 1 }
            if ($5 !~ /(RFC [0-9]+|3GPP TS|ITU-T|practice:)/) uncited++
        }
        END {
            if (uncited) print capture ": " uncited " lines cite no source (descriptive lines, beside the line that explains the exchange)"
            exit bad
        }' "$work/messages" "$here/ground-truth.tsv" || status=1
done
[ "$status" = 0 ] && echo "ground-truth.tsv: $(($(wc -l <"$here/ground-truth.tsv") - 1)) lines agree with the captures"
exit "$status"
