#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# A development check, not a test: runs the plugin (two passes) over a folder
# of captures that cannot be committed (real traffic, third-party licences)
# and prints every message whose judgement changed since the last baseline:
# its problem flag, summary, context, what followed it, or who sent it.
#
#   tests/dev/judgement-changes.sh [--plugin SO] [--update] FOLDER
#
# The first run, and every run with --update, writes the baseline
# (build/judgements/<capture>.tsv); the others compare with it and exit 1
# when something changed. Read every changed line before keeping a change:
# each one is a frame whose explanation a user would now read differently.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
plugin=$repo/build/plugin/sipexplain.so
update=0
while [ $# -gt 0 ]; do
    case $1 in
        --plugin) plugin=${2:?}; shift 2 ;;
        --update) update=1; shift ;;
        -h|--help) sed -n '3,14s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) break ;;
    esac
done
folder=${1:?"usage: $0 [--plugin SO] [--update] FOLDER (see --help)"}
[ -f "$plugin" ] || { echo "$0: no plugin at $plugin (make build)" >&2; exit 2; }
baseline=$repo/build/judgements
mkdir -p "$baseline"

# shellcheck source-path=SCRIPTDIR source=../../tools/lib-tshark.sh
source "$repo/tools/lib-tshark.sh"
sx_tshark_version || { echo "$0: cannot read tshark's version" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sx_private_setup "$work"
sx_plugin_folder "$work/plugins" "$plugin"
sx_runner_env "$work" "$work/plugins" clean

changed=0 compared=0
for capture in "$folder"/*.pcap "$folder"/*.pcapng; do
    [ -f "$capture" ] || continue
    name=$(basename "$capture")
    cp -- "$capture" "$work/capture"
    chmod a+r "$work/capture"
    "${sx_run[@]}" tshark -2 -r "$work/capture" -Y sipexplain -T fields \
        -E occurrence=a -E aggregator='|' -e frame.number -e sipexplain.code \
        -e sipexplain.method -e sipexplain.problem -e sipexplain.summary \
        -e sipexplain.context -e sipexplain.exchange -e sipexplain.origin \
        >"$work/now.tsv" 2>"$work/stderr" || true
    if [ -s "$work/stderr" ]; then
        echo "$name: tshark said: $(head -c 300 "$work/stderr")"
        changed=1
    fi
    if [ "$update" = 1 ] || [ ! -f "$baseline/$name.tsv" ]; then
        cp "$work/now.tsv" "$baseline/$name.tsv"
        echo "$name: baseline of $(wc -l <"$work/now.tsv") messages"
        continue
    fi
    compared=$((compared + 1))
    if ! diff "$baseline/$name.tsv" "$work/now.tsv" >"$work/diff"; then
        changed=1
        echo "== $name: judgements changed (< before, > now)"
        grep '^[<>]' "$work/diff" | cut -c1-400
    fi
done
[ "$compared" -gt 0 ] && [ "$changed" = 0 ] && echo "No judgement changed in $compared captures."
exit "$changed"
