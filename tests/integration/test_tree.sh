#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The packet details a Wireshark user reads: the whole "SIP Explanation"
# subtrees of the crafted captures, one pass and two passes (which also know
# what followed each message: the ACK that never came, how each call ended).
source "$(dirname "$0")/lib.sh"

for name in tcp-multi-message odd-codes reason-warning context-udp credentials call-outcomes \
            answer-headers origin-phrases; do
    tshark_with_plugin -r "$captures/$name.pcapng" -Y sipexplain -O sipexplain \
        >"$out/$name.tree"
    normalise tree "$out/$name.tree"
    expect_file "$name.tree.txt" "$out/$name.tree"
    tshark_with_plugin -2 -r "$captures/$name.pcapng" -Y sipexplain -O sipexplain \
        >"$out/$name.tree-2"
    normalise tree "$out/$name.tree-2"
    expect_file "$name.tree-two-pass.txt" "$out/$name.tree-2"
done

finish
