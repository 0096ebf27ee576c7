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
