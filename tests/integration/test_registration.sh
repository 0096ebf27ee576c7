#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The plugin loads into tshark with its version, and registers its protocol,
# fields and expert items as documented.
source "$(dirname "$0")/lib.sh"

tshark_with_plugin -G plugins >"$out/plugins"
printf 'sipexplain.so\t%s\tdissector\n' "$SIPEXPLAIN_VERSION" >"$out/plugin-wanted"
awk -F'\t' '$1 ~ /^sipexplain\.so/ { sub(/ +$/, "", $1); print $1 "\t" $2 "\t" $3 }' \
    "$out/plugins" >"$out/plugin-seen"
expect_same "tshark -G plugins lists sipexplain.so with its version" \
    "$out/plugin-wanted" "$out/plugin-seen"

tshark_with_plugin -G protocols >"$out/all-protocols"
normalise protocols "$out/all-protocols"
grep -P '\tsipexplain$' "$out/all-protocols" >"$out/protocols"
expect_file registered-protocol.txt "$out/protocols"

tshark_with_plugin -G fields | grep -P '^[PF]\t.*\tsipexplain' >"$out/fields"
expect_file registered-fields.txt "$out/fields"

# Disabled, the plugin must stay silent.
tshark_with_plugin --disable-protocol sipexplain -r "$captures/calls-udp.pcapng" \
    -T fields -e sipexplain.code >"$out/disabled"
if grep -q '[0-9]' "$out/disabled"; then fail "disabled sipexplain still adds fields"; else pass; fi

finish
