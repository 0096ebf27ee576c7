#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The bad-input catalogue (tests/bad-input/): captures no conforming SIP
# element sends, made from their text sources. For each, every sipexplain
# field of every frame is compared whole with tests/bad-input/expected/, two
# passes must agree with one but for what followed each message (which only
# -2 knows), tshark must write nothing on stderr (lib.sh
# fails any run that does), and no dissector bug or malformed sipexplain
# item may appear in the packet details.
source "$(dirname "$0")/lib.sh"

# This catalogue keeps its expected outputs next to its sources.
expected_dir=$SIPEXPLAIN_SOURCE_DIR/tests/bad-input/expected
mkdir -p "$expected_dir"
bad=$workspace/bad
"$SIPEXPLAIN_SOURCE_DIR/tests/bad-input/make-bad-inputs.sh" "$bad" >/dev/null
chmod -R a+rX "$bad"

# What the SIP dissector read (frame, status code), then what sipexplain made of it.
fields=(frame.number sip.Status-Code sipexplain.code sipexplain.class sipexplain.phrase
        sipexplain.method sipexplain.request sipexplain.problem sipexplain.registered
        sipexplain.treated_as sipexplain.summary sipexplain.context sipexplain.fix
        sipexplain.retransmission sipexplain.exchange sipexplain.unanswered
        sipexplain.call.outcome
        sipexplain.reason.protocol sipexplain.reason.cause sipexplain.reason.text
        sipexplain.reason.location sipexplain.reason.mapping
        sipexplain.warning.code sipexplain.warning.agent sipexplain.warning.text
        sipexplain.invalid_code sipexplain.no_method sipexplain.reason.mismatch
        sipexplain.malformed_header sipexplain.too_many_values sipexplain.quoted_in_icmp)
field_args=()
for field in "${fields[@]}"; do field_args+=(-e "$field"); done
layout=(-T fields -E header=y -E occurrence=a -E aggregator='|')

# expected_name NAME: NAME.txt, or NAME.since-X.Y.txt for the newest X.Y not
# above the running Wireshark, should a release ever read a capture
# differently (sipexplain reads SIP's bytes itself, so none does today).
expected_name() {
    local best=$1.txt best_version=0 file version
    for file in "$expected_dir/$1".since-*.txt; do
        [ -e "$file" ] || continue
        version=${file##*.since-}
        version=${version%.txt}
        if [ "$(printf '%s\n' "$version" "$running_version" | sort -V | head -n 1)" = "$version" ] &&
           [ "$(printf '%s\n' "$best_version" "$version" | sort -V | head -n 1)" = "$best_version" ]; then
            best=$(basename "$file")
            best_version=$version
        fi
    done
    echo "$best"
}

captures_made=0
for capture in "$bad"/*.pcapng; do
    name=$(basename "$capture" .pcapng)
    captures_made=$((captures_made + 1))

    tshark_with_plugin -r "$capture" "${layout[@]}" "${field_args[@]}" >"$out/$name.one-pass"
    normalise fields "$out/$name.one-pass"
    expect_file "$(expected_name "$name")" "$out/$name.one-pass"

    tshark_with_plugin -2 -r "$capture" "${layout[@]}" "${field_args[@]}" >"$out/$name.two-pass"
    normalise fields "$out/$name.two-pass"
    expect_same_but_future "$name: two passes agree with one" "$out/$name.one-pass" \
        "$out/$name.two-pass"

    # A dissector bug (an assertion caught by Wireshark) or an exception
    # thrown in sipexplain shows in the details; WIRESHARK_ABORT_ON_DISSECTOR_BUG
    # (set by lib.sh) turns the first kind into a failed run as well.
    for pass in one two; do
        args=(-V -r "$capture")
        [ "$pass" = two ] && args=(-2 "${args[@]}")
        tshark_with_plugin "${args[@]}" >"$out/$name.details" || continue
        if grep -q -e 'Dissector bug' -e 'Malformed Packet: SIPEXPLAIN' "$out/$name.details"; then
            fail "$name ($pass pass): $(grep -m 1 -e 'Dissector bug' -e 'Malformed Packet: SIPEXPLAIN' "$out/$name.details")"
        else
            pass
        fi
    done
    # Malformed-packet items (_ws.malformed): the plugin must add none beyond
    # its own sipexplain.malformed_header note, whose expert group (Malformed)
    # also marks the frame _ws.malformed. Compared on the frames without that
    # note: the same as Wireshark alone.
    tshark_with_plugin -r "$capture" -Y '_ws.malformed && !sipexplain.malformed_header' \
        -T fields -e frame.number >"$out/$name.malformed"
    tshark_with_plugin -r "$capture" -Y sipexplain.malformed_header -T fields \
        -e frame.number >"$out/$name.noted"
    tshark_without_plugin -r "$capture" -Y _ws.malformed -T fields -e frame.number \
        >"$out/$name.malformed-all"
    grep -vxF -f "$out/$name.noted" "$out/$name.malformed-all" >"$out/$name.malformed-without" || true
    expect_same "$name: sipexplain adds no malformed-packet item" \
        "$out/$name.malformed-without" "$out/$name.malformed"

    # The reports keep their columns whatever the wire holds: 11 per
    # message, 14 per call, nothing but printable ASCII in the Call-ID, From
    # and To they print, and no control byte but the tabs between columns.
    tshark_with_plugin -2 -r "$capture" -q -z sipexplain,responses -z sipexplain,calls \
        >"$out/$name.reports" || continue
    if LC_ALL=C awk -F '\t' '
        /^# sipexplain responses: / { section = "responses"; next }
        /^# sipexplain calls: / { section = "calls"; next }
        /^#/ { if (section == "calls") section = ""; next }
        /[\001-\010\012-\037\177]/ { print "a control byte: " $0; bad = 1 }
        section == "responses" && (NF != 11 || $10 ~ /[^ -~]/) { print "message: " $0; bad = 1 }
        section == "calls" && (NF != 14 || ($2 $3 $4) ~ /[^ -~]/) { print "call: " $0; bad = 1 }
        END { exit bad }' "$out/$name.reports" >"$out/$name.reports.bad"; then
        pass
    else
        fail "$name: a report line out of shape: $(head -c 300 "$out/$name.reports.bad")"
    fi
    [ "$name" != report-values ] || expect_file report-values.reports.txt "$out/$name.reports"
done
if [ "$captures_made" -lt 20 ]; then
    fail "only $captures_made bad-input captures were made"
fi

finish
