#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Fuzzes sipexplain inside the real tshark and sharkd: mutated captures are
# dissected one-pass (-nVxr), two-pass (-2 -nVxr), for the -z reports and
# stats trees (-2 -q -z sipexplain,calls -z sipexplain,responses -z
# sipexplain,tree -z sipexplain_calls,tree) and by a sharkd session (load,
# a filter on sipexplain's fields, every frame's tree again, the stats trees),
# with a plugin built with AddressSanitizer and UndefinedBehaviorSanitizer,
# Wireshark's dissector-bug abort and its strict wmem allocator. Any failure
# (non-zero exit, signal, time-out, sanitizer report, text on stderr beyond
# sharkd's own greeting, "Dissector bug" or a malformed sipexplain item in
# the output) saves the capture in a reproducer folder.
#
#   tests/fuzz/fuzz-captures.sh [--iterations N] [--seconds S] [--short]
#       [--seed N] [--batch B] [--plugin SO] [--build-dir DIR] [--out DIR]
#       [--no-sharkd] [--no-time-order] [-q]
#
#   --iterations N  stop after N mutated captures
#   --seconds S     stop after S seconds (checked between batches)
#   --short         the make-check pass: 75 seconds unless told otherwise
#   --seed N        first mutation seed (default: from the clock); capture k
#                   uses seed N+k, printed with every failure
#   --batch B       captures dissected per tshark run (default 24): tshark
#                   takes about half a second to start, so each run reads B
#                   captures concatenated, and a failing run is retried one
#                   capture at a time to find the one that fails
#   --plugin SO     an already sanitized sipexplain.so (default: build one in
#                   --build-dir, default build-asan)
#   --out DIR       reproducer folders (default: BUILD-DIR/fuzz-reproducers)
#   --no-sharkd     leave the sharkd session out (it costs a second per batch)
#   --no-time-order no captures out of time order (one editcap capture in
#                   eight gets its packets appended again, stamped earlier);
#                   --short implies it for now (see below)
#
# Long campaign (see tests/fuzz/README.md):
#   nohup tests/fuzz/fuzz-captures.sh --iterations 20000 >fuzz.log 2>&1 &
# Prints "N passed, M failed" last; exits 1 when any capture failed.
set -euo pipefail

usage() { sed -n '3,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
iterations=0 seconds=0 short=0 seed='' batch=24 plugin='' build_dir=$repo/build-asan out_dir='' quiet=0
use_sharkd=1 time_order=1
while [ $# -gt 0 ]; do
    case $1 in
        --iterations) iterations=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --short) short=1; shift ;;
        --seed) seed=$2; shift 2 ;;
        --batch) batch=$2; shift 2 ;;
        --plugin) plugin=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --out) out_dir=$2; shift 2 ;;
        --no-sharkd) use_sharkd=''; shift ;;
        --no-time-order) time_order=0; shift ;;
        -q) quiet=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
[ "$short" = 1 ] && [ "$seconds" = 0 ] && seconds=75
# Until plugin/exchange.c stops casting a negative time to uint32_t (copy_of,
# since_first_ms: a copy stamped before its first), captures out of time
# order fail under float-cast-overflow; make check's pass leaves them out so
# that it tests the rest, campaigns keep them (tests/bad-input/out-of-time-order.txt).
[ "$short" = 1 ] && time_order=0
if [ "$iterations" = 0 ] && [ "$seconds" = 0 ]; then
    echo "$0: give --iterations, --seconds or --short: a campaign needs a bound" >&2
    exit 2
fi
[ -n "$seed" ] || seed=$(date +%s)
out_dir=${out_dir:-$build_dir/fuzz-reproducers}

# A plugin with sanitizers, in a build folder of its own so that the normal
# build stays as users get it.
if [ -z "$plugin" ]; then
    # float-cast-overflow too: GCC's -fsanitize=undefined leaves it out, and
    # a double of seconds cast to an unsigned count is what a capture out of
    # time order gets wrong. Configured every time, so that a build folder
    # made with other flags is brought to these.
    sanitize="-fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer -fno-sanitize-recover=all"
    cmake -S "$repo" -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=OFF \
        -DCMAKE_C_FLAGS="$sanitize" \
        -DCMAKE_MODULE_LINKER_FLAGS="-fsanitize=address,undefined" \
        -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
    cmake --build "$build_dir" --target sipexplain >/dev/null
    plugin=$build_dir/plugin/sipexplain.so
fi
# tshark is not instrumented: the ASan runtime the plugin was linked with
# must be loaded first, or the plugin is refused when tshark opens it.
asan_runtime=$(ldd "$plugin" | awk '$1 ~ /^libasan\.so/ { print $3; exit }')
if [ -z "$asan_runtime" ]; then
    echo "$0: $plugin is not built with -fsanitize=address" >&2
    exit 2
fi
major_minor=$(tshark --version 2>/dev/null | sed -n '1s/^TShark (Wireshark) \([0-9]*\.[0-9]*\).*/\1/p')

# World-readable workspace: tshark runs as nobody when we are root, since
# tshark run as root ignores WIRESHARK_PLUGIN_DIR.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
mkdir -p "$work/plugins/$major_minor/epan" "$work/home" "$work/batch" "$work/seeds"
cp "$plugin" "$work/plugins/$major_minor/epan/"
run_as_user=()
if [ "$(id -u)" = 0 ]; then
    chown nobody "$work/home"
    run_as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi

# shellcheck source=../../tools/craft-capture.sh
source "$repo/tools/craft-capture.sh"

# Seeds: every sample capture for editcap, and every crafted text source with
# the text2pcap options make-captures.sh (or the bad-input catalogue) uses.
pcap_seeds=("$repo"/sample-captures/*.pcapng)
text_seeds=() text_options=()
while IFS=$'\t' read -r name options; do
    [ -f "$repo/sample-captures/crafted/$name" ] || continue
    text_seeds+=("$repo/sample-captures/crafted/$name")
    text_options+=("$options")
done < <(awk '/^craft "\$here\/crafted\// {
                  name = $2; gsub(/"|\$here\/crafted\//, "", name)
                  line = $0; sub(/ *\\$/, "", line); n = split(line, f, " ")
                  opts = ""; for (i = 4; i <= n; i++) opts = opts " " f[i]
                  if ($0 ~ /\\$/) { getline cont; sub(/^ */, "", cont); opts = opts " " cont }
                  print name "\t" opts }' "$repo/sample-captures/make-captures.sh")
if [ -f "$repo/tests/bad-input/sources.tsv" ]; then
    # source <TAB> capture <TAB> text2pcap options <TAB> editcap options: the
    # editcap cut is left out, since editcap -E and -s already cut and damage.
    while IFS=$'\t' read -r name _capture options _edits; do
        case $name in ''|'#'*) continue ;; esac
        # A recorded capture (TLS) has no text source; damaged, it would not
        # decrypt, and editcap cannot rewrite its embedded keys anyway.
        [ "$options" = recorded ] && continue
        text_seeds+=("$repo/tests/bad-input/$name")
        text_options+=("$options")
    done <"$repo/tests/bad-input/sources.tsv"
fi
# The same text over other transports: reassembly, IPv6, SCTP, exported PDUs.
transports=("-u 5060,5060 -4 192.0.2.10,198.51.100.20" "-T 5060,40000 -4 192.0.2.10,198.51.100.20"
            "-T 5060,40000 -6 2001:db8::10,2001:db8::20" "-u 5060,5060 -6 2001:db8::10,2001:db8::20"
            "-S 5060,5060,0" "-P sip")

# mutate K OUTPUT: capture K of the campaign; its recipe goes to OUTPUT.how.
mutate() {
    local k=$1 output=$2 s=$((seed + $1)) source options probability offset
    RANDOM=$s
    if [ $((RANDOM % 2)) = 0 ] || [ ${#text_seeds[@]} = 0 ]; then
        source=${pcap_seeds[RANDOM % ${#pcap_seeds[@]}]}
        probability=$(printf '0.%03d' $((1 + RANDOM % 60)))
        # Skipping the link, IP and UDP or TCP headers aims the errors at SIP.
        offset=$(printf '%s\n' 0 42 54 62 74 | sed -n "$((1 + RANDOM % 5))p")
        options=(--seed "$s" -E "$probability" -o "$offset")
        # Some captures also lose their tails, as with a short snap length.
        [ $((RANDOM % 6)) = 0 ] && options+=(-s $((60 + RANDOM % 700)))
        echo "capture $k seed $s: editcap ${options[*]} $(basename "$source")" >"$output.how"
        editcap "${options[@]}" "$source" "$output" 2>>"$output.how"
        # Out of time order, as merged captures and several interfaces are:
        # the same packets again after them, stamped earlier.
        if [ "$time_order" = 1 ] && [ $((RANDOM % 8)) = 0 ]; then
            local shift=-$((1 + RANDOM % 600)).$((RANDOM % 1000))
            echo "  then the same again, editcap -t $shift, appended (mergecap -a)" >>"$output.how"
            editcap -t "$shift" "$output" "$output.earlier" 2>>"$output.how" &&
                mergecap -a -w "$output.both" "$output" "$output.earlier" 2>>"$output.how" &&
                mv "$output.both" "$output"
            rm -f "$output.earlier"
        fi
    else
        local t=$((RANDOM % ${#text_seeds[@]})) t2p
        source=${text_seeds[t]}
        t2p=${text_options[t]}
        [ $((RANDOM % 3)) = 0 ] && t2p=${transports[RANDOM % ${#transports[@]}]}
        echo "capture $k seed $s: mutate-sip.awk $(basename "$source"), text2pcap $t2p" >"$output.how"
        LC_ALL=C awk -v seed="$s" -v logfile="$output.how" -f "$here/mutate-sip.awk" \
            "$source" >"$output.txt"
        # shellcheck disable=SC2086 # the options are words
        craft_capture "$output.txt" "$output" $t2p 2>>"$output.how"
    fi
}

# The sharkd requests for a capture of N frames, as Wireshark's GUI would
# make them: load (the first pass), then every frame's tree again (frames
# already visited), a display filter on sipexplain's fields, its stats trees.
sharkd_requests() {
    local capture=$1 frames=$2 i
    printf '{"jsonrpc":"2.0","id":1,"method":"load","params":{"file":"%s"}}\n' "$capture"
    printf '{"jsonrpc":"2.0","id":2,"method":"frames","params":{"filter":"sipexplain.problem || sipexplain.code"}}\n'
    for ((i = 1; i <= frames; i++)); do
        printf '{"jsonrpc":"2.0","id":%d,"method":"frame","params":{"frame":%d,"proto":true}}\n' $((i + 2)) "$i"
    done
    printf '{"jsonrpc":"2.0","id":%d,"method":"tap","params":{"tap0":"stat:sipexplain","tap1":"stat:sipexplain_calls"}}\n' $((frames + 3))
}

# What sharkd itself writes on stderr (not the plugin's): its greeting, the
# file it loads, the taps it runs.
sharkd_chatter='^(Hello in child\.|load: filename=.*|sharkd_session_process_tap\(\) count=[0-9]+)$'

# check CAPTURE: every way of reading one file; prints why it failed. One
# pass and two (-nVxr, -2 -nVxr), the -z reports and stats trees, and
# (unless --no-sharkd) a sharkd session over the same file.
check() {
    local capture=$1 mode status label frames
    for mode in one two taps ${use_sharkd:+sharkd}; do
        local args=(-nVxr "$capture") program=tshark
        case $mode in
            two) args=(-2 -nVxr "$capture") ;;
            taps) args=(-2 -q -z sipexplain,calls -z sipexplain,responses -z sipexplain,tree
                        -z sipexplain_calls,tree -r "$capture") ;;
            sharkd) program=sharkd args=(-)
                    frames=$(capinfos -c -M "$capture" 2>/dev/null | awk '/Number of packets/ { print $NF }')
                    sharkd_requests "$capture" "${frames:-0}" >"$work/requests" ;;
        esac
        label="$program ${args[*]%"$capture"}"
        status=0
        # A time-out catches a loop; 120 s is far above any seed's run time.
        timeout -k 5 120 "${run_as_user[@]}" env -i PATH="$PATH" HOME="$work/home" TZ=UTC \
            LC_ALL=C.UTF-8 WIRESHARK_PLUGIN_DIR="$work/plugins" \
            WIRESHARK_ABORT_ON_DISSECTOR_BUG=1 WIRESHARK_DEBUG_WMEM_OVERRIDE=strict \
            LD_PRELOAD="$asan_runtime" ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
            UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
            "$program" "${args[@]}" <"$([ "$mode" = sharkd ] && echo "$work/requests" || echo /dev/null)" \
            >"$work/stdout" 2>"$work/stderr" || status=$?
        [ "$mode" = sharkd ] && { grep -Ev "$sharkd_chatter" "$work/stderr" >"$work/stderr.own" || true; mv "$work/stderr.own" "$work/stderr"; }
        if [ "$status" != 0 ]; then
            echo "$label: exit $status$([ "$status" -gt 128 ] && echo " (signal $((status - 128)))")"
        elif [ -s "$work/stderr" ]; then
            echo "$label: text on stderr"
        elif grep -q -e 'Dissector bug' -e 'Malformed Packet: SIPEXPLAIN' "$work/stdout"; then
            echo "$label: $(grep -m1 -o -e 'Dissector bug[^]]*' -e 'Malformed Packet: SIPEXPLAIN[^]"]*' "$work/stdout")"
        elif [ "$mode" = sharkd ] && ! grep -q '"id":1,"result":{"status":"OK"}' "$work/stdout"; then
            echo "$label: the capture did not load"
        else
            [ "$mode" = one ] && cp "$work/stdout" "$work/stdout.one"
            continue
        fi
        head -c 4000 "$work/stderr" | sed 's/^/    /'
        return 1
    done
}

# save NAME FILE...: a reproducer folder with the captures and what failed.
save() {
    local dir=$out_dir/$1
    shift
    mkdir -p "$dir"
    cp "$@" "$dir/"
    cp "$work/stderr" "$dir/stderr.txt"
    echo "$dir"
}

mkdir -p "$out_dir"
start=$(date +%s)
done_count=0 failed=0 next=0 explained=0
echo "fuzz-captures: seed $seed, batches of $batch, plugin $plugin, reproducers in $out_dir"
while :; do
    [ "$iterations" != 0 ] && [ "$done_count" -ge "$iterations" ] && break
    [ "$seconds" != 0 ] && [ $(($(date +%s) - start)) -ge "$seconds" ] && break
    rm -rf "$work/batch" && mkdir "$work/batch" && chmod 755 "$work/batch"
    members=()
    size=$batch
    [ "$iterations" != 0 ] && [ $((iterations - done_count)) -lt "$size" ] && size=$((iterations - done_count))
    for ((i = 0; i < size; i++)); do
        capture=$work/batch/$next.pcapng
        if mutate "$next" "$capture" && [ -s "$capture" ]; then
            members+=("$capture")
        else
            # A source text2pcap cannot read is the mutator's problem, not the plugin's.
            [ "$quiet" = 1 ] || echo "capture $next: could not be made: $(tail -n 1 "$capture.how")"
        fi
        next=$((next + 1))
    done
    [ ${#members[@]} -gt 0 ] || continue
    if ! mergecap -a -w "$work/batch/all.pcapng" "${members[@]}" 2>"$work/mergecap.log"; then
        # Not the plugin's doing: the batch is skipped, not counted.
        echo "batch up to capture $((next - 1)) could not be joined: $(head -c 300 "$work/mergecap.log")"
        continue
    fi
    chmod -R a+rX "$work/batch"
    if why=$(check "$work/batch/all.pcapng"); then
        done_count=$((done_count + ${#members[@]}))
        grep -q '^\[SIP Explanation: ' "$work/stdout.one" && explained=$((explained + 1))
    else
        # Which capture fails on its own? If none does, the batch is the reproducer.
        found=0
        for capture in "${members[@]}"; do
            if ! why_one=$(check "$capture"); then
                found=$((found + 1))
                name=$(basename "$capture" .pcapng)
                echo "FAIL capture $name (seed $((seed + name))): $why_one"
                files=("$capture" "$capture.how")
                [ -f "$capture.txt" ] && files+=("$capture.txt")
                echo "  reproducer: $(save "seed-$((seed + name))" "${files[@]}")"
            fi
        done
        if [ "$found" = 0 ]; then
            found=1
            echo "FAIL batch of captures ${members[0]##*/} to ${members[-1]##*/} (only together): $why"
            cat "$work"/batch/*.how >"$work/batch/recipes.txt"
            echo "  reproducer: $(save "batch-$((seed + next))" "$work/batch/all.pcapng" "$work/batch/recipes.txt")"
        fi
        failed=$((failed + found))
        done_count=$((done_count + ${#members[@]}))
    fi
    if [ "$quiet" = 0 ] && [ $((done_count % (batch * 20))) -lt ${#members[@]} ]; then
        echo "  $done_count captures, $failed failed, $(($(date +%s) - start)) s"
    fi
done
# A plugin that did not load would pass every capture: make sure it explained some.
if [ "$done_count" -gt 0 ] && [ "$explained" = 0 ] && [ "$failed" = 0 ]; then
    echo "no run showed a SIP Explanation: the plugin did not run"
    failed=1
fi
echo "$((done_count - failed)) passed, $failed failed"
[ "$failed" = 0 ]
