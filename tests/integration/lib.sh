# SPDX-License-Identifier: GPL-2.0-or-later
#
# Shared by the integration tests (sourced): a private workspace with this
# build's plugin and the sample captures, tshark run there as a user would,
# and whole-output comparisons with tests/expected/.
#
# SIPEXPLAIN_UPDATE_EXPECTED=1 rewrites the expected files instead of
# comparing; review the diff before committing it.
set -uo pipefail

: "${SIPEXPLAIN_PLUGIN:?run the tests through ctest (make check)}"
: "${SIPEXPLAIN_WS_MAJOR_MINOR:?}" "${SIPEXPLAIN_SOURCE_DIR:?}"

test_name=$(basename "$0" .sh)
expected_dir=$SIPEXPLAIN_SOURCE_DIR/tests/expected
passed=0
failed=0

# World-readable, so that tshark can run as an unprivileged user.
workspace=$(mktemp -d)
trap 'rm -rf "$workspace"' EXIT
chmod 755 "$workspace"
mkdir -p "$workspace/plugins/$SIPEXPLAIN_WS_MAJOR_MINOR/epan" "$workspace/no-plugins" \
         "$workspace/home" "$workspace/captures" "$workspace/out"
cp "$SIPEXPLAIN_PLUGIN" "$workspace/plugins/$SIPEXPLAIN_WS_MAJOR_MINOR/epan/"
cp "$SIPEXPLAIN_SOURCE_DIR"/sample-captures/*.pcapng "$workspace/captures/"
chmod -R a+rX "$workspace"
captures=$workspace/captures
out=$workspace/out

# tshark run as root ignores WIRESHARK_PLUGIN_DIR: drop to nobody then.
if [ "$(id -u)" = 0 ]; then
    chown nobody "$workspace/home"
    run_as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
else
    run_as_user=()
fi

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

# run_tshark PLUGIN-ROOT ARGS...: tshark with a private HOME, UTC, and no
# profile of the caller's. Output on stdout; any stderr text is a failure,
# since users must see no warning.
run_tshark() {
    local plugins=$1 status
    shift
    "${run_as_user[@]}" env -i PATH="$PATH" HOME="$workspace/home" TZ=UTC LC_ALL=C.UTF-8 \
        WIRESHARK_PLUGIN_DIR="$plugins" WIRESHARK_ABORT_ON_DISSECTOR_BUG=1 \
        tshark "$@" 2>"$workspace/stderr"
    status=$?
    if [ "$status" -ne 0 ] || [ -s "$workspace/stderr" ]; then
        fail "tshark $* exited $status: $(head -c 600 "$workspace/stderr")"
        return 1
    fi
}
tshark_with_plugin() { run_tshark "$workspace/plugins" "$@"; }
tshark_without_plugin() { run_tshark "$workspace/no-plugins" "$@"; }

# --- Wireshark version differences ------------------------------------------
# Some lines that Wireshark itself writes differ between releases; these
# filters rewrite them to the form of 4.0, so that one set of expected files
# serves 4.0, 4.4 and 4.6. Only Wireshark's own formatting is rewritten:
# sipexplain's texts and values pass unchanged.

# normalise_fields: -T fields output. 4.4 and 4.6 print booleans as
# True/False, 4.0 as 1/0. Only a column made of booleans alone (one value, or
# an -E occurrence=a list) is rewritten; a text never consists of just those.
# Releases after 4.0 also escape a backslash in a value as two; 4.0 writes it
# as is, so after 4.0 each pair is read back as one.
normalise_fields() {
    local unescape=0
    [ "$running_version" != 4.0 ] && unescape=1
    awk -v unescape="$unescape" 'BEGIN { FS = OFS = "\t" }
         {
             for (i = 1; i <= NF; i++) {
                 if ($i ~ /^(True|False)([|,](True|False))*$/) {
                     gsub(/True/, "1", $i)
                     gsub(/False/, "0", $i)
                 }
                 if (unescape && index($i, "\\\\"))
                     gsub(/\\\\/, "\\", $i)
             }
             print
         }'
}

# normalise_protocols: tshark -G protocols. 4.4 added columns after the
# filter name (whether the protocol is enabled, can be toggled...): keep
# name, short name and filter name, the three columns of 4.0.
normalise_protocols() {
    awk 'BEGIN { FS = OFS = "\t" } { print $1, $2, $3 }'
}

# normalise_tree: packet details (-V, -O). 4.6 names the record type in each
# frame line: "Frame 1: Packet, 298 bytes on wire..."; 4.0 writes "Frame 1: 298
# bytes on wire...". A label cut at Wireshark's label length (a long value
# from the wire) is marked "[truncated]" by 4.0, "[…]" after it.
normalise_tree() {
    sed -E -e 's/^Frame ([0-9]+): Packet, /Frame \1: /' -e 's/ \[…\]: / [truncated]: /'
}

# normalise_summary: tshark's one-line-per-frame output. 4.0 ends the Info
# of a TCP segment whose PDU a later segment completes with "[TCP segment of
# a reassembled PDU]"; 4.4 and 4.6 leave that note out. It is removed here,
# so expected files hold the Info without it.
normalise_summary() {
    sed 's/ \[TCP segment of a reassembled PDU\]$//'
}

# normalise_prefs: the whole of tshark -G defaultprefs (before picking lines
# from it). 4.4 and 4.6 write the comment of a boolean preference as "# true
# or false (case-insensitive)", 4.0 in capitals; 4.6 lists an enumeration's
# values twice, "# One of: <names>" then "# Equivalently, one of: <titles>",
# where 4.0 writes only "# One of: <titles>". Both rewritten to 4.0's form.
normalise_prefs() {
    awk '/^# true or false \(case-insensitive\)$/ { $0 = "# TRUE or FALSE (case-insensitive)" }
         /^# Equivalently, one of: / { sub(/^# Equivalently, one of: /, "# One of: "); held = "" }
         { if (held != "") print held; held = "" }
         /^# One of: / { held = $0; next }
         { print }
         END { if (held != "") print held }'
}

# normalise KIND FILE...: rewrites each FILE in place with normalise_KIND
# (fields, protocols, tree, summary, prefs). In place rather than in a pipe, because
# tshark_with_plugin counts its failures in this shell, which a pipe would
# run in a subshell and forget.
normalise() {
    local kind=$1 file
    shift
    for file in "$@"; do
        "normalise_$kind" <"$file" >"$file.normalised" && mv "$file.normalised" "$file"
    done
}

# expect_file NAME FILE: FILE must equal tests/expected/NAME.
expect_file() {
    local name=$1 actual=$2 expected=$expected_dir/$1
    if [ "${SIPEXPLAIN_UPDATE_EXPECTED:-0}" = 1 ]; then
        cp "$actual" "$expected"
        pass
    elif [ ! -f "$expected" ]; then
        fail "$name: no expected file (run with SIPEXPLAIN_UPDATE_EXPECTED=1)"
    elif diff -u "$expected" "$actual" >"$workspace/diff"; then
        pass
    else
        fail "$name differs from tests/expected/$name:"
        head -n 40 "$workspace/diff"
    fi
}

# expect_same WHAT A B: two outputs that must be identical.
expect_same() {
    if diff -u "$2" "$3" >"$workspace/diff"; then
        pass
    else
        fail "$1:"
        head -n 40 "$workspace/diff"
    fi
}

# expect_same_but_future WHAT ONE TWO: -T fields outputs with a header row,
# of one pass and of -2. What follows a message in the capture (the ACK that
# never came, a request never answered, how the call ended) is known only to
# the second pass: a row may differ only where TWO has such a value, and then
# only in those fields and in what they decide (problem, summary). The rows
# must be the same frames, except that -2 may explain more requests.
expect_same_but_future() {
    if awk -F'\t' '
        NR == FNR { if (FNR == 1) { for (i = 1; i <= NF; i++) name[i] = $i; next }
                    one[$1] = $0; next }
        FNR == 1 { next }
        {
            future = 0
            for (i = 1; i <= NF; i++)
                if ((name[i] == "sipexplain.exchange" || name[i] == "sipexplain.call.outcome" ||
                     name[i] == "sipexplain.unanswered") && $i != "") future = 1
            if (!($1 in one)) { if (future) next; print "only in two passes: frame " $1; bad = 1; next }
            if (one[$1] == $0) next
            n = split(one[$1], a, "\t")
            for (i = 1; i <= NF; i++) {
                if (a[i] == $i) continue
                if (future && (name[i] == "sipexplain.exchange" || name[i] == "sipexplain.call.outcome" ||
                    name[i] == "sipexplain.unanswered" || name[i] == "sipexplain.problem" ||
                    name[i] == "sipexplain.summary" || name[i] == "sipexplain.request")) continue
                print "frame " $1 ": " name[i] " differs: " a[i] " / " $i; bad = 1
            }
        }
        END { exit bad }' "$2" "$3" >"$workspace/diff"; then
        pass
    else
        fail "$1:"
        head -n 40 "$workspace/diff"
    fi
}

# expect_nonempty WHAT FILE: guards comparisons that would pass on nothing.
expect_nonempty() {
    if [ -s "$2" ]; then pass; else fail "$1: empty output"; fi
}

finish() {
    echo "$test_name: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

# The tshark that runs must be the Wireshark the plugin was built for.
running_version=$(tshark --version 2>/dev/null | sed -n '1s/^TShark (Wireshark) \([0-9]*\.[0-9]*\).*/\1/p')
if [ "$running_version" != "$SIPEXPLAIN_WS_MAJOR_MINOR" ]; then
    echo "tshark is Wireshark $running_version, the plugin was built for $SIPEXPLAIN_WS_MAJOR_MINOR"
    exit 1
fi
