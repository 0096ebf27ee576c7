#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# What sipexplain costs: the same tshark commands run with and without the
# plugin, alternating, on large generated captures, and the medians of wall
# time, CPU time and peak memory side by side. A Lua post-dissector doing a
# small part of the same job (lua/sipexplain.lua) is measured in the same run.
#
#   bench/run-bench.sh [options]
#     -r, --reps N         repetitions of every measurement (default 5)
#     -m, --messages N     SIP messages in the SIP capture (default 200000)
#     -p, --plugin FILE    the sipexplain.so to measure (default: build/plugin/
#                          sipexplain.so, made with `make build` when missing)
#     -w, --work DIR       captures and scratch files, kept between runs
#                          (default: $SIPEXPLAIN_BENCH_DIR, else
#                          ${TMPDIR:-/tmp}/sipexplain-bench-<uid>)
#     -c, --cases LIST     only these cases, comma-separated: A,B,C,D,E,F,LUA
#     -o, --output FILE    write the table there instead of bench/results/latest.txt
#         --callgrind [N]  instead: instruction counts under valgrind's callgrind
#                          on the first N packets (default 10000) of each
#                          capture, and where the plugin spends them
#     -h, --help
#
# The table goes to stdout and to bench/results/latest.txt (callgrind mode:
# bench/results/callgrind.txt), with the machine, the Wireshark version and
# the plugin's commit. A default run takes about 10 minutes on 2 idle cores
# (20 on a busy machine); --callgrind about 10.
#
# "Without the plugin" and "with" differ only in WIRESHARK_PLUGIN_DIR: an
# empty plugin tree, or one holding only sipexplain.so. Same tshark, same
# user, same private HOME (no personal preferences), same captures. tshark
# run as root ignores WIRESHARK_PLUGIN_DIR, so as root tshark runs as nobody.

# shellcheck disable=SC2034 # the command arrays are read through namerefs (local -n)
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$script_dir")

reps=5
messages=200000
plugin=
work=${SIPEXPLAIN_BENCH_DIR:-${TMPDIR:-/tmp}/sipexplain-bench-$(id -u)}
cases=A,B,C,D,E,F,LUA
callgrind_packets=
output=

usage() { sed -n '/^#   bench/,/^#     -h/s/^# \{0,1\}//p' "$0"; }
die() { echo "run-bench.sh: $*" >&2; exit 1; }
say() { echo "$*" >&2; }

while [ $# -gt 0 ]; do
    case $1 in
        -r|--reps) reps=${2:?}; shift 2 ;;
        -m|--messages) messages=${2:?}; shift 2 ;;
        -p|--plugin) plugin=${2:?}; shift 2 ;;
        -w|--work) work=${2:?}; shift 2 ;;
        -c|--cases) cases=${2:?}; shift 2 ;;
        -o|--output) output=${2:?}; shift 2 ;;
        --callgrind)
            callgrind_packets=10000
            if [[ ${2:-} =~ ^[0-9]+$ ]]; then callgrind_packets=$2; shift; fi
            shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
[[ $reps =~ ^[1-9][0-9]*$ ]] || die "--reps wants a positive number"
[[ $messages =~ ^[1-9][0-9]*$ ]] || die "--messages wants a positive number"
cases=,${cases^^},
wants() { [[ $cases == *",$1,"* ]]; }

for tool in tshark editcap cc sha256sum; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install tshark gcc coreutils)"
done
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (apt-get install time)"
if [ -n "$callgrind_packets" ]; then
    command -v valgrind >/dev/null || die "valgrind is missing (apt-get install valgrind)"
fi

plugin_given=${plugin:+yes}
if [ -z "$plugin" ]; then
    plugin=$repo/build/plugin/sipexplain.so
    [ -f "$plugin" ] || make -C "$repo" --no-print-directory build >&2
fi
[ -f "$plugin" ] || die "no plugin at $plugin"

ws_version=$(tshark --version 2>/dev/null | sed -n '1s/^TShark (Wireshark) //p')
major_minor=$(sed -n 's/^\([0-9]*\.[0-9]*\).*/\1/p' <<<"$ws_version")
[ -n "$major_minor" ] || die "cannot read tshark's version"

# ---- the work folder: captures are cached, the rest is remade each run ----

# tshark runs as nobody when we are root, so everything it reads must be
# reachable by others; files it writes (HOME, callgrind output) belong to it.
mkdir -p "$work/captures"
chmod 755 "$work" "$work/captures"
run=$work/run
rm -rf "$run"
mkdir -p "$run/with/$major_minor/epan" "$run/without/$major_minor/epan" "$run/home" "$run/out"
cp "$plugin" "$run/with/$major_minor/epan/sipexplain.so"   # a copy: a rebuild during the run changes nothing
plugin_sha=$(sha256sum "$run/with/$major_minor/epan/sipexplain.so" | cut -c1-12)
cp "$script_dir/lua/sipexplain.lua" "$run/sipexplain.lua"
chmod -R a+rX "$run"

as_user=()
if [ "$(id -u)" = 0 ]; then
    chown nobody "$run/home" "$run/out"
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi

# The generator's hash is in the file names: a changed generator makes new captures.
gen_hash=$(sha256sum "$script_dir/gen-captures.c" | cut -c1-12)
generator=$work/gen-captures-$gen_hash
sip=$work/captures/sip-$messages-$gen_hash.pcap
other_base=$work/captures/other-$messages-$gen_hash
empty=$work/captures/empty.pcap

if [ ! -x "$generator" ]; then
    say "Compiling the capture generator"
    cc -O2 -o "$generator.tmp" "$script_dir/gen-captures.c"
    mv "$generator.tmp" "$generator"
fi
if [ ! -f "$sip" ]; then
    say "Generating $sip"
    "$generator" sip "$messages" "$sip.tmp" | tee "$sip.info" >&2
    mv "$sip.tmp" "$sip"
fi
# The non-SIP capture has as many packets as the SIP one.
sip_packets=$(sed -n 's/.* in \([0-9]*\) packets.*/\1/p' "$sip.info")
other=$other_base.pcap
if [ ! -f "$other" ]; then
    say "Generating $other"
    "$generator" other "$sip_packets" "$other.tmp" >&2
    mv "$other.tmp" "$other"
fi
# A pcap file header and no packet: the start-up cost of reading a file.
[ -f "$empty" ] || { head -c 24 "$sip" >"$empty.tmp" && mv "$empty.tmp" "$empty"; }
chmod a+r "$work"/captures/*
if ! "${as_user[@]}" test -r "$sip"; then
    die "tshark's user cannot read $sip: choose a --work folder that others can enter"
fi

# ---- running tshark ----

# measure KEY TREE TSHARK-ARGS...: one run, output to /dev/null; appends
# "KEY wall cpu rss" to the samples. TREE (without, with) picks the plugin
# folder; HOME is private, so no personal preferences or plugins count.
# /usr/bin/time runs as the caller and waits for tshark itself (setpriv and
# env exec it), so its figures are tshark's.
samples=$run/samples.txt
: >"$samples"
measure() {
    local key=$1 tree=$2 status=0
    shift 2
    /usr/bin/time -v -o "$run/time.txt" "${as_user[@]}" \
        env -i PATH="$PATH" HOME="$run/home" TZ=UTC LC_ALL=C.UTF-8 WIRESHARK_PLUGIN_DIR="$run/$tree" \
        tshark "$@" >/dev/null 2>"$run/stderr.txt" || status=$?
    if [ "$status" -ne 0 ]; then
        say "tshark $* failed ($status):"
        head -c 2000 "$run/stderr.txt" >&2
        exit 1
    fi
    awk -v key="$key" -F': ' '
        /Elapsed \(wall clock\)/ {
            n = split($NF, part, ":"); wall = 0
            for (i = 1; i <= n; i++) wall = wall * 60 + part[i]
        }
        /User time \(seconds\)/ { cpu += $NF }
        /System time \(seconds\)/ { cpu += $NF }
        /Maximum resident set size/ { rss = $NF }
        END { printf "%s %.2f %.2f %d\n", key, wall, cpu, rss }' "$run/time.txt" >>"$samples"
    say "    $(tail -n 1 "$samples")"
}

# The commands. The Lua script runs without the plugin.
lua=(-X "lua_script:$run/sipexplain.lua")
cmd_A=(-r "$sip" -T fields -e sip.Status-Code)
cmd_B=("${cmd_A[@]}" -e sipexplain.class -e sipexplain.summary)
cmd_LA=("${lua[@]}" "${cmd_A[@]}")
cmd_C_without=(-r "$sip" -Y 'sip.Status-Code >= 600')
cmd_C_with=(-r "$sip" -Y 'sipexplain.class == 6')
cmd_D=(-2 "${cmd_A[@]}")
cmd_E1=(-r "$sip")
cmd_E2=(-r "$other")
cmd_LE1=("${lua[@]}" "${cmd_E1[@]}")
cmd_LE2=("${lua[@]}" "${cmd_E2[@]}")
cmd_F1=(-G plugins)
cmd_F2=(-r "$empty")
cmd_LF2=("${lua[@]}" "${cmd_F2[@]}")

# Groups of runs of one capture, alternated within a repetition.
# Each entry: "KEY TREE COMMAND-ARRAY".
group_A=("A-without without cmd_A" "A-with with cmd_A")
wants B && group_A+=("B-with with cmd_B")
wants LUA && group_A+=("LA-with without cmd_LA")
group_C=("C-without without cmd_C_without" "C-with with cmd_C_with")
group_D=("D-without without cmd_D" "D-with with cmd_D")
group_E1=("E1-without without cmd_E1" "E1-with with cmd_E1")
group_E2=("E2-without without cmd_E2" "E2-with with cmd_E2")
wants LUA && group_E1+=("LE1-with without cmd_LE1") && group_E2+=("LE2-with without cmd_LE2")
group_F1=("F1-without without cmd_F1" "F1-with with cmd_F1")
group_F2=("F2-without without cmd_F2" "F2-with with cmd_F2")
wants LUA && group_F2+=("LF2-with without cmd_LF2")

groups=()
if wants A || wants B || wants LUA; then groups+=(group_A); fi
if wants C; then groups+=(group_C); fi
if wants D; then groups+=(group_D); fi
if wants E || wants LUA; then groups+=(group_E1 group_E2); fi
if wants F || wants LUA; then groups+=(group_F2); fi
if wants F; then groups+=(group_F1); fi

run_entry() {
    local key tree command
    read -r key tree command <<<"$1"
    local -n args=$command
    measure "$key" "$tree" "${args[@]}"
}

# ---- the machine, for the record ----

cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
# The commit, the last one that changed plugin/, and whether plugin/ has
# uncommitted changes (the .so may then be newer than any commit).
commit=$(git -C "$repo" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
plugin_commit=$(git -C "$repo" log -1 --format=%h --abbrev=12 -- plugin 2>/dev/null || true)
[ -z "$plugin_commit" ] || commit+=", plugin/ from $plugin_commit"
if ! git -C "$repo" diff --quiet HEAD -- plugin 2>/dev/null; then
    commit+=" with uncommitted changes"
fi
commit_date=$(git -C "$repo" log -1 --format=%cs 2>/dev/null || echo unknown)
plugin_label="commit $commit ($commit_date)"
[ -z "$plugin_given" ] || plugin_label="$plugin (given with --plugin; the repository is at $plugin_label)"
header() {
    echo "sipexplain benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine:   $(nproc) CPUs, ${cpu_model:-unknown CPU}, $(uname -sr)"
    echo "load:      $1"
    echo "wireshark: $ws_version"
    echo "plugin:    $plugin_label; sha256 $plugin_sha"
    echo "captures:  $(cat "$sip.info"); non-SIP: $sip_packets packets of DNS over UDP and HTTP over TCP"
}

# ---- callgrind mode ----

if [ -n "$callgrind_packets" ]; then
    slice=$work/captures/sip-$messages-$gen_hash-first$callgrind_packets.pcap
    [ -f "$slice" ] || editcap -r "$sip" "$slice" "1-$callgrind_packets"
    chmod a+r "$slice"
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    other_slice=$other_base-first$callgrind_packets.pcap
    [ -f "$other_slice" ] || editcap -r "$other" "$other_slice" "1-$callgrind_packets"
    chmod a+r "$other_slice"
    report=$run/callgrind.txt
    # Each case: the command without the plugin, and with it. "startup" reads
    # an empty capture: subtracted from each, it leaves what the packets cost.
    cg_cases=(startup A C D E1 E2)
    cg_startup_without=(-r "$empty"); cg_startup_with=(-r "$empty")
    cg_A_without=(-r "$slice" -T fields -e sip.Status-Code); cg_A_with=("${cg_A_without[@]}")
    cg_C_without=(-r "$slice" -Y 'sip.Status-Code >= 600')
    cg_C_with=(-r "$slice" -Y 'sipexplain.class == 6')
    cg_D_without=(-2 "${cg_A_without[@]}"); cg_D_with=("${cg_D_without[@]}")
    cg_E1_without=(-r "$slice"); cg_E1_with=("${cg_E1_without[@]}")
    cg_E2_without=(-r "$other_slice"); cg_E2_with=("${cg_E2_without[@]}")
    for name in "${cg_cases[@]}"; do
        for side in without with; do
            declare -n cg_args=cg_${name}_$side
            say "callgrind: case $name $side the plugin (a minute or two)"
            "${as_user[@]}" env -i PATH="$PATH" HOME="$run/home" TZ=UTC LC_ALL=C.UTF-8 \
                WIRESHARK_PLUGIN_DIR="$run/$side" valgrind --tool=callgrind \
                --callgrind-out-file="$run/out/$name-$side.callgrind" \
                tshark "${cg_args[@]}" >/dev/null 2>"$run/stderr.txt" ||
                { cat "$run/stderr.txt" >&2; die "valgrind failed"; }
            # --threshold=100: every function, not only those making up 99%.
            callgrind_annotate --inclusive=no --threshold=100 "$run/out/$name-$side.callgrind" \
                >"$run/out/$name-$side.self.txt" 2>/dev/null
            callgrind_annotate --inclusive=yes --threshold=100 "$run/out/$name-$side.callgrind" \
                >"$run/out/$name-$side.inclusive.txt" 2>/dev/null
            unset -n cg_args
        done
    done

    # total FILE-KEY: the program's instruction count.
    total() { awk '/PROGRAM TOTALS/ { gsub(",", ""); print $1 }' "$run/out/$1.self.txt"; }
    # inclusive FILE-KEY FUNCTION: a function's inclusive count (callgrind
    # lists some twice, once by file and once as ???; the larger is right).
    inclusive() {
        sed -nE "s/^ *([0-9,]+) \(.*:$2( .*)?\$/\1/p" "$run/out/$1.inclusive.txt" | tr -d , |
            sort -n | tail -n 1
    }
    # self_costs FILE-KEY: "count<TAB>function [library]", one line per function.
    self_costs() {
        sed -nE 's/^ *([0-9,]+) \( *[0-9.]+%\) +(.*)$/\1\t\2/p' "$run/out/$1.self.txt" |
            awk -F'\t' '$2 != "PROGRAM TOTALS" {
                gsub(",", "", $1); name = $2; lib = ""
                if (match(name, / \[.*\]$/)) {
                    lib = substr(name, RSTART + 2, RLENGTH - 3); name = substr(name, 1, RSTART - 1)
                    n = split(lib, part, "/"); lib = part[n]
                }
                sub(/^.*:/, "", name)
                gsub(/\/[^ >]*\//, "", name)   # <counts for unidentified lines in /dir/file.c>
                cost[name " [" lib "]"] += $1
            }
            END { for (f in cost) printf "%d\t%s\n", cost[f], f }'
    }
    mega() { awk -v n="$1" 'BEGIN { printf "%.1fM", n / 1e6 }'; }
    share() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", (b > 0 ? 100 * a / b : 0) }'; }

    {
        header "$load_before (start), $(cut -d' ' -f1-3 /proc/loadavg) (end)"
        echo "slices:    the first $callgrind_packets packets of the SIP and of the non-SIP capture;" \
             "instructions (Ir) counted by valgrind --tool=callgrind"
        echo "per packet: each run's count less the same side's start-up (an empty capture)"
        echo
        printf '%-46s %13s %13s %13s %13s %7s\n' case "without" "with" \
            "packets w/o" "packets with" ratio
        start_without=$(total startup-without); start_with=$(total startup-with)
        for name in "${cg_cases[@]}"; do
            a=$(total "$name-without"); b=$(total "$name-with")
            if [ "$name" = startup ]; then
                label="F  start-up: empty capture"
                pa=-; pb=-
                ratio="+$(mega $((b - a)))"
            else
                case $name in
                    A) label="A  -T fields -e sip.Status-Code" ;;
                    C) label="C  -Y class==6 / Status-Code>=600" ;;
                    D) label="D  A with -2" ;;
                    E1) label="E  plain -r, SIP slice" ;;
                    E2) label="E  plain -r, non-SIP slice" ;;
                esac
                pa=$((a - start_without)); pb=$((b - start_with))
                ratio=$(awk -v a="$pa" -v b="$pb" 'BEGIN { printf "%.3fx", b / a }')
            fi
            printf '%-46s %13s %13s %13s %13s %7s\n' "$label" "$a" "$b" "$pa" "$pb" "$ratio"
        done
        echo
        echo "Where the extra instructions go: the plugin's own work (dissect_sipexplain with"
        echo "all it calls, its subtree included), and the rest (Wireshark building, walking"
        echo "and freeing more of the protocol tree, calling the post-dissector)"
        printf '%-6s %10s %22s %22s\n' case extra "plugin (inclusive)" "rest"
        for name in A C D E1 E2; do
            a=$(( $(total "$name-without") - start_without )); b=$(( $(total "$name-with") - start_with ))
            plugin_cost=$(inclusive "$name-with" dissect_sipexplain)
            plugin_cost=${plugin_cost:-0}
            printf '%-6s %10s %14s (%5s) %14s (%5s)\n' "$name" "$(mega $((b - a)))" \
                "$(mega "$plugin_cost")" "$(share "$plugin_cost" $((b - a)))" \
                "$(mega $((b - a - plugin_cost)))" "$(share $((b - a - plugin_cost)) $((b - a)))"
        done
        for name in A C; do
            echo
            echo "case $name: functions whose own cost grew most with the plugin"
            self_costs "$name-without" >"$run/out/$name-without.costs"
            self_costs "$name-with" >"$run/out/$name-with.costs"
            awk -F'\t' 'FNR == NR { before[$2] = $1; next } { print $1 - before[$2] "\t" $2 }' \
                "$run/out/$name-without.costs" "$run/out/$name-with.costs" | sort -rn |
                sed -n '1,10p' | awk -F'\t' '{ printf "  %+10.1fM  %s\n", $1 / 1e6, $2 }'
            echo
            echo "case $name: top functions of sipexplain.so (own cost)"
            { grep '\[sipexplain\.so\]$' "$run/out/$name-with.costs" || true; } | sort -rn |
                sed -n '1,10p' | awk -F'\t' '{ printf "  %10.1fM  %s\n", $1 / 1e6, $2 }'
        done
    } >"$report"
    say "callgrind files: $run/out (until the next run)"
    output=${output:-$script_dir/results/callgrind.txt}
    mkdir -p "$(dirname "$output")"
    cp "$report" "$output"
    cat "$report"
    exit 0
fi

# ---- timing mode ----

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date +%s)
for ((rep = 1; rep <= reps; rep++)); do
    say "Repetition $rep of $reps"
    for group in "${groups[@]}"; do
        declare -n entries=$group
        # Rotate the order each repetition, so that neither side always runs
        # first (cache warmth, other load on the machine).
        count=${#entries[@]}
        for ((i = 0; i < count; i++)); do
            run_entry "${entries[(i + rep - 1) % count]}"
        done
        unset -n entries
    done
done
elapsed=$(( $(date +%s) - started ))

# median KEY COLUMN (2 wall, 3 cpu, 4 rss): the median of that figure's samples.
median() {
    awk -v key="$1" -v col="$2" '$1 == key { print $col }' "$samples" | sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) exit; print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# paired WITHOUT-KEY WITH-KEY: the median of each repetition's CPU-time
# ratio (both sides of a repetition ran minutes apart at most, so slow
# changes in the machine's speed cancel out).
paired() {
    awk -v a="$1" -v b="$2" '$1 == a { x[++na] = $3 } $1 == b { y[++nb] = $3 }
        END { for (i = 1; i <= na && i <= nb; i++) if (x[i] > 0) print y[i] / x[i] }' "$samples" |
        sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) exit; printf "%.2fx", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# row TITLE WITHOUT-KEY WITH-KEY
row() {
    local title=$1 a=$2 b=$3
    local wa wb ca cb ra rb pr
    wa=$(median "$a" 2); wb=$(median "$b" 2)
    ca=$(median "$a" 3); cb=$(median "$b" 3)
    ra=$(median "$a" 4); rb=$(median "$b" 4)
    pr=$(paired "$a" "$b")
    [ -n "$wa" ] && [ -n "$wb" ] || return 0
    awk -v t="$title" -v wa="$wa" -v wb="$wb" -v ca="$ca" -v cb="$cb" -v ra="$ra" -v rb="$rb" \
        -v pr="$pr" '
        function ratio(x, y) { return x > 0 ? sprintf("%.2fx", y / x) : "-" }
        BEGIN {
            printf "%-40s %7.2f %7.2f %6s | %7.2f %7.2f %6s %6s | %6.0f %6.0f %6s\n",
                t, wa, wb, ratio(wa, wb), ca, cb, ratio(ca, cb), pr, ra / 1024, rb / 1024,
                ratio(ra, rb)
        }'
}

table() {
    header "$load_before (start), $(cut -d' ' -f1-3 /proc/loadavg) (end)"
    echo "runs:      $reps repetitions, medians; $elapsed s in all; output to /dev/null"
    echo
    printf '%-40s %23s | %29s | %20s\n' "" "wall time (s)" "CPU user+sys (s)" "peak RSS (MB)"
    printf '%-40s %7s %7s %6s | %7s %7s %6s %6s | %6s %6s %6s\n' case \
        without with ratio without with ratio paired without with ratio
    row "A  -T fields -e sip.Status-Code" A-without A-with
    row "B  A + -e sipexplain.class,summary [1]" A-without B-with
    row "C  -Y class==6 / Status-Code>=600 [2]" C-without C-with
    row "D  A with -2" D-without D-with
    row "E  plain -r, SIP capture" E1-without E1-with
    row "E  plain -r, non-SIP capture" E2-without E2-with
    row "F  start-up: -G plugins" F1-without F1-with
    row "F  start-up: empty capture" F2-without F2-with
    row "Lua  A (Lua script vs nothing)" A-without LA-with
    row "Lua  E, SIP capture" E1-without LE1-with
    row "Lua  E, non-SIP capture" E2-without LE2-with
    row "Lua  start-up: empty capture" F2-without LF2-with
    echo
    if wants B; then echo "[1] needs the plugin: compared with A without it."; fi
    if wants C; then
        echo "[2] with the plugin -Y 'sipexplain.class == 6', without it -Y 'sip.Status-Code >= 600'."
    fi
    if wants LUA; then
        echo "Lua rows: -X lua_script:bench/lua/sipexplain.lua and no plugin, against no plugin."
    fi
    echo "Wall time counts waiting for a busy CPU; on a shared machine, read the CPU columns."
    echo "paired: the median of each repetition's own CPU-time ratio."
    # How far apart the same command's CPU times were: what a ratio here can resolve.
    awk '{ if (!($1 in lo) || $3 < lo[$1]) lo[$1] = $3; if ($3 > hi[$1]) hi[$1] = $3 }
         END { for (k in lo) if (lo[k] >= 1 && hi[k] / lo[k] > worst) { worst = hi[k] / lo[k]; key = k }
               if (key != "") printf "Noise: the same command'"'"'s CPU time varied up to %.2fx between" \
                   " repetitions (%s); ratios closer to 1 than that are within the noise, and\n" \
                   "bench/results/callgrind.txt (make bench-instructions) counts instructions instead.\n",
                   worst, key }' "$samples"
}

output=${output:-$script_dir/results/latest.txt}
mkdir -p "$(dirname "$output")"
table | tee "$output"
