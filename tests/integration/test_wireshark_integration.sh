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

# The calls: one line per call with how it ended, then counts by outcome;
# the same by outcome in the stats tree that Wireshark's menu opens.
tshark_with_plugin -r "$captures/call-outcomes.pcapng" -q -z sipexplain,calls >"$out/calls"
expect_file call-outcomes.calls.txt "$out/calls"
tshark_with_plugin -2 -r "$captures/call-outcomes.pcapng" -q -z sipexplain_calls,tree \
    >"$out/calls-tree"
expect_file call-outcomes.calls-tree.txt "$out/calls-tree"

# The responses report: one line per explained message, for scripts.
tshark_with_plugin -2 -r "$context" -q -z sipexplain,responses >"$out/report"
expect_file context-udp.responses-report.txt "$out/report"

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
