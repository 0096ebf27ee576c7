/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Checks the Reason and Warning parsers on well-formed and broken values. */
#include <stdbool.h>
#include <stdlib.h>

#include "check.h"
#include "sip_headers.h"

static int span_is(sx_span span, const char *text)
{
    return span.length == strlen(text) && strncmp(span.start, text, span.length) == 0;
}

static void check_reason(void)
{
    sx_reason_value v[4];
    bool truncated;
    size_t n;

    n = sx_parse_reason("Q.850;cause=16;text=\"Terminated\"", v, 4, &truncated);
    check(n == 1 && !truncated && span_is(v[0].protocol, "Q.850") && v[0].cause == 16 &&
          span_is(v[0].text, "Terminated") && !v[0].malformed, "one Q.850 value");

    n = sx_parse_reason("SIP ;cause=200 ;text=\"Call completed elsewhere\", "
                        "Q.850;cause=17;text=\"busy, really; sorry\";location=LN",
                        v, 4, &truncated);
    check(n == 2, "two values, commas and semicolons inside quotes: %zu", n);
    check(span_is(v[0].protocol, "SIP") && v[0].cause == 200 &&
          span_is(v[0].text, "Call completed elsewhere"), "first of two");
    check(span_is(v[1].protocol, "Q.850") && v[1].cause == 17 &&
          span_is(v[1].text, "busy, really; sorry") && span_is(v[1].location, "LN"),
          "second of two, with location");

    n = sx_parse_reason("q.850;CAUSE=21;Text=\"x \\\" y\"", v, 4, &truncated);
    check(n == 1 && v[0].cause == 21 && span_is(v[0].text, "x \\\" y"),
          "names are case-insensitive, escaped quotes stay inside");

    n = sx_parse_reason("Q.850;cause=abc", v, 4, &truncated);
    check(n == 1 && v[0].cause == -1 && v[0].malformed, "non-numeric cause");
    n = sx_parse_reason("Q.850;cause=99999999999", v, 4, &truncated);
    check(n == 1 && v[0].cause == -1 && v[0].malformed, "huge cause");
    n = sx_parse_reason("Q.850;cause=17;text=\"never closed, SIP;cause=1", v, 4, &truncated);
    check(n == 1 && v[0].cause == 17 && v[0].malformed, "unclosed quote runs to the end");
    n = sx_parse_reason(";cause=3", v, 4, &truncated);
    check(n == 1 && v[0].protocol.length == 0 && v[0].malformed, "no protocol");
    n = sx_parse_reason("Q.850", v, 4, &truncated);
    check(n == 1 && v[0].cause == -1 && !v[0].malformed, "protocol only");
    n = sx_parse_reason(" , ,, ", v, 4, &truncated);
    check(n == 0 && !truncated, "only separators");
    n = sx_parse_reason("", v, 4, &truncated);
    check(n == 0, "empty");
    n = sx_parse_reason(NULL, v, 4, &truncated);
    check(n == 0, "NULL");
    n = sx_parse_reason("A;cause=1,B;cause=2,C;cause=3,D;cause=4,E;cause=5", v, 4, &truncated);
    check(n == 4 && truncated && v[3].cause == 4, "more values than room");
}

static void check_warning(void)
{
    sx_warning_value v[4];
    bool truncated;
    size_t n;

    n = sx_parse_warning("307 isi.edu \"Session parameter 'foo' not understood\"", v, 4,
                         &truncated);
    check(n == 1 && v[0].code == 307 && span_is(v[0].agent, "isi.edu") &&
          span_is(v[0].text, "Session parameter 'foo' not understood") && !v[0].malformed,
          "one warning");

    n = sx_parse_warning("301 [2001:db8::1]:5060 \"Incompatible, network\", "
                         "399 sbc.example.com \"Media, refused\"", v, 4, &truncated);
    check(n == 2 && v[0].code == 301 && span_is(v[0].agent, "[2001:db8::1]:5060") &&
          span_is(v[0].text, "Incompatible, network") && v[1].code == 399 &&
          span_is(v[1].text, "Media, refused"), "two warnings, commas inside quotes");

    n = sx_parse_warning("30X host \"t\"", v, 4, &truncated);
    check(n == 1 && v[0].code == -1 && v[0].malformed, "non-numeric code");
    n = sx_parse_warning("3999 host \"t\"", v, 4, &truncated);
    check(n == 1 && v[0].code == -1 && v[0].malformed, "four digits");
    n = sx_parse_warning("399 host unquoted text", v, 4, &truncated);
    check(n == 1 && v[0].code == 399 && v[0].malformed, "unquoted text");
    n = sx_parse_warning("399", v, 4, &truncated);
    check(n == 1 && v[0].code == 399 && v[0].malformed && v[0].agent.length == 0,
          "code only");
    n = sx_parse_warning("399 \"no agent\"", v, 4, &truncated);
    check(n == 1 && v[0].malformed, "no agent");
}

static void check_retry_after(void)
{
    check(sx_parse_retry_after("120") == 120, "plain delta-seconds");
    check(sx_parse_retry_after(" 120 (I'm in a meeting)") == 120, "with a comment");
    check(sx_parse_retry_after("18000;duration=3600") == 18000, "with a parameter");
    check(sx_parse_retry_after("99999999999999") == 4294967295LL, "capped at 32 bits");
    check(sx_parse_retry_after("soon") == -1, "not a number");
    check(sx_parse_retry_after("12x") == -1, "trailing garbage");
    check(sx_parse_retry_after("") == -1 && sx_parse_retry_after(NULL) == -1, "empty");
    {
        sx_reason_value v[2];
        bool truncated;
        check(sx_parse_reason("Q.850;cause=17;text=\"ends in \\\"", v, 2, &truncated) == 1 &&
              v[0].malformed, "escaped closing quote leaves the text open");
        check(sx_parse_reason("\"Q.850\";cause=17", v, 2, &truncated) == 1 && v[0].malformed,
              "a quoted protocol is not a token");
    }
}

int main(void)
{
    check_reason();
    check_warning();
    check_retry_after();
    return checks_finish("header parsers");
}
