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

# valid_json FILE: well-formed, where a checker is installed (the
# whole-output comparisons stand anyway).
valid_json() {
    if ! command -v python3 >/dev/null; then pass; return; fi
    if python3 -m json.tool "$1" >/dev/null 2>"$workspace/json.err"; then
        pass
    else
        fail "$1 is not valid JSON: $(cat "$workspace/json.err")"
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
# The check as a CI job runs it, with this build's plugin (--plugin): exit
# status, console output and JUnit report compared whole; the XML checked
# well-formed by a parser where one is installed; errors on stderr alone.

plugin_args=(--plugin "$SIPEXPLAIN_PLUGIN")

# well_formed NAME FILE: FILE parses as XML, with xmllint or Python's parser;
# skipped, and said so, where neither is installed.
xml_parser=
if command -v xmllint >/dev/null; then
    xml_parser=xmllint
elif command -v python3 >/dev/null && python3 -c 'import xml.dom.minidom' 2>/dev/null; then
    xml_parser=python3
else
    echo "skip: no XML parser (xmllint or python3): JUnit reports compared, not parsed"
fi
well_formed() {
    local status=0
    case $xml_parser in
        xmllint) xmllint --noout "$2" 2>"$workspace/xml.err" || status=$? ;;
        python3) python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' \
                     "$2" 2>"$workspace/xml.err" || status=$? ;;
        *) return 0 ;;
    esac
    if [ "$status" = 0 ]; then
        pass
    else
        fail "$1: not well-formed XML: $(tail -n 3 "$workspace/xml.err")"
    fi
}

# check_capture NAME STATUS CAPTURE [OPTIONS...]: the check on a sample
# capture with a JUnit report, both compared with tools.check-NAME.txt and
# tools.check-NAME.junit.txt; nothing on stderr.
check_capture() {
    local name=$1 want=$2 capture=$3
    shift 3
    run "check-$name" "$want" "$check" "$captures/$capture" "${plugin_args[@]}" \
        --junit "$out/check-$name.junit.xml" "$@"
    quiet "check-$name"
    expect_file "tools.check-$name.txt" "$out/check-$name"
    well_formed "check-$name" "$out/check-$name.junit.xml"
    expect_file "tools.check-$name.junit.txt" "$out/check-$name.junit.xml"
}

# Nothing calls for attention: healthy traffic and the clean SIPp calls.
check_capture healthy 0 healthy.pcapng
check_capture calls-udp 0 calls-udp.pcapng
for name in healthy calls-udp; do
    if grep -q '<failure' "$out/check-$name.junit.xml"; then
        fail "check-$name: a failure in the JUnit report of clean traffic"
    else
        pass
    fi
done

# Every call of failures.pcapng fails, each in its own way, and so do its
# registrations; one outcome of each kind in call-outcomes.pcapng.
check_capture failures 1 failures.pcapng
check_capture call-outcomes 1 call-outcomes.pcapng
check_capture context-udp 1 context-udp.pcapng
# The same exchanges from SIPp: the ACK never sent, the INVITE never answered,
# the PRACK missing and the challenge never answered fail; the normal call,
# the CANCEL/200 race, the BYE with a Q.850 Reason and the branch answered
# elsewhere pass.
check_capture exchange-sipp 1 exchange-sipp.pcapng
if grep -q '^exchange-sipp.pcapng: 4 of 8 calls fail on sipexplain.problem.$' \
        "$out/check-exchange-sipp"; then
    pass
else
    fail "check-exchange-sipp: not 4 of its 8 calls failing"
fi
# Every registered code; several messages of several calls in one TCP segment.
check_capture every-code 1 every-code-udp.pcapng
check_capture tcp-multi-message 1 tcp-multi-message.pcapng

# The outcomes that fail a call, and the lines that say why.
# call_line CAPTURE-NAME CALL-ID WORDS: the check prints that call with those words.
call_line() {
    if grep -qxF "call $2 from sip:alice@example.com to $3" "$out/check-$1"; then
        pass
    else
        fail "check-$1: no line 'call $2 from sip:alice@example.com to $3'"
    fi
}
call_line failures fl1@192.0.2.10 'sip:sales@example.net: rejected: 603 Decline after 3.0 s, from Example PBX 11 (Q.850 21, Call rejected)'
call_line failures fl3@192.0.2.10 'sip:bob@example.net: no answer: the INVITE timed out after 32.0 s'
call_line failures fl5@192.0.2.10 'sip:bob@example.net: ended by the callee after 32.0 s: the ACK never arrived (SIP 408, Request Timeout)'
call_line failures fl13@192.0.2.10 'sip:bob@example.net: ended by the caller after 40.0 s: a re-INVITE or UPDATE got 408'
if [ "$(grep -c '^call ' "$out/check-failures")" = 12 ] &&
    grep -q '^failures.pcapng: 12 of 12 calls and 3 messages outside calls fail on sipexplain.problem.$' \
        "$out/check-failures"; then
    pass
else
    fail "check-failures: not every call of failures.pcapng fails"
fi
# In call-outcomes, the calls answered and ended, cancelled, answered
# elsewhere or crossed by a CANCEL pass; the one still ringing at the end is
# skipped, neither passed nor failed.
for call in oc1 oc3 oc4 oc8 oc9 oc10 oc13; do
    if grep -q "^call $call@" "$out/check-call-outcomes"; then
        fail "check-call-outcomes: $call fails"
    else
        pass
    fi
done
if grep -A1 'name="call oc13@192.0.2.10"' "$out/check-call-outcomes.junit.xml" | grep -q '<skipped '; then
    pass
else
    fail "check-call-outcomes: the call still setting up is not skipped in the JUnit report"
fi

# The calls the check fails are those the plugin marks: a call fails exactly
# when tshark shows sipexplain.problem on one of its messages, in every
# sample capture. (Not tcp-multi-message, where one frame holds messages of
# several calls: its whole output is compared above.) A failing outcome that
# the plugin stopped marking, or a marked message not tied to its call,
# shows here.
for capture in "$captures"/*.pcapng; do
    name=$(basename "$capture" .pcapng)
    [ "$name" != tcp-multi-message ] || continue
    status=0
    "$check" "$capture" "${plugin_args[@]}" --junit "$out/agree-$name.xml" >/dev/null \
        2>"$out/agree-$name.err" || status=$?
    if [ "$status" -gt 1 ] || [ -s "$out/agree-$name.err" ]; then
        fail "agree-$name: exit status $status: $(head -c 300 "$out/agree-$name.err")"
    fi
    tshark_with_plugin -r "$capture" -2 -q -z sipexplain,calls |
        awk -F '\t' '/^# calls by outcome/ { exit } !/^#/ { print $2 }' | sort -u >"$out/agree-$name.calls"
    tshark_with_plugin -r "$capture" -2 -Y sipexplain.problem -T fields -E occurrence=a \
        -e sip.Call-ID | tr ',' '\n' | sort -u >"$out/agree-$name.marked"
    comm -12 "$out/agree-$name.calls" "$out/agree-$name.marked" >"$out/agree-$name.want"
    awk '/<testcase classname="[^"]*\.calls" name="call / {
             name = $0; sub(/.* name="call /, "", name); sub(/".*/, "", name)
         }
         /<failure / && name != "" { print name }
         /<\/testcase>|\/>$/ { name = "" }' "$out/agree-$name.xml" | sort -u >"$out/agree-$name.got"
    expect_same "$name: the calls sipexplain-check fails are the calls the plugin marks" \
        "$out/agree-$name.want" "$out/agree-$name.got"
done

# --fail-on: another filter decides, and a call's outcome alone no longer
# counts; given as --fail-on=FILTER too; the default however spaced is the
# default.
run check-every-code-class6 1 "$check" --fail-on='sipexplain.class == 6' "${plugin_args[@]}" \
    "$captures/every-code-udp.pcapng"
expect_file tools.check-every-code-class6.txt "$out/check-every-code-class6"
run check-failures-class6 1 "$check" "$captures/failures.pcapng" "${plugin_args[@]}" \
    --fail-on 'sipexplain.class == 6'
expect_file tools.check-failures-class6.txt "$out/check-failures-class6"
run check-failures-none 0 "$check" "$captures/failures.pcapng" "${plugin_args[@]}" \
    --fail-on 'sipexplain.code == 999'
if grep -q '^failures.pcapng: no call and no message fails on sipexplain.code == 999 ' \
    "$out/check-failures-none"; then
    pass
else
    fail "check-failures-none: a failed call counts with a --fail-on that matches nothing"
fi
run check-failures-spaced 1 "$check" "$captures/failures.pcapng" "${plugin_args[@]}" \
    --fail-on ' sipexplain.problem '
expect_same "--fail-on ' sipexplain.problem ' is the default" "$out/check-failures" \
    "$out/check-failures-spaced"

# Captures that hold nothing to check: no packets (a pcap header alone, a
# 0-byte file) is an error; packets without SIP pass, and say so, unless
# --require-sip.
printf '0000  48 65 6c 6c 6f 2c 20 77 6f 72 6c 64 0a\n' >"$workspace/no-sip.txt"
text2pcap -q -F pcap -u 40000,40001 "$workspace/no-sip.txt" "$workspace/no-sip.pcap"
head -c 24 "$workspace/no-sip.pcap" >"$workspace/empty.pcap"
: >"$workspace/zero.pcap"
head -c 3000 "$captures/healthy.pcapng" >"$workspace/cut-short.pcapng"
printf 'not a capture\n' >"$workspace/not-a-capture.pcapng"
chmod 644 "$workspace"/*.pcap "$workspace"/*.pcapng

# expect_error NAME: the message of a refused run, compared whole with
# tools.check-NAME.err.txt, the workspace path written WORKSPACE.
expect_error() {
    error "$1"
    sed "s|$workspace|WORKSPACE|g" "$out/$1.err" >"$out/$1.err.txt"
    expect_file "tools.$1.err.txt" "$out/$1.err.txt"
}

run check-no-sip 0 "$check" "$workspace/no-sip.pcap" "${plugin_args[@]}" --junit "$out/no-sip.junit.xml"
quiet check-no-sip
expect_file tools.check-no-sip.txt "$out/check-no-sip"
well_formed check-no-sip "$out/no-sip.junit.xml"
expect_file tools.check-no-sip.junit.txt "$out/no-sip.junit.xml"
run check-no-sip-required 2 "$check" "$workspace/no-sip.pcap" "${plugin_args[@]}" --require-sip \
    --junit "$out/no-sip-required.junit.xml"
expect_error check-no-sip-required
if [ -e "$out/no-sip-required.junit.xml" ]; then
    fail "check-no-sip-required: a JUnit report for a refused capture"
else
    pass
fi
run check-empty 2 "$check" "$workspace/empty.pcap" "${plugin_args[@]}"
expect_error check-empty
run check-zero-bytes 2 "$check" "$workspace/zero.pcap" "${plugin_args[@]}"
expect_error check-zero-bytes
# SIP is there, so --require-sip changes nothing.
run check-healthy-required 0 "$check" "$captures/healthy.pcapng" "${plugin_args[@]}" --require-sip
expect_same "--require-sip on SIP" "$out/check-healthy" "$out/check-healthy-required"

# Captures tshark cannot read: its own words after ours.
# unreadable NAME FILE: exit 2, and the message says it cannot read FILE.
unreadable() {
    run "$1" 2 "$check" "$2" "${plugin_args[@]}"
    error "$1"
    if head -n 1 "$out/$1.err" | grep -qF "sipexplain-check: cannot read $2: "; then
        pass
    else
        fail "$1: not 'cannot read $2': $(head -c 300 "$out/$1.err")"
    fi
}
unreadable check-not-a-capture "$workspace/not-a-capture.pcapng"
unreadable check-cut-short "$workspace/cut-short.pcapng"
unreadable check-no-capture "$workspace/no-such.pcapng"
unreadable check-folder "$workspace"

# No sipexplain for tshark: a --plugin that is no plugin.
: >"$workspace/not-a-plugin.so"
run check-not-a-plugin 2 "$check" "$captures/healthy.pcapng" --plugin "$workspace/not-a-plugin.so"
error check-not-a-plugin
if head -n 1 "$out/check-not-a-plugin.err" | grep -q '^sipexplain-check: tshark does not know sipexplain: '; then
    pass
else
    fail "check-not-a-plugin: $(head -c 300 "$out/check-not-a-plugin.err")"
fi

# Bad arguments: exit 2 with a message, no report.
run check-no-args 2 "$check"
expect_error check-no-args
run check-bad-option 2 "$check" --frobnicate "$captures/calls-udp.pcapng"
expect_error check-bad-option
run check-two-captures 2 "$check" "$captures/calls-udp.pcapng" "$captures/calls-tcp.pcapng"
expect_error check-two-captures
run check-missing-value 2 "$check" "$captures/calls-udp.pcapng" --fail-on
expect_error check-missing-value
run check-empty-filter 2 "$check" "$captures/calls-udp.pcapng" --fail-on ' '
expect_error check-empty-filter
run check-bad-filter 2 "$check" "$captures/calls-udp.pcapng" "${plugin_args[@]}" \
    --fail-on 'sipexplain.code =='
error check-bad-filter
# The filter limits the plugin's report: its refusal is said to be the filter's.
if head -n 1 "$out/check-bad-filter.err" | grep -q '^sipexplain-check: --fail-on: Filter "sipexplain.code ==" is invalid'; then
    pass
else
    fail "check-bad-filter: $(head -c 300 "$out/check-bad-filter.err")"
fi
run check-no-plugin-file 2 "$check" "$captures/calls-udp.pcapng" --plugin "$workspace/none.so"
expect_error check-no-plugin-file
run check-junit-nowhere 2 "$check" "$captures/calls-udp.pcapng" "${plugin_args[@]}" \
    --junit "$workspace/no-such-folder/report.xml"
expect_error check-junit-nowhere

# --help and the manual list the same options; the manual is well-formed roff
# (where groff is installed) and names this version.
run check-help 0 "$check" --help
quiet check-help
check_manual=$SIPEXPLAIN_SOURCE_DIR/tools/sipexplain-check.1
# The options of --help: its lines "  -x, --long VALUE"; of the manual: its
# .TP items in OPTIONS.
sed -n 's/^  \(-[^ ]*\( -[^ ]*\)*\).*/\1/p' "$out/check-help" | tr -d ',' | tr ' ' '\n' |
    grep '^-' | sort >"$workspace/check-help-options"
awk '/^\.SH / { options = ($2 == "OPTIONS") } options && previous == ".TP" { print } { previous = $0 }' \
    "$check_manual" | sed 's/\\-/-/g; s/^\.B[IR]* //; s/"//g; s/,//g' | tr ' ' '\n' | grep '^-' |
    sort >"$workspace/check-manual-options"
if [ -s "$workspace/check-help-options" ] &&
    diff "$workspace/check-help-options" "$workspace/check-manual-options" >"$workspace/diff"; then
    pass
else
    fail "--help and sipexplain-check.1 list different options: $(tr '\n' ' ' <"$workspace/diff")"
fi
if grep -q "^\\.TH SIPEXPLAIN-CHECK 1 .*\"sipexplain $SIPEXPLAIN_VERSION\"" "$check_manual"; then
    pass
else
    fail "sipexplain-check.1 does not name version $SIPEXPLAIN_VERSION"
fi
if command -v groff >/dev/null; then
    if groff -man -ww -z -Tutf8 "$check_manual" 2>"$workspace/groff.err" && [ ! -s "$workspace/groff.err" ]; then
        pass
    else
        fail "sipexplain-check.1: $(head -c 600 "$workspace/groff.err")"
    fi
fi

# Installed as the package installs it: into bin, without lib-tshark.sh
# beside it (its text is inlined), with its manual; it runs there as from the
# source tree. The build folder is the plugin's (build/plugin/sipexplain.so).
build_dir=$(dirname "$(dirname "$SIPEXPLAIN_PLUGIN")")
if [ -f "$build_dir/CMakeCache.txt" ] && command -v cmake >/dev/null; then
    root=$workspace/installed
    if DESTDIR=$root cmake --install "$build_dir" --prefix /usr >"$workspace/install.log" 2>&1; then
        pass
    else
        fail "cmake --install: $(tail -n 5 "$workspace/install.log")"
    fi
    if [ -x "$root/usr/bin/sipexplain-check" ] && [ ! -e "$root/usr/bin/lib-tshark.sh" ] &&
        [ -f "$root/usr/share/man/man1/sipexplain-check.1" ] &&
        ! grep -q 'lib-tshark.sh"$' "$root/usr/bin/sipexplain-check"; then
        pass
    else
        fail "installed: no bin/sipexplain-check with lib-tshark.sh inlined, or no manual"
    fi
    run check-installed 1 "$root/usr/bin/sipexplain-check" "$captures/failures.pcapng" "${plugin_args[@]}"
    expect_same "the installed sipexplain-check" "$out/check-failures" "$out/check-installed"
else
    echo "skip: no build folder at $build_dir: the installed sipexplain-check is not tried"
fi

finish
