#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# What sipexplain costs: the same commands run with and without the plugin.
#
#   timing (default)  tshark on large generated captures, alternating, five
#                     times: medians of wall time, CPU time and peak memory, and
#                     a Lua post-dissector doing a small part of the same job
#                     (lua/sipexplain.lua); bench/results/latest.txt
#   --callgrind       instruction counts of tshark, sharkd and (--gui) the real
#                     Wireshark, each row against its budget; the exit status
#                     says whether every budget held; bench/results/callgrind.txt
#   --scaling         tshark on captures of 10,000 to 1,000,000 whole calls: time
#                     and memory per packet and per call as the capture grows;
#                     bench/results/scaling.txt
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
#                          capture, and where the plugin spends them (the rows
#                          and their budgets: cg_rows below)
#         --gui            with --callgrind: also the rows of the real Wireshark
#                          GUI (Xvfb; about 13 more minutes)
#         --rows LIST      with --callgrind: only these rows, e.g. A,P,K1
#         --scaling [LIST] instead: the scaling measurement, on captures of LIST
#                          calls (comma-separated, default 10000,100000,1000000)
#         --keep-captures  with --scaling: keep the big captures (deleted otherwise)
#         --prefixes LIST  with --scaling: the prefixes counted under callgrind
#                          (packets, default 10000,100000; "0" for none)
#     -h, --help
#
# The table goes to stdout and to bench/results/latest.txt (callgrind.txt,
# scaling.txt), with the machine, the Wireshark version and the plugin's
# commit, and no path of this machine. Exit status: 0, or in callgrind mode 1
# when a row exceeded its budget; 2 when something could not be measured.
# On 2 cores, a default run takes about 10 minutes (20 on a busy machine);
# --callgrind about 25, with --gui about 40; --scaling about 40.
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
gui=
rows=
scaling_sizes=
keep_captures=
prefixes=
output=

usage() { sed -n '/^#   bench/,/^#     -h/s/^# \{0,1\}//p' "$0"; }
die() { echo "run-bench.sh: $*" >&2; exit 2; }
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
        --gui) gui=yes; shift ;;
        --scaling)
            scaling_sizes=10000,100000,1000000
            if [[ ${2:-} =~ ^[0-9,]+$ ]]; then scaling_sizes=$2; shift; fi
            shift ;;
        --keep-captures) keep_captures=yes; shift ;;
        --prefixes) prefixes=${2:?}; shift 2 ;;
        --rows) rows=,${2:?},; rows=${rows^^}; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
[[ $reps =~ ^[1-9][0-9]*$ ]] || die "--reps wants a positive number"
[[ $messages =~ ^[1-9][0-9]*$ ]] || die "--messages wants a positive number"
cases=,${cases^^},
wants() { [[ $cases == *",$1,"* ]]; }

for tool in tshark editcap capinfos cc sha256sum; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install tshark gcc coreutils)"
done
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (apt-get install time)"
if [ -n "$callgrind_packets" ]; then
    command -v valgrind >/dev/null || die "valgrind is missing (apt-get install valgrind)"
    command -v sharkd >/dev/null || die "sharkd is missing (apt-get install wireshark-common)"
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
# One scratch folder per mode, so that a timing run and a callgrind run can go on at once.
mode=timing
[ -z "$callgrind_packets" ] || mode=callgrind
[ -z "$scaling_sizes" ] || mode=scaling
run=$work/run-$mode
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
# Only the file's name: results files hold no path of this machine.
[ -z "$plugin_given" ] || plugin_label="$(basename "$plugin") given with --plugin (the repository is at $plugin_label)"
header() {
    echo "SPDX-License-Identifier: GPL-2.0-or-later"
    echo "sipexplain benchmark ($mode), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine:   $(nproc) CPUs, ${cpu_model:-unknown CPU}, $(uname -sr)"
    echo "load:      $1"
    echo "wireshark: $ws_version"
    echo "plugin:    $plugin_label; sha256 $plugin_sha"
    echo "captures:  ${2:-$(cat "$sip.info"); non-SIP: $sip_packets packets of DNS over UDP and HTTP over TCP}"
}

# ---- callgrind mode ----

# The rows, one a line: adding a case is adding a line. Fields, split at "|":
#   id       short name, used in file names and in the table
#   budget   the highest ratio allowed (with / without, start-up subtracted),
#            or "-" for a row that is only reported
#   needs    "-", or comma-separated conditions; a row whose condition fails is
#            skipped, and said so:
#              pref:NAME  the plugin registers preference NAME (tshark -G defaultprefs)
#              gui        --gui was given (the real Wireshark, slower)
#   program  tshark     tshark -r CAPTURE OPTIONS
#            sharkd     sharkd -, a "load" of CAPTURE then "status" (JSON-RPC on stdin)
#            wireshark  the real GUI, wireshark -r CAPTURE OPTIONS under Xvfb, sent
#                       SIGTERM once its first pass is over and it is idle
#   capture  sip or other: the first N packets (--callgrind N, 10000) of the SIP or
#            the non-SIP capture; sip@1000: the first 1000
#   without  options without the plugin, as on a shell command line; "-" none
#   with     options with the plugin; "=" the same as without
#   what     the label in the table
# Every run is measured again on an empty capture with the same program, options
# and plugin tree, and that start-up is subtracted.
cg_rows() {
    cat <<'EOF'
A   | 1.02 | -                    | tshark    | sip      | -T fields -e sip.Status-Code | =                     | -T fields -e sip.Status-Code
D   | 1.02 | -                    | tshark    | sip      | -2 -T fields -e sip.Status-Code | =                  | the same with -2
E1  | 1.02 | -                    | tshark    | sip      | -                            | =                     | plain -r, SIP
E2  | 1.02 | -                    | tshark    | other    | -                            | =                     | plain -r, non-SIP
S   | 1.02 | -                    | tshark    | sip      | -Y 'sip.Status-Code >= 400'  | =                     | -Y on SIP fields only
C   | 1.10 | -                    | tshark    | sip      | -Y 'sip.Status-Code >= 600'  | -Y 'sipexplain.class == 6' | -Y class==6 / Status-Code>=600
P   | 1.10 | -                    | tshark    | sip      | -Y 'sip.Status-Code >= 400'  | -Y sipexplain.problem | -Y problem / Status-Code>=400
Z   | 1.15 | -                    | tshark    | sip      | -q -z sip,stat               | -q -z sipexplain,tree | -z sipexplain,tree / -z sip,stat
V   | 1.10 | -                    | tshark    | sip@1000 | -V                           | =                     | -V, first 1000 packets
AL1 | 1.10 | pref:sipexplain.on_demand | tshark | sip   | -                            | -o sipexplain.on_demand:FALSE | always (on_demand off), SIP
AL2 | 1.02 | pref:sipexplain.on_demand | tshark | other | -                            | -o sipexplain.on_demand:FALSE | always (on_demand off), non-SIP
K1  | 1.10 | -                    | sharkd    | sip      | -                            | =                     | sharkd load, SIP
K2  | 1.02 | -                    | sharkd    | other    | -                            | =                     | sharkd load, non-SIP
G1  | 1.10 | gui                  | wireshark | sip      | -                            | =                     | Wireshark GUI load, SIP
G2  | 1.02 | gui                  | wireshark | other    | -                            | =                     | Wireshark GUI load, non-SIP
EOF
}
# How many times each run of a GUI row is made (see below).
gui_reps=2
# Rows whose functions are listed after the table (where the extra goes).
cg_detail_rows=" C P Z K1 "
# The plugin's dissector function: plugin/pk is its inclusive cost ("-" when
# the plugin has no function of that name).
plugin_entry=dissect_sipexplain

if [ -n "$callgrind_packets" ]; then
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    started=$(date +%s)
    report=$run/callgrind.txt
    rows_file=$run/rows.txt
    : >"$rows_file"

    # slice WHICH PACKETS: the first PACKETS packets of the sip or other capture.
    slice() {
        local source file
        case $1 in sip) source=$sip ;; other) source=$other ;; *) die "no capture named $1" ;; esac
        file=${source%.pcap}-first$2.pcap
        if [ ! -f "$file" ]; then
            editcap -r "$source" "$file.tmp.pcap" "1-$2"
            mv "$file.tmp.pcap" "$file"
        fi
        chmod a+r "$file"
        echo "$file"
    }
    # packets FILE: how many packets a capture holds.
    packets() { capinfos -M -c "$1" | sed -n 's/^Number of packets: *//p'; }

    # Xvfb for the GUI rows, started on the first one and stopped on exit.
    xvfb_pid='' display=''
    start_xvfb() {
        [ -z "$xvfb_pid" ] || return 0
        command -v Xvfb >/dev/null || die "Xvfb is missing (apt-get install xvfb)"
        command -v wireshark >/dev/null || die "wireshark is missing (apt-get install wireshark-qt)"
        exec 9>"$run/display"
        # Local connections need no authority: the GUI runs as tshark's user.
        Xvfb -displayfd 9 -screen 0 1280x1024x24 -nolisten tcp >"$run/xvfb.log" 2>&1 &
        xvfb_pid=$!
        exec 9>&-
        for _ in $(seq 50); do
            display=$(tr -dc 0-9 <"$run/display")
            [ -z "$display" ] || break
            sleep 0.1
        done
        [ -n "$display" ] || die "Xvfb did not start: $(cat "$run/xvfb.log")"
        display=:$display
    }
    trap '[ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true' EXIT

    # calls PROFILE FUNCTION: how many calls the profile records to FUNCTION.
    calls() {
        awk -v fn="$2" '
            function named(s,   id) {
                if (match(s, /^\([0-9]+\) /)) { id = substr(s, 1, RLENGTH - 1); name[id] = substr(s, RLENGTH + 1); return name[id] }
                if (s ~ /^\(/) return name[s]
                return s
            }
            /^fn=/ { named(substr($0, 4)); next }
            /^cfn=/ { current = named(substr($0, 5)); next }
            /^calls=/ && current == fn { split(substr($0, 7), c, " "); total += c[1] }
            END { print total + 0 }' "$1"
    }

    # cg_run SIDE PROGRAM CAPTURE OPTIONS...: one run under callgrind; prints
    # the key of its profile, $run/out/KEY.callgrind. The same run asked for
    # twice (a start-up shared by rows) is measured once; cg_rep=2 cg_run ...
    # asks for a second, separate run.
    cg_rep=1
    cg_run() {
        local side=$1 program=$2 capture=$3 key file expected
        shift 3
        key=$program-$side-$(printf '%s\n' "$cg_rep" "$capture" "$@" | sha256sum | cut -c1-10)
        file=$run/out/$key.callgrind
        if [ ! -f "$file" ]; then
            local t0=$SECONDS
            local env_args=(env -i PATH="$PATH" HOME="$run/home" TZ=UTC LC_ALL=C.UTF-8
                            WIRESHARK_PLUGIN_DIR="$run/$side")
            local vg=(valgrind --tool=callgrind --callgrind-out-file="$file")
            expected=$(packets "$capture")
            say "callgrind: $program $side the plugin, $(basename "$capture"), options: ${*:-none}"
            case $program in
                tshark)
                    "${as_user[@]}" "${env_args[@]}" "${vg[@]}" tshark -r "$capture" "$@" \
                        </dev/null >/dev/null 2>"$run/stderr.txt" ||
                        { tail -n 20 "$run/stderr.txt" >&2; die "tshark under valgrind failed"; }
                    ;;
                sharkd)
                    printf '{"jsonrpc":"2.0","id":1,"method":"load","params":{"file":"%s"}}\n{"jsonrpc":"2.0","id":2,"method":"status"}\n' \
                        "$capture" |
                        "${as_user[@]}" "${env_args[@]}" "${vg[@]}" sharkd - "$@" \
                            >"$run/sharkd.txt" 2>"$run/stderr.txt" ||
                        { tail -n 20 "$run/stderr.txt" >&2; die "sharkd under valgrind failed"; }
                    grep -q "\"frames\":$expected," "$run/sharkd.txt" ||
                        die "sharkd did not load the $expected packets of $capture: $(tail -c 300 "$run/sharkd.txt")"
                    ;;
                wireshark)
                    [ -n "$display" ] || die "Xvfb was not started"
                    local pid ticks last=-1 still=0
                    # A new, empty HOME for every run: what one run leaves there
                    # (recent files, window state) would change the next one's work.
                    # %p: the GUI forks children (to run dumpcap), which would
                    # otherwise write the same profile.
                    local gui_home=$run/gui-home
                    rm -rf "$gui_home"
                    mkdir -m 700 "$gui_home"
                    [ ${#as_user[@]} -eq 0 ] || chown nobody "$gui_home"
                    "${as_user[@]}" "${env_args[@]}" HOME="$gui_home" DISPLAY="$display" XDG_RUNTIME_DIR="$gui_home" \
                        valgrind --tool=callgrind --callgrind-out-file="$file.%p" \
                        wireshark -r "$capture" "$@" </dev/null >/dev/null 2>"$run/stderr.txt" &
                    pid=$!
                    # Idle: its CPU time (all threads) grew by at most one tick in
                    # each of the last four half-seconds.
                    while sleep 0.5; do
                        ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null) ||
                            { tail -n 20 "$run/stderr.txt" >&2; die "wireshark ended by itself"; }
                        if [ $((ticks - last)) -le 1 ]; then still=$((still + 1)); else still=0; fi
                        last=$ticks
                        [ "$still" -lt 4 ] || break
                        [ $((SECONDS - t0)) -lt 3600 ] || { kill -TERM "$pid"; die "wireshark never went idle"; }
                    done
                    kill -TERM "$pid"
                    wait "$pid" || true
                    [ -f "$file.$pid" ] || die "callgrind wrote no profile for wireshark ($file.$pid)"
                    mv "$file.$pid" "$file"
                    rm -f "$file".[0-9]*
                    # The first pass went through every packet.
                    [ "$(calls "$file" epan_dissect_run_with_taps)" -eq "$expected" ] ||
                        die "wireshark was stopped before it had read the $expected packets of $capture"
                    ;;
            esac
            say "    $(total_of "$file") instructions, $((SECONDS - t0)) s"
        fi
        echo "$key"
    }
    # total_of PROFILE: the program's instruction count.
    total_of() { sed -n 's/^summary: *//p' "$1" | head -n 1; }
    annotate() {
        local key=$1
        [ -f "$run/out/$key.self.txt" ] && return 0
        # --threshold=100: every function, not only those making up 99%.
        callgrind_annotate --auto=no --inclusive=no --threshold=100 "$run/out/$key.callgrind" \
            >"$run/out/$key.self.txt" 2>/dev/null
        callgrind_annotate --auto=no --inclusive=yes --threshold=100 "$run/out/$key.callgrind" \
            >"$run/out/$key.inclusive.txt" 2>/dev/null
    }
    # inclusive KEY FUNCTION: a function's inclusive count (callgrind lists
    # some twice, once by file and once as ???; the larger is right).
    inclusive() {
        annotate "$1"
        sed -nE "s/^ *([0-9,]+) \(.*:$2( .*)?\$/\1/p" "$run/out/$1.inclusive.txt" | tr -d , |
            sort -n | tail -n 1
    }
    # self_costs KEY: "count<TAB>function [library]", one line per function.
    self_costs() {
        annotate "$1"
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

    # The plugin's preferences, for rows that need one.
    "${as_user[@]}" env -i PATH="$PATH" HOME="$run/home" WIRESHARK_PLUGIN_DIR="$run/with" \
        tshark -G defaultprefs >"$run/prefs.txt" 2>/dev/null || true
    "${as_user[@]}" env -i PATH="$PATH" HOME="$run/home" WIRESHARK_PLUGIN_DIR="$run/with" \
        tshark -G plugins 2>/dev/null | grep -q sipexplain || die "tshark does not load $plugin"
    # unmet NEEDS: prints why a row is skipped, nothing when it can run.
    unmet() {
        local need
        [ "$1" = - ] && return 0
        for need in ${1//,/ }; do
            case $need in
                pref:*) grep -q "^#\{0,1\}${need#pref:}:" "$run/prefs.txt" ||
                            echo "the plugin has no preference ${need#pref:}" ;;
                gui) [ -n "$gui" ] || echo "needs --gui" ;;
                *) die "unknown condition $need" ;;
            esac
        done | head -n 1
    }
    trim() { local s=$1; s=${s#"${s%%[! ]*}"}; echo "${s%"${s##*[! ]}"}"; }

    # Each row: run both sides and their start-ups, then one line in $rows_file:
    # id budget verdict packets base-without base-with extra/pkt plugin/pkt ratio what
    while IFS='|' read -r id budget needs program capture without with what; do
        id=$(trim "$id"); budget=$(trim "$budget"); needs=$(trim "$needs")
        program=$(trim "$program"); capture=$(trim "$capture"); what=$(trim "$what")
        without=$(trim "$without"); with=$(trim "$with")
        [ -n "$id" ] || continue
        [ -z "$rows" ] || [[ $rows == *",${id^^},"* ]] || continue
        [ "$with" != = ] || with=$without
        [ "$without" != - ] || without=
        [ "$with" != - ] || with=
        # The options are this script's own text, split as the shell would.
        opts_without=() opts_with=()
        eval "opts_without=($without)"
        eval "opts_with=($with)"
        why=$(unmet "$needs")
        if [ -n "$why" ]; then
            # Tabs are whitespace to read: every field is filled, the reason in the fourth.
            printf '%s\t%s\tskipped\t%s\t-\t-\t-\t-\t-\t-\t%s\n' "$id" "$budget" "$why" "$what" >>"$rows_file"
            continue
        fi
        count=$callgrind_packets
        [[ $capture != *@* ]] || count=${capture#*@}
        file=$(slice "${capture%@*}" "$count")
        [ "$program" != wireshark ] || start_xvfb
        n=$(packets "$file")
        # The GUI's loading and idle loop depend on time (its progress updates,
        # timers), so its runs are repeated (gui_reps) and the means compared.
        reps_here=1
        [ "$program" != wireshark ] || reps_here=$gui_reps
        a0=0 b0=0 aw=0 bp=0 rep_ratios=
        for ((r = 1; r <= reps_here; r++)); do
            kw0=$(cg_rep=$r cg_run without "$program" "$empty" "${opts_without[@]}")
            kw=$(cg_rep=$r cg_run without "$program" "$file" "${opts_without[@]}")
            kp0=$(cg_rep=$r cg_run with "$program" "$empty" "${opts_with[@]}")
            kp=$(cg_rep=$r cg_run with "$program" "$file" "${opts_with[@]}")
            t_w0=$(total_of "$run/out/$kw0.callgrind"); t_w=$(total_of "$run/out/$kw.callgrind")
            t_p0=$(total_of "$run/out/$kp0.callgrind"); t_p=$(total_of "$run/out/$kp.callgrind")
            a0=$((a0 + t_w0)); aw=$((aw + t_w)); b0=$((b0 + t_p0)); bp=$((bp + t_p))
            rep_ratios+=" $(awk -v a=$((t_w - t_w0)) -v b=$((t_p - t_p0)) 'BEGIN { printf "%.3f", b / a }')"
            printf '%s\t%s\t%s\t%s\t%s\n' "$id" "$t_w0" "$t_w" "$t_p0" "$t_p" >>"$run/out/reps.txt"
        done
        a0=$((a0 / reps_here)); b0=$((b0 / reps_here))
        a=$((aw / reps_here - a0))
        b=$((bp / reps_here - b0))
        [ "$reps_here" -eq 1 ] || echo "$id${rep_ratios}" >>"$run/out/rep-ratios.txt"
        plugin_cost=$(inclusive "$kp" "$plugin_entry")
        plugin_cost=${plugin_cost:--1}
        echo "$kw $kp" >"$run/out/row-$id.keys"
        awk -v id="$id" -v budget="$budget" -v n="$n" -v a="$a" -v b="$b" -v p="$plugin_cost" \
            -v s=$((b0 - a0)) -v what="$what" 'BEGIN {
                ratio = b / a
                verdict = budget == "-" ? "reported" : (sprintf("%.3f", ratio) + 0 <= budget + 0 ? "holds" : "EXCEEDED")
                printf "%s\t%s\t%s\t%d\t%.0f\t%.0f\t%.0f\t%s\t%+.1fM\t%.3f\t%s\n", id, budget, verdict, n, a, b,
                    (b - a) / n, (p < 0 ? "-" : sprintf("%.0f", p / n)), s / 1e6, ratio, what
            }' >>"$rows_file"
    done < <(cg_rows)
    elapsed=$(( $(date +%s) - started ))

    {
        header "$load_before (start), $(cut -d' ' -f1-3 /proc/loadavg) (end)"
        echo "method:    instructions (Ir) counted by valgrind --tool=callgrind on the first" \
             "$callgrind_packets packets of each capture (or as the row says);"
        echo "           each run less the same program, options and plugin tree on an" \
             "empty capture (its start-up); ratio = with / without; $elapsed s in all"
        echo
        printf '%-4s %-34s %7s %13s %13s %8s %8s %8s %7s %6s  %s\n' row case packets \
            "Ir without" "Ir with" extra/pk plugin/pk start-up ratio budget verdict
        while IFS=$'\t' read -r id budget verdict n a b extra per startup ratio what; do
            if [ "$verdict" = skipped ]; then
                printf '%-4s %-34s skipped: %s\n' "$id" "$what" "$n"
                continue
            fi
            printf '%-4s %-34s %7s %13s %13s %8s %8s %8s %7s %6s  %s\n' "$id" "$what" "$n" "$a" "$b" \
                "$extra" "$per" "$startup" "${ratio}x" "$budget" "$verdict"
        done <"$rows_file"
        echo
        echo "Ir without / with: instructions for the packets, start-up subtracted. extra/pk: the"
        echo "difference per packet. plugin/pk: $plugin_entry with all it calls, per packet;"
        echo "the rest of the extra is Wireshark building, keeping and freeing more tree for it."
        echo "start-up: what the plugin adds to the same run on an empty capture."
        if [ -s "$run/out/rep-ratios.txt" ]; then
            echo
            echo "GUI rows: the GUI's loading and idle loop depend on time (progress updates,"
            echo "timers), so each of their four runs was made $gui_reps times, each in a new HOME, and the"
            echo "means compared. Each repetition's own ratio, and how far apart the same run's"
            echo "counts were, as a share of what the packets cost:"
            while read -r id ratios; do
                awk -v id="$id" -v ratios="$ratios" -F'\t' '$1 == id {
                        for (i = 2; i <= 5; i++) { if (!(i in lo) || $i < lo[i]) lo[i] = $i; if ($i > hi[i]) hi[i] = $i }
                        w0 += $2; w += $3; n++ }
                    END { worst = 0; for (i = 2; i <= 5; i++) if (hi[i] - lo[i] > worst) worst = hi[i] - lo[i]
                          printf "  %s: ratios %s; runs of the same thing up to %.1fM apart (%.1f%%)\n", id, ratios,
                              worst / 1e6, 100 * worst / ((w - w0) / n) }' "$run/out/reps.txt"
            done <"$run/out/rep-ratios.txt"
        fi
        for row_id in $cg_detail_rows; do
            [ -f "$run/out/row-$row_id.keys" ] || continue
            read -r kw kp <"$run/out/row-$row_id.keys"
            echo
            echo "row $row_id: functions whose own cost grew most with the plugin"
            self_costs "$kw" >"$run/out/$kw.costs"
            self_costs "$kp" >"$run/out/$kp.costs"
            awk -F'\t' 'FNR == NR { before[$2] = $1; next } { print $1 - before[$2] "\t" $2 }' \
                "$run/out/$kw.costs" "$run/out/$kp.costs" | sort -rn |
                sed -n '1,8p' | awk -F'\t' '{ printf "  %+10.1fM  %s\n", $1 / 1e6, $2 }'
            echo "row $row_id: top functions of sipexplain.so (own cost)"
            { grep '\[sipexplain\.so\]$' "$run/out/$kp.costs" || true; } | sort -rn |
                sed -n '1,8p' | awk -F'\t' '{ printf "  %10.1fM  %s\n", $1 / 1e6, $2 }'
        done
        echo
        if grep -q $'\tEXCEEDED\t' "$rows_file"; then
            echo "Result: over budget: $(awk -F'\t' '$3 == "EXCEEDED" { printf "%s%s", sep, $1; sep = ", " }' "$rows_file")"
        else
            echo "Result: every budget held."
        fi
    } >"$report"
    say "callgrind files: $run/out (until the next run)"
    ! grep -qF -e "$work" -e "$repo" "$report" || die "the report names a path of this machine: $report"
    output=${output:-$script_dir/results/callgrind.txt}
    mkdir -p "$(dirname "$output")"
    cp "$report" "$output"
    cat "$report"
    ! grep -q $'\tEXCEEDED\t' "$rows_file"
    exit
fi

# ---- scaling mode ----

# tshark on captures of more and more whole calls (gen-captures calls): does
# what the plugin adds per packet and per call stay flat as the capture grows?
# Rows, one a line, split at "|" as for callgrind: id | needs | options
# without the plugin | options with it ("=" the same) | label.
scaling_rows() {
    cat <<'EOF'
Z | - | -q -z sip,stat              | -q -z sipexplain,tree | -z sipexplain,tree / -z sip,stat
P | - | -Y 'sip.Status-Code >= 400' | -Y sipexplain.problem | -Y sipexplain.problem / Status-Code>=400
EOF
}
# Both sides, every run: Wireshark's SDP dissector sets up an RTP conversation
# for every offer (0.6 KB a packet of Wireshark's own memory here), which would
# not let a million calls fit in 24 GB. The plugin reads no SDP.
scaling_prefs=(-o sdp.establish_conversation:FALSE)
# Prefixes of one calls capture counted under callgrind (the same stream
# begins every calls capture), and how many calls that capture has.
scaling_prefixes=(10000 100000)
[ -z "$prefixes" ] || read -ra scaling_prefixes <<<"${prefixes//,/ }"
scaling_prefix_calls=20000

if [ "$mode" = scaling ]; then
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    started=$(date +%s)
    report=$run/scaling.txt
    results=$run/scaling-rows.txt      # id calls packets side cpu rss startup-rss startup-cpu
    : >"$results"
    "${as_user[@]}" env -i PATH="$PATH" HOME="$run/home" WIRESHARK_PLUGIN_DIR="$run/with" \
        tshark -G defaultprefs >"$run/prefs.txt" 2>/dev/null || true
    row_ok() {
        [ "$1" = - ] && return 0
        local need
        for need in ${1//,/ }; do
            case $need in
                pref:*) grep -q "^#\{0,1\}${need#pref:}:" "$run/prefs.txt" || return 1 ;;
                *) die "unknown condition $need" ;;
            esac
        done
    }
    trim() { local s=$1; s=${s#"${s%%[! ]*}"}; echo "${s%"${s##*[! ]}"}"; }
    # The rows, parsed once: row_ids, and opts_<id>_without / opts_<id>_with.
    row_ids=()
    while IFS='|' read -r id needs without with what; do
        id=$(trim "$id"); needs=$(trim "$needs"); without=$(trim "$without"); with=$(trim "$with")
        [ -n "$id" ] || continue
        if ! row_ok "$needs"; then say "scaling: row $id skipped ($needs)"; continue; fi
        [ "$with" != = ] || with=$without
        [ "$without" != - ] || without=
        [ "$with" != - ] || with=
        eval "opts_${id}_without=($without)"
        eval "opts_${id}_with=($with)"
        printf -v "what_$id" '%s' "$(trim "$what")"
        row_ids+=("$id")
    done < <(scaling_rows)

    # time_run SIDE OPTIONS...: prints "cpu-seconds peak-rss-KB" of one tshark run.
    time_run() {
        local side=$1 status=0
        shift
        /usr/bin/time -v -o "$run/time.txt" "${as_user[@]}" \
            env -i PATH="$PATH" HOME="$run/home" TZ=UTC LC_ALL=C.UTF-8 WIRESHARK_PLUGIN_DIR="$run/$side" \
            tshark "${scaling_prefs[@]}" "$@" </dev/null >/dev/null 2>"$run/stderr.txt" || status=$?
        [ "$status" -eq 0 ] || { head -c 2000 "$run/stderr.txt" >&2; die "tshark $* failed ($status)"; }
        awk -F': ' '/User time/ { cpu += $NF } /System time/ { cpu += $NF }
                    /Maximum resident set size/ { rss = $NF } END { printf "%.2f %d\n", cpu, rss }' "$run/time.txt"
    }
    # cg_total SIDE OPTIONS...: "instructions plugin-inclusive" of one run under callgrind.
    cg_total() {
        local side=$1 out=$run/out/scaling.callgrind
        shift
        rm -f "$out"
        "${as_user[@]}" env -i PATH="$PATH" HOME="$run/home" TZ=UTC LC_ALL=C.UTF-8 \
            WIRESHARK_PLUGIN_DIR="$run/$side" valgrind --tool=callgrind --callgrind-out-file="$out" \
            tshark "${scaling_prefs[@]}" "$@" </dev/null >/dev/null 2>"$run/stderr.txt" ||
            { tail -n 20 "$run/stderr.txt" >&2; die "tshark under valgrind failed"; }
        printf '%s %s\n' "$(sed -n 's/^summary: *//p' "$out" | head -n 1)" \
            "$(callgrind_annotate --auto=no --inclusive=yes --threshold=100 "$out" 2>/dev/null |
               sed -nE "s/^ *([0-9,]+) \\(.*:$plugin_entry( .*)?\$/\\1/p" | tr -d , | sort -n | tail -n 1)"
    }
    gb() { awk -v k="$1" 'BEGIN { printf "%.1f GB", k / 1048576 }'; }

    # Start-ups: each side's options on an empty capture, for the memory and
    # instructions that are not the packets'.
    declare -A startup_rss startup_cpu startup_ir
    for id in "${row_ids[@]}"; do
        for side in without with; do
            declare -n opts=opts_${id}_$side
            res=$(time_run "$side" -r "$empty" "${opts[@]}"); read -r cpu rss <<<"$res"
            startup_rss[$id-$side]=$rss
            startup_cpu[$id-$side]=$cpu
            unset -n opts
        done
    done

    # Instructions per packet on prefixes.
    prefix_source=$work/captures/calls-$scaling_prefix_calls-$gen_hash.pcap
    if [ ! -f "$prefix_source" ]; then
        "$generator" calls "$scaling_prefix_calls" "$prefix_source.tmp" >&2
        mv "$prefix_source.tmp" "$prefix_source"
    fi
    prefix_rows=$run/scaling-prefixes.txt   # id packets side ir plugin-ir
    : >"$prefix_rows"
    if command -v valgrind >/dev/null; then
        for id in "${row_ids[@]}"; do
            for side in without with; do
                declare -n opts=opts_${id}_$side
                res=$(cg_total "$side" -r "$empty" "${opts[@]}"); read -r ir _ <<<"$res"
                startup_ir[$id-$side]=$ir
                for count in "${scaling_prefixes[@]}"; do
                    [ "$count" -gt 0 ] || continue
                    prefix=${prefix_source%.pcap}-first$count.pcap
                    [ -f "$prefix" ] || editcap -r "$prefix_source" "$prefix" "1-$count"
                    chmod a+r "$prefix"
                    say "scaling: callgrind, row $id $side the plugin, first $count packets"
                    res=$(cg_total "$side" -r "$prefix" "${opts[@]}"); read -r ir plugin_ir <<<"$res"
                    echo "$id $count $side $((ir - startup_ir[$id-$side])) ${plugin_ir:-0}" >>"$prefix_rows"
                done
                unset -n opts
            done
        done
    else
        say "scaling: valgrind is missing, no instruction counts (apt-get install valgrind)"
    fi

    # The captures, largest last; each deleted after its runs unless --keep-captures.
    bytes_per_call=6000 kb_per_packet=
    size_info=$run/scaling-sizes.txt        # calls packets generation-seconds run-seconds MB
    : >"$size_info"
    for calls in ${scaling_sizes//,/ }; do
        capture=$work/captures/calls-$calls-$gen_hash.pcap
        free_kb=$(df -Pk "$work/captures" | awk 'NR == 2 { print $4 }')
        if [ ! -f "$capture" ] && [ $((calls * bytes_per_call / 1024 * 12 / 10)) -gt "$free_kb" ]; then
            say "scaling: skipping $calls calls: the capture needs about $((calls * bytes_per_call / 1048576)) MB, $((free_kb / 1024)) MB free"
            echo "$calls skipped-disk" >>"$size_info"
            continue
        fi
        t0=$SECONDS
        if [ ! -f "$capture" ]; then
            say "scaling: generating $calls calls"
            "$generator" calls "$calls" "$capture.tmp" | tee "$capture.info" >&2
            mv "$capture.tmp" "$capture"
        fi
        chmod a+r "$capture"
        gen_seconds=$((SECONDS - t0))
        n=$(capinfos -M -c "$capture" | sed -n 's/^Number of packets: *//p')
        mb=$(( $(stat -c %s "$capture") / 1048576 ))
        bytes_per_call=$(( $(stat -c %s "$capture") / calls + 1 ))
        # Memory: what the last size needed per packet, for this many, with a margin.
        if [ -n "$kb_per_packet" ]; then
            need_kb=$(awk -v k="$kb_per_packet" -v n="$n" 'BEGIN { printf "%d", (k * n + 400000) * 1.15 }')
            avail_kb=$(awk '/^MemAvailable:/ { print $2 }' /proc/meminfo)
            if [ "$need_kb" -gt "$avail_kb" ]; then
                say "scaling: skipping $calls calls: tshark would need about $(gb "$need_kb"), $(gb "$avail_kb") available"
                echo "$calls skipped-memory $n $(gb "$need_kb") $(gb "$avail_kb")" >>"$size_info"
                [ -n "$keep_captures" ] || rm -f "$capture"
                continue
            fi
        fi
        t0=$SECONDS
        for id in "${row_ids[@]}"; do
            for side in without with; do
                declare -n opts=opts_${id}_$side
                say "scaling: $calls calls ($n packets), row $id, $side the plugin"
                res=$(time_run "$side" -r "$capture" "${opts[@]}"); read -r cpu rss <<<"$res"
                say "    $cpu s CPU, peak $((rss / 1024)) MB"
                echo "$id $calls $n $side $cpu $rss ${startup_rss[$id-$side]} ${startup_cpu[$id-$side]}" >>"$results"
                unset -n opts
            done
        done
        echo "$calls $n $gen_seconds $((SECONDS - t0)) $mb $(sed 's/ in .*//' "$capture.info" 2>/dev/null)" >>"$size_info"
        kb_per_packet=$(awk -v n="$n" '$3 == n { k = ($6 - $7) / n; if (k > m) m = k } END { print m }' "$results")
        [ -n "$keep_captures" ] || rm -f "$capture" "$capture.info"
    done
    elapsed=$(( $(date +%s) - started ))

    {
        header "$load_before (start), $(cut -d' ' -f1-3 /proc/loadavg) (end)" \
            "gen-captures calls N: N whole calls, each with its own Call-ID, 64 under way at once, 32 long-lived dialogs sending re-INVITEs"
        echo "runs:      tshark ${scaling_prefs[*]} on both sides, once per size and side;" \
             "CPU user+sys and peak RSS from /usr/bin/time; $elapsed s in all"
        echo
        echo "Captures:"
        awk '$2 == "skipped-disk" { printf "  %9d calls: skipped, not enough disk\n", $1; next }
             $2 == "skipped-memory" { printf "  %9d calls: skipped, tshark would need about %s %s of memory, %s %s available\n",
                                      $1, $4, $5, $6, $7; next }
             { printf "  %9d calls: %9d packets, %6d MB, generated in %d s, measured in %d s;", $1, $2, $5, $3, $4
               $1 = $2 = $3 = $4 = $5 = ""; sub(/^ +/, ""); print " " $0 }' "$size_info"
        for id in "${row_ids[@]}"; do
            declare -n what=what_$id
            echo
            echo "row $id: $what (with / without the plugin)"
            printf '  %8s %8s | %7s %7s %6s | %6s %6s | %7s %7s | %6s %6s | %5s %5s | %6s %6s | %8s\n' \
                calls packets "CPU w/o" with ratio "us/pk" with "us/call" with "MB w/o" with \
                "B/pk" with "B/call" with "+B/call"
            # CPU time and memory less the start-up's (an empty capture, same options).
            awk -v id="$id" '$1 == id && $4 == "without" { cw[$2] = $5 - $8; rw[$2] = $6; sw[$2] = $7; n[$2] = $3 }
                 $1 == id && $4 == "with" { cp[$2] = $5 - $8; rp[$2] = $6; sp[$2] = $7; order[++k] = $2 }
                 END {
                    for (i = 1; i <= k; i++) { c = order[i]; p = n[c]
                        bw = (rw[c] - sw[c]) * 1024 / p; bp = (rp[c] - sp[c]) * 1024 / p
                        printf "  %8d %8d | %7.2f %7.2f %5.2fx | %6.2f %6.2f | %7.1f %7.1f | %6.0f %6.0f | %5.0f %5.0f | %6.0f %6.0f | %+8.0f\n",
                            c, p, cw[c], cp[c], (cw[c] > 0 ? cp[c] / cw[c] : 0), 1e6 * cw[c] / p, 1e6 * cp[c] / p,
                            1e6 * cw[c] / c, 1e6 * cp[c] / c, rw[c] / 1024, rp[c] / 1024, bw, bp,
                            bw * p / c, bp * p / c, (rp[c] - sp[c] - rw[c] + sw[c]) * 1024 / c
                    }
                    if (k > 1) {
                        a = order[1]; z = order[k]
                        printf "  from %d to %d calls, per packet: CPU time x%.2f without, x%.2f with; memory x%.2f without, x%.2f with;",
                            a, z, (cw[z] / n[z]) / (cw[a] / n[a]), (cp[z] / n[z]) / (cp[a] / n[a]),
                            ((rw[z] - sw[z]) / n[z]) / ((rw[a] - sw[a]) / n[a]), ((rp[z] - sp[z]) / n[z]) / ((rp[a] - sp[a]) / n[a])
                        printf " the plugin'"'"'s memory per call x%.2f\n",
                            ((rp[z] - sp[z] - rw[z] + sw[z]) / z) / ((rp[a] - sp[a] - rw[a] + sw[a]) / a)
                    }
                 }' "$results"
            if grep -q "^$id " "$prefix_rows"; then
                echo "  instructions, first packets of one calls capture (start-up subtracted):"
                printf '  %9s | %10s %10s %6s | %9s %9s\n' packets "Ir/pk w/o" "with" ratio "extra/pk" "plugin/pk"
                awk -v id="$id" '$1 == id && $3 == "without" { w[$2] = $4 }
                     $1 == id && $3 == "with" { p[$2] = $4; q[$2] = $5; order[++k] = $2 }
                     END { for (i = 1; i <= k; i++) { c = order[i]
                         printf "  %9d | %10.0f %10.0f %5.3fx | %9.0f %9.0f\n", c, w[c] / c, p[c] / c, p[c] / w[c],
                             (p[c] - w[c]) / c, q[c] / c } }' "$prefix_rows"
            fi
            unset -n what
        done
        echo
        echo "CPU: user+sys seconds less the same run's on an empty capture; us/pk, us/call: per"
        echo "packet, per call. MB: peak RSS. B/pk, B/call: peak RSS less the same run's on an empty"
        echo "capture, per packet, per call. +B/call: what the plugin adds to that peak, per call. Timing on"
        echo "this machine varies by up to 1.5x between identical runs: read flatness from memory"
        echo "and instructions; CPU time only shows the order of magnitude."
    } >"$report"
    ! grep -qF -e "$work" -e "$repo" "$report" || die "the report names a path of this machine: $report"
    output=${output:-$script_dir/results/scaling.txt}
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
