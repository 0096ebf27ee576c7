#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Builds the libFuzzer target tests/fuzz/fuzz_headers.c (the Reason and
# Warning parsers and the reference lookups, without Wireshark) with clang,
# -fsanitize=fuzzer,address,undefined, and runs it.
#
#   tests/fuzz/run-libfuzzer.sh [--seconds S] [--jobs J] [--build-dir DIR] [-- LIBFUZZER-OPTIONS]
#
#   --seconds S    total run time (default 60)
#   --jobs J       parallel fuzzing processes (default 1)
#   --build-dir    where the binary, the corpus and crashes go (default build-libfuzzer)
# The corpus grows across runs in BUILD-DIR/corpus; it starts from the Reason
# and Warning headers of the crafted sources. Crashes are saved as
# BUILD-DIR/crash-*; rerun one with: BUILD-DIR/fuzz_headers BUILD-DIR/crash-...
# Needs clang with libFuzzer (Debian: clang and libclang-rt-<version>-dev).
set -euo pipefail

usage() { sed -n '3,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
seconds=60 jobs=1 build_dir=$repo/build-libfuzzer
while [ $# -gt 0 ]; do
    case $1 in
        --seconds) seconds=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --) shift; break ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
CC=${CC:-clang}
if ! command -v "$CC" >/dev/null; then
    echo "$0: $CC not found (apt-get install clang)" >&2
    exit 2
fi

mkdir -p "$build_dir/corpus"
binary=$build_dir/fuzz_headers
# Rebuilt every time: it takes a second and follows the sources.
"$CC" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -Wall -Wextra -Werror \
    -I"$repo/plugin/parsers" -I"$repo/plugin/reference" \
    "$here/fuzz_headers.c" "$repo/plugin/parsers/sip_headers.c" \
    "$repo"/plugin/reference/*.c -o "$binary"

# Seeds: each Reason and Warning header of the crafted sources, after the
# 8 number bytes (a 4xx code, a method) the target reads first.
seed_number=0
for source in "$repo"/sample-captures/crafted/*.txt "$repo"/tests/bad-input/*.txt; do
    [ -f "$source" ] || continue
    while IFS= read -r value; do
        seed_number=$((seed_number + 1))
        { printf '\xe6\x01\x00\x00\x80\x01\x10\x00INVITE\0'; printf '%s' "$value"; } \
            >"$build_dir/corpus/seed-$seed_number"
    done < <(sed -n 's/\r$//; s/^\(Reason\|Warning\): //p' "$source")
done

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
cd "$build_dir"
status=0
if [ "$jobs" -gt 1 ]; then
    "$binary" -max_total_time="$seconds" -jobs="$jobs" -workers="$jobs" \
        -dict="$here/headers.dict" -max_len=4096 -print_final_stats=1 "$@" corpus || status=$?
else
    "$binary" -max_total_time="$seconds" -dict="$here/headers.dict" -max_len=4096 \
        -print_final_stats=1 "$@" corpus || status=$?
fi
if [ "$status" = 0 ]; then
    echo "fuzz_headers: no crash in $seconds s; corpus $(find corpus -type f | wc -l) inputs"
else
    echo "fuzz_headers: FAILED (exit $status); reproducers: $(ls "$build_dir"/crash-* "$build_dir"/leak-* "$build_dir"/timeout-* 2>/dev/null | tr '\n' ' ')"
fi
exit "$status"
