#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Display filters on sipexplain fields select exactly the frames that the
# same question asked of Wireshark's own SIP fields selects, in one and two
# passes (a frame can hold several responses: "in {a..b}" asks of each code);
# expert items mark invalid codes and responses without a method.
source "$(dirname "$0")/lib.sh"

# frames PLUGIN|PLAIN FILTER CAPTURE [tshark options]: matching frame numbers
frames() {
    local who=$1 filter=$2 capture=$3
    shift 3
    "tshark_$who" -r "$capture" -Y "$filter" -T fields -e frame.number "$@"
}

all_frames=$workspace/all-frames
: >"$all_frames"
for capture in "$captures"/*.pcapng; do
    name=$(basename "$capture" .pcapng)
    for class in 1 2 3 4 5 6; do
        frames with_plugin "sipexplain.class == $class" "$capture" >"$out/a"
        frames with_plugin "sipexplain.class == $class" "$capture" -2 >"$out/b"
        frames without_plugin "sip.Status-Code in {${class}00..${class}99}" \
            "$capture" >"$out/want"
        cat "$out/a" >>"$all_frames"
        expect_same "$name: sipexplain.class == $class" "$out/want" "$out/a"
        expect_same "$name: sipexplain.class == $class, two passes" "$out/want" "$out/b"
    done
    frames with_plugin "sipexplain.invalid_code" "$capture" >"$out/a"
    frames without_plugin "sip.Status-Code in {0..99, 700..999999}" "$capture" >"$out/want"
    expect_same "$name: codes outside 100-699 are flagged invalid" "$out/want" "$out/a"
done
expect_nonempty "class filters matched frames" "$all_frames"

# Global failures across the samples, by name: the README's first filter.
for capture in every-code-udp tcp-multi-message; do
    frames with_plugin "sipexplain.class == 6" "$captures/$capture.pcapng" \
        -e sipexplain.code -e sipexplain.phrase -E occurrence=a >"$out/$capture"
    expect_file "$capture.class6.txt" "$out/$capture"
done

frames with_plugin "sipexplain.registered == 0" "$captures/every-code-udp.pcapng" \
    -e sipexplain.code -e sipexplain.treated_as >"$out/unregistered"
expect_file every-code-udp.unregistered.txt "$out/unregistered"

frames with_plugin "sipexplain.method == \"REGISTER\" && sipexplain.class == 4" \
    "$captures/every-code-udp.pcapng" -e sipexplain.code >"$out/register-failures"
expect_file every-code-udp.register-failures.txt "$out/register-failures"

# sipexplain.problem: nothing on healthy traffic (digest challenges, stale
# nonces, an IMS registration, capture duplicates, ringing, answer, a call
# cancelled while ringing, BYE), in one pass and in two; each failure elsewhere.
for capture in calls-udp calls-tcp calls-ipv6 healthy; do
    frames with_plugin "sipexplain.problem" "$captures/$capture.pcapng" >"$out/$capture"
    frames with_plugin "sipexplain.problem" "$captures/$capture.pcapng" -2 >>"$out/$capture"
    if [ -s "$out/$capture" ]; then
        fail "$capture: healthy traffic flagged as problems: $(tr '\n' ' ' <"$out/$capture")"
    else
        pass
    fi
done
# What only -2 knows (what followed each message) can add problems, never take one away.
for capture in context-udp every-code-udp reason-warning tcp-multi-message odd-codes \
               credentials retransmissions context-rules call-outcomes failures exchange-sipp; do
    frames with_plugin "sipexplain.problem" "$captures/$capture.pcapng" \
        -e sipexplain.code -e sipexplain.method -e sipexplain.request -e sipexplain.problem \
        -E occurrence=a >"$out/$capture"
    normalise fields "$out/$capture"
    expect_file "$capture.problems.txt" "$out/$capture"
    frames with_plugin "sipexplain.problem" "$captures/$capture.pcapng" -2 \
        -e sipexplain.code -e sipexplain.method -e sipexplain.request -e sipexplain.problem \
        -E occurrence=a >"$out/$capture-2"
    normalise fields "$out/$capture-2"
    expect_file "$capture.problems-two-pass.txt" "$out/$capture-2"
    cut -f1 "$out/$capture" | sort >"$out/one"
    cut -f1 "$out/$capture-2" | sort >"$out/two"
    expect_same "$capture: every one-pass problem is a two-pass problem" "$out/one" \
        <(comm -12 "$out/one" "$out/two")
done

for expert in sipexplain.reason.mismatch sipexplain.malformed_header sipexplain.too_many_values; do
    frames with_plugin "$expert" "$captures/reason-warning.pcapng" \
        -e sipexplain.code -e _ws.expert.severity -E occurrence=a >"$out/$expert"
    expect_file "reason-warning.$expert.txt" "$out/$expert"
done

for expert in sipexplain.invalid_code sipexplain.no_method; do
    frames with_plugin "$expert" "$captures/odd-codes.pcapng" \
        -e sipexplain.code -e _ws.expert.severity -E occurrence=a >"$out/$expert"
    expect_file "odd-codes.$expert.txt" "$out/$expert"
done

finish
