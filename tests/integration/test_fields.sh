#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every sipexplain field of every explained message in every sample capture,
# compared whole with tests/expected/, one pass and two passes; the two agree
# but for what depends on frames after a message (only -2 knows those); and
# the codes agree with what Wireshark's own SIP dissector reads.
source "$(dirname "$0")/lib.sh"

fields=(frame.number sipexplain.code sipexplain.class sipexplain.phrase sipexplain.method
        sipexplain.request sipexplain.problem sipexplain.summary sipexplain.context
        sipexplain.retransmission sipexplain.duplicate sipexplain.exchange
        sipexplain.unanswered sipexplain.call.outcome
        sipexplain.registered sipexplain.treated_as sipexplain.rfc sipexplain.sources
        sipexplain.explanation sipexplain.when sipexplain.fix sipexplain.related
        sipexplain.reason.protocol sipexplain.reason.cause sipexplain.reason.text
        sipexplain.reason.location sipexplain.reason.explanation sipexplain.reason.mapping
        sipexplain.warning.code sipexplain.warning.agent sipexplain.warning.text
        sipexplain.warning.explanation sipexplain.origin sipexplain.sent_phrase
        sipexplain.header)
field_args=()
for field in "${fields[@]}"; do field_args+=(-e "$field"); done
layout=(-T fields -E header=y -E occurrence=a -E aggregator='|')

for capture in "$captures"/*.pcapng; do
    name=$(basename "$capture" .pcapng)

    tshark_with_plugin -r "$capture" -Y sipexplain "${layout[@]}" "${field_args[@]}" \
        >"$out/$name.one-pass"
    normalise fields "$out/$name.one-pass"
    expect_nonempty "$name: responses found" "$out/$name.one-pass"
    expect_file "$name.fields.txt" "$out/$name.one-pass"

    tshark_with_plugin -2 -r "$capture" -Y sipexplain "${layout[@]}" "${field_args[@]}" \
        >"$out/$name.two-pass"
    normalise fields "$out/$name.two-pass"
    expect_file "$name.fields-two-pass.txt" "$out/$name.two-pass"
    expect_same_but_future "$name: two passes agree with one" "$out/$name.one-pass" \
        "$out/$name.two-pass"

    # Oracle: one explanation per Status-Code, in the order SIP found them.
    tshark_without_plugin -r "$capture" -Y sip.Status-Code -T fields -E occurrence=a \
        -e frame.number -e sip.Status-Code >"$out/$name.sip-codes"
    tshark_with_plugin -r "$capture" -Y sipexplain.code -T fields -E occurrence=a \
        -e frame.number -e sipexplain.code >"$out/$name.explained-codes"
    expect_same "$name: each SIP status code gets one explanation" \
        "$out/$name.sip-codes" "$out/$name.explained-codes"
done

finish
