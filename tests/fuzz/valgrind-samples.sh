#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Runs tshark with sipexplain under valgrind memcheck on every sample
# capture (and the bad-input catalogue with --bad-input), twice: one pass
# (-V), and two passes with the -z reports (-2 -V -z sipexplain,calls -z
# sipexplain,responses), and reports the errors and leaks that are
# sipexplain's: those with sipexplain.so or one of the plugin's source files
# in their stack. Wireshark and GLib have errors and leaks of their own at
# exit; they are counted, not reported, and do not fail.
#
#   tests/fuzz/valgrind-samples.sh [--plugin SO] [--build-dir DIR] [--bad-input]
#       [--one-pass-only] [CAPTURE...]
#
#   --plugin SO      the plugin to check (default: build one with debug info,
#                    without sanitizers, in --build-dir, default build-valgrind)
#   --bad-input      also the captures of tests/bad-input/
#   --one-pass-only  leave out the two-pass run with the reports (half the time)
# Each run's XML report is kept in BUILD-DIR/valgrind/ (NAME.one.xml,
# NAME.two.xml). Prints one line per run and a total; exits 1 when any error
# or leak is sipexplain's, or a run fails for another reason.
set -euo pipefail

usage() { sed -n '3,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
plugin='' build_dir=$repo/build-valgrind bad_input=0 captures=() modes=(one two)
while [ $# -gt 0 ]; do
    case $1 in
        --plugin) plugin=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --bad-input) bad_input=1; shift ;;
        --one-pass-only) modes=(one); shift ;;
        -h|--help) usage; exit 0 ;;
        -*) usage >&2; exit 2 ;;
        *) captures+=("$1"); shift ;;
    esac
done
if ! command -v valgrind >/dev/null; then
    echo "$0: valgrind not found (apt-get install valgrind)" >&2
    exit 2
fi

# Debug info and no sanitizers: valgrind cannot run ASan code.
if [ -z "$plugin" ]; then
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S "$repo" -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=OFF >/dev/null
    fi
    cmake --build "$build_dir" --target sipexplain >/dev/null
    plugin=$build_dir/plugin/sipexplain.so
fi
major_minor=$(tshark --version 2>/dev/null | sed -n '1s/^TShark (Wireshark) \([0-9]*\.[0-9]*\).*/\1/p')
report_dir=$build_dir/valgrind
mkdir -p "$report_dir"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
mkdir -p "$work/plugins/$major_minor/epan" "$work/home" "$work/captures" "$work/reports"
cp "$plugin" "$work/plugins/$major_minor/epan/"
[ ${#captures[@]} -gt 0 ] || captures=("$repo"/sample-captures/*.pcapng)
cp "${captures[@]}" "$work/captures/"
if [ "$bad_input" = 1 ]; then
    "$repo/tests/bad-input/make-bad-inputs.sh" "$work/captures" >/dev/null
fi
chmod -R a+rX "$work"
# tshark run as root ignores WIRESHARK_PLUGIN_DIR: run it as nobody then.
run_as_user=()
if [ "$(id -u)" = 0 ]; then
    chown nobody "$work/home" "$work/reports"
    run_as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi

# Names that put an error on the plugin's account: its module and sources.
plugin_sources=$(cd "$repo/plugin" && find . -name '*.c' -printf '%f\n' | paste -sd'|')

# classify XML: prints "plugin N other M" and, for each plugin error, its
# kind and the first frames of its stack.
classify() {
    awk -v sources="$plugin_sources" '
        BEGIN { n = split(sources, s, "|"); for (i = 1; i <= n; i++) src[s[i]] = 1 }
        /<error>/ { inside = 1; ours = 0; kind = ""; stack = ""; frames = 0; next }
        inside && /<kind>/ { kind = $0; gsub(/.*<kind>|<\/kind>.*/, "", kind) }
        inside && /<obj>.*sipexplain[^\/]*\.so/ { ours = 1 }
        inside && /<file>/ { f = $0; gsub(/.*<file>|<\/file>.*/, "", f); if (f in src) ours = 1 }
        inside && /<fn>/ && frames < 8 {
            fn = $0; gsub(/.*<fn>|<\/fn>.*/, "", fn); stack = stack "\n      " fn; frames++
        }
        /<\/error>/ {
            inside = 0
            if (ours) { plugin++; print "    " kind ":" stack } else other++
        }
        END { printf "plugin %d other %d\n", plugin, other }' "$1"
}

failed=0 total_plugin=0 explained=0 runs=0 captures_run=0
for capture in "$work"/captures/*.pcapng; do
    name=$(basename "$capture" .pcapng)
    captures_run=$((captures_run + 1))
    for mode in "${modes[@]}"; do
        xml=$work/reports/$name.$mode.xml
        args=(-V -r "$capture")
        [ "$mode" = two ] && args=(-2 -V -z sipexplain,calls -z sipexplain,responses -r "$capture")
        status=0
        # G_SLICE and the simple wmem allocator give valgrind every allocation
        # on its own, as Wireshark's own valgrind runs do.
        "${run_as_user[@]}" env -i PATH="$PATH" HOME="$work/home" TZ=UTC LC_ALL=C.UTF-8 \
            WIRESHARK_PLUGIN_DIR="$work/plugins" G_SLICE=always-malloc \
            WIRESHARK_DEBUG_WMEM_OVERRIDE=simple WIRESHARK_ABORT_ON_DISSECTOR_BUG=1 \
            valgrind --tool=memcheck --error-exitcode=99 --leak-check=full \
                --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
                --num-callers=40 --xml=yes --xml-file="$xml" \
            tshark "${args[@]}" >"$work/stdout" 2>"$work/stderr" || status=$?
        runs=$((runs + 1))
        cp "$xml" "$report_dir/$name.$mode.xml" 2>/dev/null || true
        if [ ! -s "$xml" ] || { [ "$status" != 0 ] && [ "$status" != 99 ]; }; then
            echo "FAIL $name ($mode): tshark under valgrind exited $status: $(head -c 400 "$work/stderr")"
            failed=1
            continue
        fi
        if [ -s "$work/stderr" ]; then
            echo "FAIL $name ($mode): text on stderr: $(head -c 400 "$work/stderr")"
            failed=1
        fi
        # Some bad inputs hold no message Wireshark reads as SIP: checked over all runs.
        grep -q '^\[SIP Explanation: ' "$work/stdout" && explained=$((explained + 1))
        result=$(classify "$xml")
        counts=$(tail -n 1 <<<"$result")
        read -r _ ours _ theirs <<<"$counts"
        total_plugin=$((total_plugin + ours))
        if [ "$ours" != 0 ]; then
            echo "FAIL $name ($mode): $ours errors or leaks in sipexplain ($theirs elsewhere):"
            sed '$d' <<<"$result"
            failed=1
        else
            echo "ok   $name ($mode): none in sipexplain ($theirs elsewhere, not the plugin's)"
        fi
    done
done
if [ "$explained" = 0 ]; then
    echo "FAIL no run showed a SIP Explanation: the plugin did not run"
    failed=1
fi
echo "valgrind: $captures_run captures, $runs runs, $total_plugin errors or leaks in sipexplain; reports in $report_dir"
exit "$failed"
