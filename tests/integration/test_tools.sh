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

# An unregistered code gets its class's rule, and succeeds.
run lookup-299 0 "$lookup" 299
expect_file tools.lookup-299.txt "$out/lookup-299"

# Pairs compared whole: the seed page's own pair (200 603), pairs people
# confuse, pairs with no look-alike text or no fact that differs (180 183),
# and unregistered codes (their senders and headers are not compared).
for pair in 200-603 486-603 486-600 401-407 403-401 408-504 301-302 180-183 200-202 \
            480-404 299-200 486-499; do
    run "lookup-$pair" 0 "$lookup" "${pair%-*}" "${pair#*-}"
    quiet "lookup-$pair"
    expect_file "tools.lookup-$pair.txt" "$out/lookup-$pair"
done

# An invalid code among valid ones: nothing printed, the reason on stderr.
run lookup-486-700 2 "$lookup" 486 700
error lookup-486-700
expect_file tools.lookup-486-700.err.txt "$out/lookup-486-700.err"

# Three codes: each pair, in the order given.
run lookup-486-600-603 0 "$lookup" 486 600 603
if [ "$(grep -c '^Key differences between ' "$out/lookup-486-600-603")" = 3 ] &&
    grep -q '^Key differences between 486 and 600:$' "$out/lookup-486-600-603" &&
    grep -q '^Key differences between 486 and 603:$' "$out/lookup-486-600-603" &&
    grep -q '^Key differences between 600 and 603:$' "$out/lookup-486-600-603"; then
    pass
else
    fail "lookup 486 600 603: not each pair compared once"
fi

# What a code means to a method, in each state the capture can show.
run lookup-register-401 0 "$lookup" --method REGISTER 401
expect_file tools.lookup-register-401.txt "$out/lookup-register-401"
run lookup-invite-487 0 "$lookup" --method invite 487
expect_file tools.lookup-invite-487.txt "$out/lookup-invite-487"
# A method outside sx_methods (a typo, or an extension) gets the rows for
# any method only, and is said to be outside the registry.
run lookup-regster-401 0 "$lookup" --method regster 401
if grep -q '^In a response to REGSTER, a method not in the IANA registry:$' "$out/lookup-regster-401" &&
    ! grep -q '^In a response to REGISTER' "$out/lookup-regster-401"; then
    pass
else
    fail "lookup --method regster 401: not said to be outside the registry"
fi

# The sections every text rests on, text by text.
run lookup-sources-486 0 "$lookup" --sources 486
quiet lookup-sources-486
expect_file tools.lookup-sources-486.txt "$out/lookup-sources-486"
run lookup-sources-299 0 "$lookup" --sources 299
expect_file tools.lookup-sources-299.txt "$out/lookup-sources-299"

# JSON: one code, a comparison, sources; and every case at once.
run lookup-json-486 0 "$lookup" --json 486
valid_json "$out/lookup-json-486"
expect_file tools.lookup-json-486.txt "$out/lookup-json-486"
run lookup-json-200-603 0 "$lookup" --json 200 603
valid_json "$out/lookup-json-200-603"
expect_file tools.lookup-json-200-603.txt "$out/lookup-json-200-603"
run lookup-json-sources-401 0 "$lookup" --json --sources --method REGISTER 401
valid_json "$out/lookup-json-sources-401"
expect_file tools.lookup-json-sources-401.txt "$out/lookup-json-sources-401"
run lookup-json-all 0 "$lookup" --json --method INVITE 486 603 299 487 486
valid_json "$out/lookup-json-all"
run lookup-json-sources-all 0 "$lookup" --json --sources 200 401 299 699
valid_json "$out/lookup-json-sources-all"

# --- every pair of the registry, checked for consistency --------------------
# Every pair of the 75 registered codes (the codes from tests/data, not from
# the tool), compared in one run as text and as JSON, and held to these rules:
# - a fact known for both codes is a key difference exactly when its values
#   differ, and in common exactly when they are equal, never both, never
#   twice; a fact unknown for one code (null) is neither: so the number of
#   differences is the number of facts the two differ in;
# - the facts that follow from the class are checked against the code's first
#   digit itself: class, final, the ACK to an INVITE, whether forking stops;
# - each difference is one sentence naming both codes, never saying "both";
# - each comparison is non-empty (some fact compared) and says when to use
#   which for both codes; the text output numbers as many differences as the
#   JSON lists, or says there are none, and shows the look-alike text exactly
#   when the JSON has one;
# - the hand-written look-alike texts agree with the classes and facts they
#   mention ("as a 4xx", "Both are 6xx", "Both stop forking", "Both may carry
#   Retry-After").
# The same rules over a few unregistered codes beside registered ones.

# check_comparisons NAME: the JSON of $out/NAME.json against the rules;
# writes "A B differences related" per pair to $out/NAME.pairs.
check_comparisons() {
    local name=$1 registered=$2 want_pairs=$3 result
    result=$(awk -v registered="$registered" -v want_pairs="$want_pairs" \
                 -v pairs_file="$out/$name.pairs" '
        function bad(message) { if (failures++ < 20) print message }
        # The raw JSON value of key in a one-line object: a scalar or a [list].
        function value(line, key,    start, rest) {
            start = index(line, "\"" key "\": ")
            if (!start) return "MISSING"
            rest = substr(line, start + length(key) + 4)
            if (substr(rest, 1, 1) == "[") return substr(rest, 1, index(rest, "]"))
            match(rest, /^[^,}]*/)
            return substr(rest, 1, RLENGTH)
        }
        function string_of(line, key,    start, rest) {
            start = index(line, "\"" key "\": \"")
            if (!start) return ""
            rest = substr(line, start + length(key) + 5)
            sub(/"[,}\]].*$/, "", rest)
            return rest
        }
        function names(text, code) {
            return text ~ ("(^|[^0-9])" code "([^0-9]|$)")
        }
        function finish_pair(    i, k, va, vb, expected, key, order, last) {
            if (a == "") return
            pairs++
            key = a " " b
            if (a == b) bad(key ": a code compared with itself")
            if ((key in seen_pair) || ((b " " a) in seen_pair)) bad(key ": compared twice")
            seen_pair[key] = 1
            last = 0
            for (i = 1; i <= ndiff; i++) {
                k = diff_fact[i]
                if (!(k in fact_order)) { bad(key ": unknown fact " k); continue }
                if (fact_order[k] <= last) bad(key ": fact " k " out of order or twice")
                last = fact_order[k]
                listed[k] = "differ"
                if (diff_text[i] == "") bad(key ": empty difference for " k)
                if (!names(diff_text[i], a) || !names(diff_text[i], b))
                    bad(key ": difference " k " does not name both codes: " diff_text[i])
                if (tolower(diff_text[i]) ~ /(^|[^a-z])both([^a-z]|$)/)
                    bad(key ": difference " k " says both: " diff_text[i])
                if (diff_text[i] !~ /\.$/) bad(key ": difference " k " is not a sentence")
            }
            for (i = 1; i <= ncommon; i++) {
                k = common[i]
                if (k in listed) bad(key ": " k " both a difference and in common")
                listed[k] = "same"
            }
            for (i = 1; i <= nkeys; i++) {
                k = keys[i]
                va = value(facts[a], k); vb = value(facts[b], k)
                if (va == "MISSING" || vb == "MISSING") { bad(key ": no fact " k); continue }
                expected = (va == "null" || vb == "null") ? "" : (va == vb ? "same" : "differ")
                if ((k in listed ? listed[k] : "") != expected)
                    bad(key ": " k " is " (k in listed ? listed[k] : "not listed") \
                        " but the facts are " va " and " vb)
            }
            if (ndiff + ncommon == 0) bad(key ": an empty comparison")
            if (nwhen != 2) bad(key ": when to use which has " nwhen " texts, not 2")
            print a, b, ndiff, has_related > pairs_file
            a = b = ""
            ndiff = ncommon = nwhen = 0
            split("", listed)
        }
        BEGIN {
            nkeys = split("registered class final ack dialog stops_forking retry challenge " \
                          "senders answer_headers request_headers", keys, " ")
            for (i = 1; i <= nkeys; i++) fact_order[keys[i]] = i
            split(registered, list, " ")
            for (i in list) is_registered[list[i]] = 1
            ack_of[1] = "\"none\""; ack_of[2] = "\"end_to_end\""
            for (c = 3; c <= 6; c++) ack_of[c] = "\"hop_by_hop\""
        }
        /^  "responses": \[$/ { part = "responses" }
        /^  "differences": \[/ { part = "differences" }
        part == "responses" && /^      "code": [0-9]+,$/ { code = $2 + 0; codes++ }
        part == "responses" && /^      "facts": \{/ { facts[code] = $0 }
        part == "responses" && /^        \{"other": [0-9]+, "text": \[/ {
            other = value($0, "other")
            text = $0
            sub(/^.*"text": \["/, "", text)
            sub(/"\], "sources".*$/, "", text)
            n = split(text, sentences, "\", \"")
            for (i = 1; i <= n; i++) {
                s = sentences[i]
                if (match(s, /^[1-6][0-9][0-9] /) && match(s, /as a [1-6]xx/) &&
                    substr(s, RSTART + 5, 1) != substr(s, 1, 1))
                    bad(code "/" other ": look-alike text gives a class the code does not have: " s)
                if (match(s, /[Bb]oth are [1-6]xx/) &&
                    (substr(code, 1, 1) != substr(s, RSTART + 9, 1) ||
                     substr(other, 1, 1) != substr(s, RSTART + 9, 1)))
                    bad(code "/" other ": look-alike text: " s)
                if (s ~ /[Bb]oth [^.]*stop forking/) forking_claim[code " " other] = s
                if (s ~ /[Bb]oth [^.]*Retry-After/) retry_after_claim[code " " other] = s
            }
        }
        part == "differences" && /^      "codes": \[[0-9]+, [0-9]+\],$/ {
            finish_pair()
            a = $2; b = $3
            gsub(/[^0-9]/, "", a); gsub(/[^0-9]/, "", b)
            has_related = 0
        }
        part == "differences" && /^      "related": \{/ { has_related = 1 }
        part == "differences" && /^        \{"fact": "/ {
            ndiff++
            diff_fact[ndiff] = string_of($0, "fact")
            diff_text[ndiff] = string_of($0, "text")
        }
        part == "differences" && /^      "in_common": \[/ {
            list_text = $0
            sub(/^.*\[/, "", list_text); sub(/\].*$/, "", list_text)
            gsub(/[" ]/, "", list_text)
            ncommon = list_text == "" ? 0 : split(list_text, common, ",")
        }
        part == "differences" && /^        \{"code": [0-9]+, "text": "/ {
            if (string_of($0, "text") != "") nwhen++
        }
        END {
            finish_pair()
            for (c in facts) {
                cls = substr(c, 1, 1) + 0
                if (value(facts[c], "class") != cls) bad(c ": class " value(facts[c], "class"))
                if (value(facts[c], "final") != (cls == 1 ? "false" : "true"))
                    bad(c ": final is " value(facts[c], "final"))
                if (value(facts[c], "ack") != ack_of[cls]) bad(c ": ack is " value(facts[c], "ack"))
                if (value(facts[c], "stops_forking") != (cls == 2 || cls == 6 ? "true" : "false"))
                    bad(c ": stops_forking is " value(facts[c], "stops_forking"))
                if (value(facts[c], "registered") != ((c in is_registered) ? "true" : "false"))
                    bad(c ": registered is " value(facts[c], "registered"))
            }
            for (k in forking_claim) {
                split(k, two, " ")
                if (value(facts[two[1]], "stops_forking") != "true" ||
                    ((two[2] in facts) && value(facts[two[2]], "stops_forking") != "true"))
                    bad(k ": look-alike text: " forking_claim[k])
            }
            for (k in retry_after_claim) {
                split(k, two, " ")
                if (index(value(facts[two[1]], "answer_headers"), "\"Retry-After\"") == 0 ||
                    ((two[2] in facts) &&
                     index(value(facts[two[2]], "answer_headers"), "\"Retry-After\"") == 0))
                    bad(k ": look-alike text: " retry_after_claim[k])
            }
            if (pairs != want_pairs) bad(pairs " comparisons, not " want_pairs)
            if (failures) print failures " inconsistencies"
        }' "$out/$name.json")
    if [ -z "$result" ]; then pass; else fail "$name: $result"; fi
}

# check_text NAME: the text output $out/NAME against the pairs of the JSON.
check_text() {
    local name=$1 result
    result=$(awk -v name="$name" '
        function bad(message) { if (failures++ < 20) print message }
        function finish(    key) {
            if (a == "") return
            key = a " " b
            if (!(key in want)) bad(key ": not in the JSON")
            else if (items != want[key]) bad(key ": " items " differences, JSON has " want[key])
            if (want[key] == 0 && !none) bad(key ": no difference and no word of it")
            if (items && none) bad(key ": differences and none at once")
            if (confused != related[key]) bad(key ": look-alike text shown " confused ", JSON " related[key])
            if (when != 2) bad(key ": when to use which has " when " lines")
            done++
            a = ""
        }
        FNR == NR { want[$1 " " $2] = $3; related[$1 " " $2] = $4; total++; next }
        / compared with / { finish(); confused = 0; state = "" }
        /^Often confused:$/ { confused = 1 }
        /^Key differences between [0-9]+ and [0-9]+:$/ {
            a = $4; b = $6; sub(/:$/, "", b); items = none = when = 0; state = "differences"
            next
        }
        state == "differences" && /^  [0-9]+\. / {
            items++
            if ($1 != items ".") bad(a " " b ": item " $1 " where " items ". was due")
        }
        state == "differences" && /^  None: / { none = 1 }
        /^When to use which:$/ { state = "when" }
        state == "when" && /^  [0-9][0-9][0-9]: / { when++ }
        END { finish(); if (done != total) bad(done " comparisons in the text, " total " in the JSON") }
    ' "$out/$name.pairs" "$out/$name")
    if [ -z "$result" ]; then pass; else fail "$name: $result"; fi
}

registry=$(awk -F '\t' '$1 ~ /^[1-6][0-9][0-9]$/ { print $1 }' \
    "$SIPEXPLAIN_SOURCE_DIR/tests/data/iana-sip-response-codes.tsv" | tr '\n' ' ')
set -f
# shellcheck disable=SC2086 # one argument per code
run lookup-every-pair.json 0 "$lookup" --json $registry
# shellcheck disable=SC2086
run lookup-every-pair 0 "$lookup" $registry
set +f
if [ "$(echo $registry | wc -w)" = 75 ]; then pass; else fail "the registry file has not 75 codes"; fi
valid_json "$out/lookup-every-pair.json"
check_comparisons lookup-every-pair "$registry" $((75 * 74 / 2))
check_text lookup-every-pair

run lookup-unregistered.json 0 "$lookup" --json 150 199 200 299 302 399 401 499 500 599 603 699
run lookup-unregistered 0 "$lookup" 150 199 200 299 302 399 401 499 500 599 603 699
check_comparisons lookup-unregistered "$registry" $((12 * 11 / 2))
check_text lookup-unregistered

# No line wider than asked; COLUMNS counts when no --width is given.
run lookup-width-60 0 "$lookup" --width 60 --method INVITE 487 486 603
run lookup-sources-width-50 0 "$lookup" --width 50 --sources 401
COLUMNS=50 LC_ALL=C.UTF-8 "$lookup" 603 >"$out/lookup-columns-50" 2>&1
for file in lookup-width-60:60 lookup-sources-width-50:50 lookup-columns-50:50 \
            lookup-486-603:80 lookup-register-401:80 lookup-every-pair:80; do
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
error lookup-bad-method
run lookup-bad-option 2 "$lookup" --frobnicate 200
error lookup-bad-option
run lookup-bad-width 2 "$lookup" --width 20 200
error lookup-bad-width
run lookup-help 0 "$lookup" --help
quiet lookup-help
expect_nonempty "sipexplain-lookup --help" "$out/lookup-help"

# The manual and --help list the same options, short and long; the manual
# is well-formed roff (where groff is installed) and names this version;
# every example of --help runs.
manual=$SIPEXPLAIN_SOURCE_DIR/tools/lookup/sipexplain-lookup.1
options_of() { grep -oE -- '(^|[][ (,|])--?[a-zA-Z][a-z]*' | sed 's/^[^-]*//' | sort -u; }
options_of <"$out/lookup-help" >"$workspace/help-options"
grep -v '^\.\\"' "$manual" | sed 's/\\-/-/g' | options_of >"$workspace/manual-options"
if [ -s "$workspace/help-options" ] && diff "$workspace/help-options" "$workspace/manual-options" \
    >"$workspace/diff"; then
    pass
else
    fail "--help and sipexplain-lookup.1 list different options: $(tr '\n' ' ' <"$workspace/diff")"
fi
if grep -q "^\\.TH SIPEXPLAIN-LOOKUP 1 .*\"sipexplain $SIPEXPLAIN_VERSION\"" "$manual"; then
    pass
else
    fail "sipexplain-lookup.1 does not name version $SIPEXPLAIN_VERSION"
fi
if command -v groff >/dev/null; then
    if groff -man -ww -z -Tutf8 "$manual" 2>"$workspace/groff.err" && [ ! -s "$workspace/groff.err" ]; then
        pass
    else
        fail "sipexplain-lookup.1: $(head -c 600 "$workspace/groff.err")"
    fi
fi
examples=0
while read -r example; do
    examples=$((examples + 1))
    # shellcheck disable=SC2086 # the example's own words
    run "lookup-help-example-$examples" 0 "$lookup" ${example#sipexplain-lookup }
done < <(sed -n 's/^  \(sipexplain-lookup .*\)$/\1/p' "$out/lookup-help")
if [ "$examples" -ge 3 ]; then pass; else fail "--help shows $examples examples"; fi

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
