#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Builds the libFuzzer targets with clang, -fsanitize=fuzzer,address,undefined,
# and runs each in turn:
#   message   tests/fuzz/fuzz_message.c: the SIP message scanner
#             (plugin/parsers/sip_message.c) in both carriages, truncated or
#             not, and every reader of header values;
#   headers   tests/fuzz/fuzz_headers.c: the Reason, Warning and Retry-After
#             parsers and the reference lookups and formatters.
#
#   tests/fuzz/run-libfuzzer.sh [--seconds S] [--jobs J] [--target T]... [--build-dir DIR]
#       [-- LIBFUZZER-OPTIONS]
#
#   --seconds S    run time of each target (default 60)
#   --jobs J       parallel fuzzing processes per target (default 1)
#   --target T     message or headers; repeatable (default: both)
#   --build-dir    where the binaries, the corpora and crashes go (default build-libfuzzer)
# The corpora grow across runs in BUILD-DIR/corpus-<target>. The scanner's
# starts from the SIP messages of the sample captures and of the bad-input
# catalogue (each UDP or TCP payload tshark finds), the parsers' from the
# Reason and Warning headers of the crafted sources. Crashes are saved as
# BUILD-DIR/<target>/crash-*; rerun one with: BUILD-DIR/fuzz_<target> FILE.
# Prints, per target, the runs and the time; exits 1 when any target failed.
# Needs clang with libFuzzer (Debian: clang and libclang-rt-<version>-dev),
# and tshark for the scanner's seeds (without it, the corpus starts empty).
set -euo pipefail

usage() { sed -n '3,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
seconds=60 jobs=1 build_dir=$repo/build-libfuzzer targets=()
while [ $# -gt 0 ]; do
    case $1 in
        --seconds) seconds=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --target) targets+=("$2"); shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --) shift; break ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=(message headers)
CC=${CC:-clang}
if ! command -v "$CC" >/dev/null; then
    echo "$0: $CC not found (apt-get install clang)" >&2
    exit 2
fi
mkdir -p "$build_dir"
build_dir=$(cd "$build_dir" && pwd)

# Rebuilt every time: it takes seconds and follows the sources.
flags=(-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -Wall -Wextra -Werror -I"$repo/plugin/parsers" -I"$repo/plugin/reference")
build() {
    case $1 in
        message)
            "$CC" "${flags[@]}" "$here/fuzz_message.c" "$repo/plugin/parsers/sip_message.c" \
                "$repo/plugin/parsers/sip_headers.c" -o "$build_dir/fuzz_message" ;;
        headers)
            "$CC" "${flags[@]}" "$here/fuzz_headers.c" "$repo/plugin/parsers/sip_headers.c" \
                "$repo"/plugin/reference/*.c -o "$build_dir/fuzz_headers" ;;
        *) echo "$0: unknown target $1 (message, headers)" >&2; exit 2 ;;
    esac
}

# Seeds of the scanner: each SIP payload of the sample captures and the
# bad-input catalogue, after the two option bytes (room for 16 messages,
# every parameter name). Named by content, so reruns add nothing twice.
seed_message() {
    local corpus=$1 captures=() capture hex
    command -v tshark >/dev/null || { echo "no tshark: the scanner's corpus starts empty"; return; }
    captures=("$repo"/sample-captures/*.pcapng)
    if "$repo/tests/bad-input/make-bad-inputs.sh" "$build_dir/bad-input" >/dev/null 2>&1; then
        captures+=("$build_dir"/bad-input/*.pcapng)
    fi
    for capture in "${captures[@]}"; do
        tshark -n -r "$capture" -Y 'sip || udp.port == 5060 || tcp.port == 5060' \
            -T fields -e udp.payload -e tcp.payload 2>/dev/null |
            tr -d '\t:' | while IFS= read -r hex; do
                [ -n "$hex" ] || continue
                { printf '\x0f\xff'; printf '%s' "$hex" | xxd -r -p; } >"$corpus/new"
                mv "$corpus/new" "$corpus/seed-$(sha1sum <"$corpus/new" | cut -c1-16)"
            done
    done
}

# Seeds of the parsers: each Reason and Warning header of the crafted
# sources, after the 8 number bytes (a 4xx code, a method) the target reads first.
seed_headers() {
    local corpus=$1 source value n=0
    for source in "$repo"/sample-captures/crafted/*.txt "$repo"/tests/bad-input/*.txt; do
        [ -f "$source" ] || continue
        while IFS= read -r value; do
            n=$((n + 1))
            { printf '\xe6\x01\x00\x00\x80\x01\x10\x00INVITE\0'; printf '%s' "$value"; } \
                >"$corpus/seed-$n"
        done < <(sed -n 's/\r$//; s/^\(Reason\|Warning\|Retry-After\): //p' "$source")
    done
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
failed=0
for target in "${targets[@]}"; do
    build "$target"
    corpus=$build_dir/corpus-$target
    mkdir -p "$corpus" "$build_dir/$target"
    "seed_$target" "$corpus"
    case $target in
        message) max_len=16384 dict=$here/message.dict ;;
        *) max_len=4096 dict=$here/headers.dict ;;
    esac
    options=(-max_total_time="$seconds" -dict="$dict" -max_len="$max_len" -timeout=10
             -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build_dir/$target/")
    [ "$jobs" -gt 1 ] && options+=(-jobs="$jobs" -workers="$jobs")
    log=$build_dir/$target/fuzz.log
    status=0
    (cd "$build_dir/$target" && "$build_dir/fuzz_$target" "${options[@]}" "$@" "$corpus") \
        >"$log" 2>&1 || status=$?
    if [ "$jobs" -gt 1 ]; then
        runs=$(cat "$build_dir/$target"/fuzz-*.log 2>/dev/null |
               awk '/stat::number_of_executed_units/ { n += $2 } END { print n + 0 }')
    else
        runs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$log")
    fi
    if [ "$status" = 0 ]; then
        echo "fuzz_$target: ${runs:-?} runs in $seconds s, no crash; corpus $(find "$corpus" -type f | wc -l) inputs"
    else
        failed=1
        grep -m 5 -e 'ERROR:' -e 'check failed' -e 'runtime error' "$log" "$build_dir/$target"/fuzz-*.log 2>/dev/null || tail -n 20 "$log"
        echo "fuzz_$target: FAILED (exit $status) after ${runs:-?} runs; reproducers: $(ls "$build_dir/$target"/crash-* "$build_dir/$target"/leak-* "$build_dir/$target"/timeout-* "$build_dir/$target"/oom-* 2>/dev/null | tr '\n' ' ')"
    fi
done
exit "$failed"
