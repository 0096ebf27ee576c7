#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Makes the bad-input catalogue: one capture per line of sources.tsv, from
# the crafted text sources of this folder, with text2pcap (and editcap for
# captures cut short, editcap and mergecap for one out of time order). Deterministic: the same sources give the same bytes,
# so the captures are made again by each test run rather than kept in git.
# The one exception, SIP over TLS, is recorded once (record-tls.sh) and
# copied from recorded/.
#
#   tests/bad-input/make-bad-inputs.sh [OUTPUT-DIR]   (default: tests/bad-input/captures)
# Needs text2pcap, editcap and mergecap (Debian: tshark or wireshark-common).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/captures}
mkdir -p "$out"
# shellcheck source=../../tools/craft-capture.sh
source "$here/../../tools/craft-capture.sh"

made=0
while IFS=$'\t' read -r source capture options edits; do
    case $source in ''|'#'*) continue ;; esac
    if [ "$options" = recorded ]; then
        # Recorded, not made: TLS needs real keys (record-tls.sh).
        cp "$here/recorded/$capture" "$out/$capture"
    else
        # shellcheck disable=SC2086 # options are words
        craft_capture "$here/$source" "$out/$capture" $options
    fi
    case ${edits:-} in
        '') ;;
        earlier\ *)
            # The same packets again after them, stamped earlier: out of time order.
            editcap -t "-${edits#earlier }" "$out/$capture" "$out/$capture.earlier"
            mergecap -a -w "$out/$capture.both" "$out/$capture" "$out/$capture.earlier"
            mv "$out/$capture.both" "$out/$capture"
            rm -f "$out/$capture.earlier" ;;
        *)
            # shellcheck disable=SC2086
            editcap $edits "$out/$capture" "$out/$capture.cut"
            mv "$out/$capture.cut" "$out/$capture" ;;
    esac
    chmod 644 "$out/$capture"
    made=$((made + 1))
done <"$here/sources.tsv"
echo "made $made captures in $out"
