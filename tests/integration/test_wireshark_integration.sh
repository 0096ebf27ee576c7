#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Where Wireshark users look: expert information, the stats tree, the Info
# column, every preference, the user table of notes, and the profile.
source "$(dirname "$0")/lib.sh"

context=$captures/context-udp.pcapng
every_code=$captures/every-code-udp.pcapng

# Expert information: one item per response, its summary as the message, in
# a group named by what it holds. -z expert alone builds no protocol tree:
# sipexplain reads SIP's bytes, so one pass shows the items as two do.
tshark_with_plugin -r "$context" -q -z expert >"$out/expert"
expect_file context-udp.expert.txt "$out/expert"
tshark_with_plugin -2 -r "$context" -q -z expert >"$out/expert"
expect_file context-udp.expert.txt "$out/expert"
tshark_with_plugin -r "$captures/reason-warning.pcapng" -q -z expert,note >"$out/expert-notes"
expect_file reason-warning.expert-note.txt "$out/expert-notes"
tshark_with_plugin -2 -r "$captures/call-outcomes.pcapng" -q -z expert,warn >"$out/expert-calls"
expect_file call-outcomes.expert-warn.txt "$out/expert-calls"

# Severity by response, changed in Wireshark's own table of expert
# severities (Preferences > Expert), or switched off.
severities() {
    tshark_with_plugin -r "$context" -Y sipexplain "$@" -T fields \
        -e frame.number -e sipexplain.code -e _ws.expert.severity
}
severities >"$out/default"
expect_file context-udp.severity-default.txt "$out/default"
severities -o 'uat:expert_severity:"sipexplain.response.client_failure","Error"' \
    -o 'uat:expert_severity:"sipexplain.response.normal_failure","Note"' >"$out/mapped"
expect_file context-udp.severity-mapped.txt "$out/mapped"
severities -o sipexplain.expert:problems >"$out/problems"
expect_file context-udp.severity-problems.txt "$out/problems"
severities -o sipexplain.expert:off >"$out/off"
if cut -f3 "$out/off" | grep -q '[0-9]'; then fail "expert items with sipexplain.expert:off"; else pass; fi

# Stats tree: by class, code and method, and the problems; invalid codes too.
for name in every-code-udp context-udp odd-codes; do
    tshark_with_plugin -r "$captures/$name.pcapng" -q -z sipexplain,tree >"$out/$name.tree"
    expect_file "$name.stats-tree.txt" "$out/$name.tree"
done

# The calls: one line per call with how it ended, whether it failed and its
# frames, then counts by outcome and of what was read; the same by outcome
# in the stats tree that Wireshark's menu opens, with the calls that failed.
# With a filter, the calls of the messages in the frames that match it.
tshark_with_plugin -r "$captures/call-outcomes.pcapng" -q -z sipexplain,calls >"$out/calls"
expect_file call-outcomes.calls.txt "$out/calls"
tshark_with_plugin -2 -r "$captures/call-outcomes.pcapng" -q -z sipexplain_calls,tree \
    >"$out/calls-tree"
expect_file call-outcomes.calls-tree.txt "$out/calls-tree"
tshark_with_plugin -2 -r "$captures/call-outcomes.pcapng" -q \
    -z 'sipexplain,calls,sipexplain.problem' >"$out/calls-problems"
expect_file call-outcomes.calls-problems.txt "$out/calls-problems"
# The same exchanges sent by SIPp, each call on its own ports, in one pass
# and in two (which also explains the INVITE that timed out).
tshark_with_plugin -r "$captures/exchange-sipp.pcapng" -q -z sipexplain,calls >"$out/sipp-calls"
expect_file exchange-sipp.calls.txt "$out/sipp-calls"
tshark_with_plugin -2 -r "$captures/exchange-sipp.pcapng" -q -z sipexplain,calls >"$out/sipp-calls-2"
expect_file exchange-sipp.calls-two-pass.txt "$out/sipp-calls-2"

# The responses report: one line per explained message, for scripts, with
# its Call-ID and what followed it; with a filter, the frames that match.
tshark_with_plugin -2 -r "$context" -q -z sipexplain,responses >"$out/report"
expect_file context-udp.responses-report.txt "$out/report"
tshark_with_plugin -2 -r "$context" -q -z 'sipexplain,responses,sipexplain.problem' \
    >"$out/report-problems"
expect_file context-udp.responses-report-problems.txt "$out/report-problems"
# Its time is frame.time_relative, whichever frame the report lists first.
awk -F '\t' '!/^#/ { print $1 "\t" $2 }' "$out/report" | sort -u >"$out/report-times"
tshark_with_plugin -2 -r "$context" -Y sipexplain -T fields -e frame.number \
    -e frame.time_relative | sort -u >"$out/frame-times"
expect_nonempty "the responses report's times" "$out/report-times"
expect_same "the responses report's time is frame.time_relative" "$out/frame-times" \
    "$out/report-times"
# The calls report's count line: the frames tshark reads, those with SIP.
for name in context-udp tcp-multi-message; do
    tshark_with_plugin -r "$captures/$name.pcapng" -q -z sipexplain,calls >"$out/counts-report"
    tshark_with_plugin -r "$captures/$name.pcapng" >"$out/frames"
    tshark_with_plugin -r "$captures/$name.pcapng" -Y sip >"$out/sip-frames"
    counts=$(sed -n 's/^# counts\tframes read\t\([0-9]*\)\tSIP frames\t\([0-9]*\)\t.*/\1 \2/p' \
        "$out/counts-report")
    want="$(wc -l <"$out/frames") $(wc -l <"$out/sip-frames")"
    if [ "$counts" = "$want" ] && [ -s "$out/frames" ]; then
        pass
    else
        fail "$name: the count line says '$counts', tshark reads (frames, with SIP) $want"
    fi
done

# One verdict per call. On every sample capture, read twice (-2), the calls
# report's "failed" agrees with sipexplain.problem on the messages that
# show why: a call with a final response fails exactly when that response
# is marked, except an answered call (its 2xx is not marked), which fails
# only when its ACK never came or a refresh failed, and then its BYE is
# marked; a call without a final response fails exactly when its INVITE is
# marked, timed out unanswered. Messages are told apart by frame, Call-ID,
# kind, method and code.
calls_checked=0
for capture in "$captures"/*.pcapng; do
    name=$(basename "$capture" .pcapng)
    tshark_with_plugin -2 -r "$capture" -q -z sipexplain,responses -z sipexplain,calls \
        >"$out/verdicts" || continue
    awk -F '\t' -v counted="$out/verdicts.count" '
        /^# sipexplain responses: / { section = "responses"; next }
        /^# sipexplain calls: / { section = "calls"; next }
        /^#/ { if (section == "calls") section = ""; next }
        section == "responses" { if ($6 == "1") marked[$1, $10, $3, $5, $4] = 1; next }
        section == "calls" { calls[++count] = $0; next }
        END {
            for (c = 1; c <= count; c++) {
                split(calls[c], f, "\t")
                failed = f[11] == "yes"
                final = (f[13], f[2], "response", "INVITE", f[6]) in marked
                invite = (f[12], f[2], "request", "INVITE", "") in marked
                bye = (f[14], f[2], "request", "BYE", "") in marked
                if (f[11] != "yes" && f[11] != "no")
                    ok = 0
                else if (f[13] == "0")
                    ok = failed == invite
                else if (f[5] == "ended" || f[5] == "answered")
                    ok = !final && (!failed || bye)
                else
                    ok = failed == final
                if (!ok)
                    printf "call %s (%s): failed %s, final response marked %d, INVITE %d, BYE %d\n",
                           f[2], f[5], f[11], final, invite, bye
            }
            print count + 0 > counted
        }' "$out/verdicts" >"$out/verdicts.bad"
    calls_checked=$((calls_checked + $(cat "$out/verdicts.count")))
    if [ -s "$out/verdicts.bad" ]; then
        fail "$name: a call's verdict disagrees with its messages: $(head -n 5 "$out/verdicts.bad")"
    else
        pass
    fi
done
if [ "$calls_checked" -ge 100 ]; then
    pass
else
    fail "the verdicts of only $calls_checked calls were checked"
fi

# The Info column: untouched by default, the summary on demand.
tshark_with_plugin -r "$captures/tcp-multi-message.pcapng" >"$out/info-default"
normalise summary "$out/info-default"
expect_file tcp-multi-message.info-default.txt "$out/info-default"
tshark_with_plugin -r "$captures/tcp-multi-message.pcapng" -o sipexplain.info_column:TRUE \
    >"$out/info-summary"
normalise summary "$out/info-summary"
expect_file tcp-multi-message.info-summary.txt "$out/info-summary"

# Hidden parts of the subtree leave the view but stay filterable.
tshark_with_plugin -r "$context" -Y 'frame.number == 4' -O sipexplain \
    -o sipexplain.show_when:FALSE -o sipexplain.show_rfc:FALSE \
    -o sipexplain.show_related:FALSE -o sipexplain.show_explanation:FALSE \
    -o sipexplain.show_fix:FALSE >"$out/compact"
normalise tree "$out/compact"
expect_file context-udp.compact-tree.txt "$out/compact"
tshark_with_plugin -r "$context" -o sipexplain.show_when:FALSE \
    -Y 'sipexplain.when contains "REGISTER"' -T fields -e frame.number >"$out/hidden-filter"
expect_file context-udp.hidden-when-filter.txt "$out/hidden-filter"
expect_nonempty "a hidden field still filters" "$out/hidden-filter"

# Every preference is registered with its title.
tshark_with_plugin -G defaultprefs >"$out/all-prefs"
normalise prefs "$out/all-prefs"
grep -A3 '^#.*\|^#sipexplain\.' "$out/all-prefs" | grep -B3 '^#sipexplain\.' >"$out/prefs"
expect_file registered-preferences.txt "$out/prefs"

# User notes: rows on the command line apply to matching responses only.
notes=(-o 'uat:sipexplain_notes:"486","INVITE","All agents in the queue are busy","Check the queue dashboard"'
       -o 'uat:sipexplain_notes:"403","","Our registrar bans after 3 failures",""'
       -o 'uat:sipexplain_notes:"486","REGISTER","Never matches: wrong method",""')
tshark_with_plugin -r "$captures/tcp-multi-message.pcapng" "${notes[@]}" -Y sipexplain \
    -T fields -E occurrence=a -E aggregator='|' -e frame.number -e sipexplain.code \
    -e sipexplain.note -e sipexplain.fix >"$out/notes"
expect_file tcp-multi-message.notes.txt "$out/notes"

# Bad rows are refused with a message that says why.
refused() {
    local row=$1 status
    "${run_as_user[@]}" env -i PATH="$PATH" HOME="$workspace/home" \
        WIRESHARK_PLUGIN_DIR="$workspace/plugins" \
        tshark -r "$context" -c 1 -o "uat:sipexplain_notes:$row" >/dev/null 2>>"$out/refused"
    status=$?
    if [ "$status" -ne 0 ]; then pass; else fail "row accepted: $row"; fi
}
: >"$out/refused"
refused '"800","","Out of range",""'
refused '"99","","Out of range",""'
refused '"486","invite","Lower case method",""'
refused '"486","FROB","Unknown method",""'
refused '"486","INVITE","",""'
expect_file refused-notes.txt "$out/refused"

# The profile: Wireshark loads its columns, coloring rules and filters.
profile_dir=$workspace/home/.config/wireshark/profiles/sipexplain
mkdir -p "$profile_dir"
cp "$SIPEXPLAIN_SOURCE_DIR"/profile/sipexplain/* "$profile_dir/"
[ "$(id -u)" = 0 ] && chown -R nobody "$workspace/home"
tshark_with_plugin -C sipexplain -r "$context" >"$out/profile-columns"
expect_file context-udp.profile-columns.txt "$out/profile-columns"
for name in reason-warning context-udp; do
    tshark_with_plugin -C sipexplain --color -r "$captures/$name.pcapng" -T fields \
        -e frame.number -e frame.coloring_rule.name >"$out/profile-colors"
    expect_file "$name.profile-colors.txt" "$out/profile-colors"
done
while IFS=, read -r enabled label expression comment; do
    expression=${expression//\"/}
    : >"$out/button"
    for capture in "$every_code" "$captures/reason-warning.pcapng"; do
        tshark_with_plugin -C sipexplain -r "$capture" -Y "$expression" -T fields \
            -e frame.number >>"$out/button" && pass
    done
    expect_nonempty "filter button $label" "$out/button"
done < <(grep -v '^#' "$SIPEXPLAIN_SOURCE_DIR/profile/sipexplain/dfilter_buttons")

finish
