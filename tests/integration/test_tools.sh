#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The command-line tools, as a user or a CI job runs them: sipexplain-lookup
# (the reference texts without Wireshark) and sipexplain-check (tshark with
# the plugin over a capture, exit status and JUnit report), whole outputs
# compared with tests/expected/tools.*.txt.
source "$(dirname "$0")/lib.sh"

: "${SIPEXPLAIN_LOOKUP:?the path of the built sipexplain-lookup (add it to SIPEXPLAIN_TEST_ENV in tests/CMakeLists.txt)}"
lookup=$SIPEXPLAIN_LOOKUP
check=$SIPEXPLAIN_SOURCE_DIR/tools/sipexplain-check

# run NAME STATUS COMMAND...: COMMAND's stdout in $out/NAME and its stderr in
# $out/NAME.err; its exit status must be STATUS. A fixed width, locale and
# time zone, whatever the caller's terminal.
run() {
    local name=$1 want=$2 status=0
    shift 2
    env -u COLUMNS LC_ALL=C.UTF-8 TZ=UTC "$@" >"$out/$name" 2>"$out/$name.err" || status=$?
    if [ "$status" = "$want" ]; then
        pass
    else
        fail "$name: $* exited $status, not $want: $(head -c 600 "$out/$name.err")"
    fi
}

# quiet NAME: a run that worked says nothing on stderr.
quiet() {
    if [ -s "$out/$1.err" ]; then fail "$1 wrote to stderr: $(head -c 600 "$out/$1.err")"; else pass; fi
}

# error NAME: a refused run prints nothing on stdout and says why on stderr.
error() {
    if [ -s "$out/$1" ]; then
        fail "$1: an error printed on stdout: $(head -c 300 "$out/$1")"
    elif [ ! -s "$out/$1.err" ]; then
        fail "$1: an error without a message on stderr"
    else
        pass
    fi
}

# valid_json FILE, valid_xml FILE: well-formed, where a checker is installed
# (the whole-output comparisons stand anyway).
valid_json() {
    if ! command -v python3 >/dev/null; then pass; return; fi
    if python3 -m json.tool "$1" >/dev/null 2>"$workspace/json.err"; then
        pass
    else
        fail "$1 is not valid JSON: $(cat "$workspace/json.err")"
    fi
}
valid_xml() {
    if command -v xmllint >/dev/null; then
        if xmllint --noout "$1" 2>"$workspace/xml.err"; then pass; else fail "$1 is not well-formed XML: $(cat "$workspace/xml.err")"; fi
    elif command -v python3 >/dev/null; then
        if python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$1" 2>"$workspace/xml.err"; then
            pass
        else
            fail "$1 is not well-formed XML: $(tail -n 1 "$workspace/xml.err")"
        fi
    else
        pass
    fi
}

# --- sipexplain-lookup ----------------------------------------------------

run lookup-603 0 "$lookup" 603
quiet lookup-603
expect_file tools.lookup-603.txt "$out/lookup-603"

run lookup-486-603 0 "$lookup" 486 603
expect_file tools.lookup-486-603.txt "$out/lookup-486-603"

run lookup-register-401 0 "$lookup" --method REGISTER 401
expect_file tools.lookup-register-401.txt "$out/lookup-register-401"

run lookup-json-486 0 "$lookup" --json 486
valid_json "$out/lookup-json-486"
expect_file tools.lookup-json-486.txt "$out/lookup-json-486"

# Codes without a written comparison are compared by their facts.
run lookup-404-486 0 "$lookup" 404 486
if sed -n '/^Key differences between 404 and 486:$/,$p' "$out/lookup-404-486" | grep -q '^  1\. '; then
    pass
else
    fail "lookup 404 486: no key differences"
fi

# JSON of every case at once: two codes, a method, an unregistered code.
run lookup-json-all 0 "$lookup" --json --method INVITE 486 603 299 487
valid_json "$out/lookup-json-all"

# An unregistered code gets its class's rule, and succeeds.
run lookup-299 0 "$lookup" 299
expect_file tools.lookup-299.txt "$out/lookup-299"

# No line wider than asked; COLUMNS counts when no --width is given.
run lookup-width-60 0 "$lookup" --width 60 --method INVITE 487
COLUMNS=50 LC_ALL=C.UTF-8 "$lookup" 603 >"$out/lookup-columns-50" 2>&1
for file in lookup-width-60:60 lookup-columns-50:50 lookup-486-603:80 lookup-register-401:80; do
    widest=$(LC_ALL=C.UTF-8 wc -L <"$out/${file%:*}")
    if [ "$widest" -le "${file#*:}" ]; then
        pass
    else
        fail "${file%:*}: a line of $widest columns, more than ${file#*:}"
    fi
done

for bad in 700 099 abc 1000 6O3 ''; do
    run "lookup-bad-$bad" 2 "$lookup" "$bad"
    error "lookup-bad-$bad"
done
run lookup-no-code 2 "$lookup"
run lookup-bad-method 2 "$lookup" --method 'NOT A METHOD' 200
run lookup-bad-option 2 "$lookup" --frobnicate 200
run lookup-help 0 "$lookup" --help
quiet lookup-help
expect_nonempty "sipexplain-lookup --help" "$out/lookup-help"

# --- sipexplain-check -----------------------------------------------------

# Every registered code, a 503 among them: problems, so exit 1.
run check-every-code 1 "$check" "$captures/every-code-udp.pcapng" --plugin "$SIPEXPLAIN_PLUGIN" \
    --junit "$out/every-code.junit.xml"
quiet check-every-code
expect_file tools.check-every-code.txt "$out/check-every-code"
if grep -q $'^[0-9]*\t[0-9.]*\t503\t' "$out/check-every-code"; then
    pass
else
    fail "check-every-code: the 503 is not reported"
fi
valid_xml "$out/every-code.junit.xml"
expect_file tools.check-every-code.junit.txt "$out/every-code.junit.xml"

# Several responses in one TCP segment: each on its own line and test case.
run check-tcp-multi 1 "$check" "$captures/tcp-multi-message.pcapng" --plugin "$SIPEXPLAIN_PLUGIN" \
    --junit "$out/tcp-multi.junit.xml"
expect_file tools.check-tcp-multi-message.txt "$out/check-tcp-multi"
valid_xml "$out/tcp-multi.junit.xml"
expect_file tools.check-tcp-multi-message.junit.txt "$out/tcp-multi.junit.xml"

# Another filter; it can be given as --fail-on=FILTER too.
run check-class6 1 "$check" --fail-on='sipexplain.class == 6' --plugin "$SIPEXPLAIN_PLUGIN" \
    "$captures/every-code-udp.pcapng"
expect_file tools.check-every-code-class6.txt "$out/check-class6"

# Clean calls: nothing calls for attention, exit 0, and the report says so.
run check-calls 0 "$check" "$captures/calls-udp.pcapng" --plugin "$SIPEXPLAIN_PLUGIN" \
    --junit "$out/calls.junit.xml"
quiet check-calls
expect_file tools.check-calls-udp.txt "$out/check-calls"
valid_xml "$out/calls.junit.xml"
if grep -q '<failure' "$out/calls.junit.xml"; then
    fail "check-calls: a failure in the JUnit report of clean calls"
else
    pass
fi

# Bad arguments and unreadable captures: exit 2 with a message, no report.
run check-no-args 2 "$check"
error check-no-args
run check-bad-option 2 "$check" --frobnicate "$captures/calls-udp.pcapng"
error check-bad-option
run check-two-captures 2 "$check" "$captures/calls-udp.pcapng" "$captures/calls-tcp.pcapng"
error check-two-captures
run check-missing-value 2 "$check" "$captures/calls-udp.pcapng" --fail-on
error check-missing-value
run check-no-capture 2 "$check" "$workspace/no-such.pcapng" --plugin "$SIPEXPLAIN_PLUGIN"
error check-no-capture
printf 'not a capture\n' >"$workspace/not-a-capture.pcapng"
chmod 644 "$workspace/not-a-capture.pcapng"
run check-not-a-capture 2 "$check" "$workspace/not-a-capture.pcapng" --plugin "$SIPEXPLAIN_PLUGIN"
error check-not-a-capture
run check-bad-filter 2 "$check" "$captures/calls-udp.pcapng" --plugin "$SIPEXPLAIN_PLUGIN" \
    --fail-on 'sipexplain.code =='
error check-bad-filter
run check-no-plugin-file 2 "$check" "$captures/calls-udp.pcapng" --plugin "$workspace/none.so"
error check-no-plugin-file
run check-junit-nowhere 2 "$check" "$captures/calls-udp.pcapng" --plugin "$SIPEXPLAIN_PLUGIN" \
    --junit "$workspace/no-such-folder/report.xml"
error check-junit-nowhere
run check-help 0 "$check" --help
quiet check-help

finish
