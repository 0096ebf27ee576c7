#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# In tshark, sipexplain skips a pass on which nothing can show its output
# (see "One pass or two" in the README). Every way of running tshark must
# give what reading every frame of every pass gives (-o
# sipexplain.on_demand:FALSE): one pass and two, hidden and printed trees,
# -T fields with and without sipexplain fields, filters, taps.
source "$(dirname "$0")/lib.sh"

all_fields=()
for field in code class phrase method problem context explanation when fix rfc registered \
             treated_as related note summary reason.protocol reason.cause reason.explanation \
             reason.mapping warning.code warning.explanation; do
    all_fields+=(-e "sipexplain.$field")
done

# Each line: the tshark options of one way of asking.
ways=(
    "-T fields -e frame.number ${all_fields[*]}"
    "-2 -T fields -e frame.number ${all_fields[*]}"
    "-Y sipexplain.class==4"
    "-Y sipexplain.class==4 -T fields -e frame.number -e sipexplain.summary"
    "-2 -Y sipexplain.class>=4 -T fields -e frame.number -e sipexplain.context -e sipexplain.fix"
    "-2 -R sip -T fields -e frame.number -e sipexplain.context -e sipexplain.problem"
    "-Y sipexplain.problem"
    "-Y sipexplain.problem -T fields -e frame.number -e sip.Status-Code"
    "-2 -Y sipexplain.class==4 -T fields -e frame.number"
    "-T fields -e frame.number -e sip.Status-Code -e _ws.expert.message"
    "-2 -Y sipexplain.problem"
    "-Y sipexplain.reason.mapping"
    "-Y _ws.expert.severity==error -T fields -e frame.number -e _ws.expert.message"
    "-O sipexplain"
    "-2 -O sipexplain"
    "-2 -R sip -O sipexplain"
    "-V -Y sipexplain.code==200"
    "-T json -Y sipexplain.problem"
    "-q -z sipexplain,tree"
    "-2 -q -z sipexplain,tree"
    "-2 -q -z expert"
    "-q -z io,stat,0,COUNT(sipexplain.problem)sipexplain.problem"
)

for way in "${ways[@]}"; do
    read -r -a options <<<"$way"
    : >"$out/all"
    for name in context-udp tcp-multi-message reason-warning odd-codes calls-tcp every-code-udp; do
        capture=$captures/$name.pcapng
        tshark_with_plugin -r "$capture" "${options[@]}" >"$out/on-demand" 2>&1
        tshark_with_plugin -r "$capture" "${options[@]}" -o sipexplain.on_demand:FALSE \
            >"$out/always" 2>&1
        cat "$out/always" >>"$out/all"
        expect_same "$name: tshark $way, on demand" "$out/always" "$out/on-demand"
    done
    # Some capture answers every way, so that no comparison is of nothing.
    expect_nonempty "tshark $way" "$out/all"
done

# The bad inputs where telling a response on the wire from one that is not
# differs between reading only the codes and reading every message: bodies
# (message/sip), several messages per segment, ICMP, TCP reassembly, invalid codes.
bad=$workspace/bad
"$SIPEXPLAIN_SOURCE_DIR/tests/bad-input/make-bad-inputs.sh" "$bad" >/dev/null
chmod -R a+rX "$bad"
bad_ways=(
    "-Y sipexplain.class>=1 -T fields -e frame.number -e sip.Status-Code"
    "-2 -Y sipexplain -T fields -e frame.number -e sip.Status-Code"
    "-Y sipexplain.problem -T fields -e frame.number -e sip.Status-Code"
    "-Y sipexplain.code -T fields -e frame.number -e sipexplain.code"
)
for way in "${bad_ways[@]}"; do
    read -r -a options <<<"$way"
    : >"$out/all"
    for name in message-sip-body message-sip-body-tcp icmp-error icmpv6-error tcp-split \
                websocket status-code-700 status-code-0; do
        tshark_with_plugin -r "$bad/$name.pcapng" "${options[@]}" >"$out/on-demand" 2>&1
        tshark_with_plugin -r "$bad/$name.pcapng" "${options[@]}" \
            -o sipexplain.on_demand:FALSE >"$out/always" 2>&1
        cat "$out/always" >>"$out/all"
        expect_same "bad input $name: tshark $way, on demand" "$out/always" "$out/on-demand"
    done
    expect_nonempty "bad inputs: tshark $way" "$out/all"
done

# With -2 -R, the frames the read filter drops are "not considered for
# future passes" (tshark's manual): when sipexplain's output is wanted only
# on the second pass, requests dropped by -R are not in its call state.

# -z expert alone on one pass builds no protocol tree at all: sipexplain
# reads the messages from their bytes, so its expert items are there too.
tshark_with_plugin -r "$captures/context-udp.pcapng" -q -z expert >"$out/expert-on-demand"
tshark_with_plugin -r "$captures/context-udp.pcapng" -q -z expert \
    -o sipexplain.on_demand:FALSE >"$out/expert-always"
expect_same "-z expert on one pass, on demand" "$out/expert-always" "$out/expert-on-demand"
if grep -q SIPEXPLAIN "$out/expert-on-demand"; then
    pass
else
    fail "-z expert on one pass: no sipexplain items"
fi

finish
