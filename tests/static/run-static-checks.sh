#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Static checks of the plugin's C sources (plugin/, plugin/parsers,
# plugin/reference):
#   1. no call that ends the program, asserts or prints (abort, exit,
#      assert, g_error, g_assert*, ws_assert*, DISSECTOR_ASSERT*, THROW;
#      printf, fprintf, puts, fwrite, g_print*, g_warning, ws_warning...):
#      Wireshark must never stop or write because of a packet (report with
#      expert items instead). Printing is allowed only in the functions a
#      file registers as tap draw callbacks (register_tap_listener's draw
#      argument), which is how a tshark -z report writes its output, as
#      Wireshark's own ui/cli taps do; forbidden-calls.pl tells them apart;
#   2. cppcheck (warning, style, performance, portability), with the include
#      paths of Wireshark and GLib from pkg-config;
#   3. clang-tidy (clang-analyzer, bugprone, two CERT rules), when installed,
#      with the compile commands of a build folder of its own.
#
#   tests/static/run-static-checks.sh [--build-dir DIR] [--no-cppcheck] [--no-clang-tidy]
#
# --build-dir: where CMake writes compile_commands.json (default build-static).
# Prints every finding and one line per check; exits 1 when any check finds
# something. A missing cppcheck is a failure (apt-get install cppcheck); a
# missing clang-tidy is reported and skipped.
set -euo pipefail

usage() { sed -n '3,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build_dir=$repo/build-static run_cppcheck=1 run_tidy=1
while [ $# -gt 0 ]; do
    case $1 in
        --build-dir) build_dir=$2; shift 2 ;;
        --no-cppcheck) run_cppcheck=0; shift ;;
        --no-clang-tidy) run_tidy=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

cd "$repo"
mapfile -t sources < <(find plugin -name '*.c' | sort)
mapfile -t headers < <(find plugin -name '*.h' | sort)
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# --- 1. calls that end the program or print ----------------------------------
# forbidden-calls.pl reads each file without its comments and string
# literals, knows which function each call is in, and lets only the tap draw
# callbacks print; each finding names its line and function.
forbidden=0
for file in "${sources[@]}" "${headers[@]}"; do
    while IFS= read -r hit; do
        echo "$file:$hit"
        forbidden=$((forbidden + 1))
    done < <(perl "$here/forbidden-calls.pl" <"$file")
done
if [ "$forbidden" = 0 ]; then
    echo "ok   forbidden calls: none in ${#sources[@]} sources and ${#headers[@]} headers (printing only in tap draw callbacks)"
else
    echo "FAIL forbidden calls: $forbidden (ending, asserting or printing outside a tap draw callback)"
    failed=1
fi

# --- 2. cppcheck ---------------------------------------------------------------
if [ "$run_cppcheck" = 1 ]; then
    if ! command -v cppcheck >/dev/null; then
        echo "FAIL cppcheck: not installed (apt-get install cppcheck)"
        failed=1
    else
        # Wireshark's and GLib's headers are read so that their macros
        # (UAT_*, wmem_*) expand; what cppcheck finds inside them is not ours.
        # One configuration: the plugin has no #ifdef of its own beyond
        # ws_compat.h, and each configuration costs a full pass.
        # shellcheck disable=SC2046 # pkg-config prints separate words
        if cppcheck --quiet --std=c11 --enable=warning,style,performance,portability \
                --inline-suppr --max-configs=1 -j "$(nproc)" \
                --suppressions-list="$here/cppcheck.supp" \
                $(pkg-config --cflags-only-I wireshark glib-2.0) \
                -I plugin -I plugin/parsers -I plugin/reference \
                --error-exitcode=1 "${sources[@]}" 2>"$log"; then
            echo "ok   cppcheck $(cppcheck --version | awk '{print $2}'): no finding"
        else
            cat "$log"
            echo "FAIL cppcheck: findings above"
            failed=1
        fi
    fi
fi

# --- 3. clang-tidy -------------------------------------------------------------
if [ "$run_tidy" = 1 ]; then
    if ! command -v clang-tidy >/dev/null; then
        echo "skip clang-tidy: not installed (apt-get install clang-tidy)"
    else
        cmake -S "$repo" -B "$build_dir" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
            -DBUILD_TESTING=OFF >/dev/null
        # Left out, with reasons:
        #  - Annex K "insecure API" warnings (memset, snprintf): glibc has no _s functions;
        #  - easily-swappable parameters, reserved identifiers: style, and
        #    Wireshark's own API shapes;
        #  - integer narrowing: every dissector returns tvb_captured_length()
        #    (guint) as int, as Wireshark's API asks.
        checks='-*,clang-analyzer-*,-clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling'
        checks+=',bugprone-*,-bugprone-easily-swappable-parameters,-bugprone-reserved-identifier'
        checks+=',cert-err34-c,cert-str34-c,misc-redundant-expression'
        if clang-tidy -p "$build_dir" --quiet --checks="$checks" --warnings-as-errors='*' \
                --config='{CheckOptions: [{key: bugprone-narrowing-conversions.WarnOnIntegerNarrowingConversion, value: false}]}' \
                "${sources[@]}" >"$log" 2>&1; then
            echo "ok   clang-tidy $(clang-tidy --version | awk '/version/ {print $NF; exit}'): no finding"
        else
            grep -E -A3 '(warning|error):' "$log" || tail -n 20 "$log"
            echo "FAIL clang-tidy: findings above"
            failed=1
        fi
    fi
fi
exit "$failed"
