/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Checks the Reason, Warning and Retry-After parsers on well-formed and
 * broken values, and the message scanner (sip_message.c) on the bytes the
 * bad-input catalogue holds.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "sip_headers.h"
#include "sip_message.h"

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

/* The messages of data (sizeof - 1: no terminator counted). */
static size_t scan(const char *data, size_t length, sx_carriage carriage, sx_message *out,
                   size_t max)
{
    bool more;
    return sx_find_messages(data, length, false, carriage, out, max, &more);
}

static void check_messages(void)
{
    static sx_message m[4];
    const sx_header_field *field;
    sx_cseq cseq;
    size_t n;

    /* A UDP header before the request: its checksum "XX" is not part of the method. */
    {
        static const char frame[] = "\x13\xc4\x13\xc4\x01\x07XXINVITE sip:bob@b SIP/2.0\r\n"
                                    "CSeq: 1 INVITE\r\n\r\n";
        n = scan(frame, sizeof frame - 1, SX_DATAGRAM, m, 4);
        check(n == 1 && !m[0].is_response && span_is(m[0].method, "INVITE") &&
              m[0].start == 8, "binary bytes before the method: %zu", n);
    }
    {
        static const char frame[] = "\x01XXFOO sip:bob@b SIP/2.0\r\n\r\n";
        n = scan(frame, sizeof frame - 1, SX_DATAGRAM, m, 4);
        check(n == 1 && span_is(m[0].method, "XXFOO"),
              "no registered method ends the run: all of it is kept");
    }
    {
        static const char text[] = "XINVITE sip:bob@b SIP/2.0\r\n\r\n";
        n = scan(text, sizeof text - 1, SX_DATAGRAM, m, 4);
        check(n == 1 && span_is(m[0].method, "XINVITE"),
              "at the start of the data an extension method is taken whole");
    }
    {
        static const char text[] = "SIP/2.0 200 OK\r\nl: 5\r\n\r\nhelloACKINVITE sip:b SIP/2.0\r\n\r\n";
        n = scan(text, sizeof text - 1, SX_STREAM, m, 4);
        check(n == 2 && span_is(m[1].method, "ACKINVITE"),
              "right after a body (the floor) the method is taken whole: %zu", n);
    }

    /* A request line with white space after SIP/2.0 is still the start line, so a
     * status line quoted in a header after it is not taken for the message. */
    {
        static const char text[] = "INVITE sip:bob@b SIP/2.0 \t\r\n"
                                   "Warning: 399 h \"SIP/2.0 200 OK\"\r\n\r\n";
        n = scan(text, sizeof text - 1, SX_DATAGRAM, m, 4);
        check(n == 1 && !m[0].is_response && span_is(m[0].method, "INVITE"),
              "trailing white space after the request line's version");
    }

    /* 30 Via, 30 Record-Route and 30 Warning lines fill the 64 kept; the CSeq after them counts. */
    {
        static char big[8192];
        size_t length = 0;
        length += (size_t)snprintf(big + length, sizeof big - length, "SIP/2.0 486 Busy Here\r\n");
        for (int i = 0; i < 30; i++)
            length += (size_t)snprintf(big + length, sizeof big - length,
                                       "Via: SIP/2.0/UDP h;branch=z9hG4bK-%d\r\n"
                                       "Record-Route: <sip:p;lr>\r\nWarning: 399 h \"w\"\r\n", i);
        length += (size_t)snprintf(big + length, sizeof big - length,
                                   "CSeq: 1 INVITE\r\nReason: Q.850;cause=17\r\n\r\n");
        n = scan(big, length, SX_DATAGRAM, m, 4);
        check(n == 1, "300-line message found");
        field = sx_header_first(&m[0], SX_H_CSEQ);
        check(field != NULL, "CSeq after 90 repeated lines is kept");
        cseq = field ? sx_parse_cseq(field->value) : (sx_cseq){ false, 0, { NULL, 0 } };
        check(cseq.has_number && cseq.number == 1 && span_is(cseq.method, "INVITE"),
              "its value is read");
        check(sx_header_first(&m[0], SX_H_REASON) != NULL, "so is the Reason after it");
        check(m[0].occurrences[SX_H_WARNING] == 30 && m[0].field_count <= SX_MESSAGE_FIELDS_MAX,
              "30 Warning lines counted, the kept ones bounded");
        n = 0;
        for (field = sx_header_first(&m[0], SX_H_VIA); field; field = sx_header_next(&m[0], field))
            n++;
        check(n > 0 && n <= SX_FIELDS_PER_HEADER, "Via lines kept within the bound: %zu", n);
    }

    /* Folding, compact names, LF-only line ends. */
    {
        static const char text[] = "SIP/2.0 486 Busy Here\nt: <sip:b>\n  ;tag=x1\n"
                                   "CSeq: 1\n\tINVITE\nl: 0\n\n";
        n = scan(text, sizeof text - 1, SX_STREAM, m, 4);
        check(n == 1 && m[0].end == sizeof text - 1, "LF-only message, ends after its empty line");
        field = sx_header_first(&m[0], SX_H_TO);
        {
            sx_span tag = { NULL, 0 };
            check(field && sx_find_param(field->value, "tag", &tag) && span_is(tag, "x1"),
                  "compact To, tag on a folded line");
        }
        field = sx_header_first(&m[0], SX_H_CSEQ);
        cseq = field ? sx_parse_cseq(field->value) : (sx_cseq){ false, 0, { NULL, 0 } };
        check(cseq.number == 1 && span_is(cseq.method, "INVITE"), "folded CSeq");
    }

    /* Content-Length larger than what arrived: a datagram ends at its end, a stream waits. */
    {
        static const char text[] = "SIP/2.0 200 OK\r\nContent-Length: 4000\r\n\r\nv=0\r\n";
        n = scan(text, sizeof text - 1, SX_DATAGRAM, m, 4);
        check(n == 1 && m[0].end == sizeof text - 1, "datagram: body to the end");
        n = scan(text, sizeof text - 1, SX_STREAM, m, 4);
        check(n == 0, "stream: the message is not whole yet");
    }
    /* Smaller: a datagram carries one message, whatever follows its body. */
    {
        static const char text[] = "SIP/2.0 486 Busy Here\r\nContent-Length: 2\r\n\r\n"
                                   "okSIP/2.0 603 Decline\r\n\r\n";
        n = scan(text, sizeof text - 1, SX_DATAGRAM, m, 4);
        check(n == 1 && m[0].code == 486, "datagram: nothing read after the body");
        n = scan(text, sizeof text - 1, SX_STREAM, m, 4);
        check(n == 2 && m[1].code == 603, "stream: the next message follows the body");
    }
    /* A sipfrag body is not a message; CRLF keep-alives are not either. */
    {
        static const char text[] = "\r\n\r\nNOTIFY sip:a SIP/2.0\r\nContent-Type: message/sipfrag\r\n"
                                   "Content-Length: 18\r\n\r\nSIP/2.0 200 OK\r\n\r\n\r\n";
        n = scan(text, sizeof text - 1, SX_STREAM, m, 4);
        check(n == 1 && !m[0].is_response && span_is(m[0].method, "NOTIFY"),
              "sipfrag body and keep-alives: one message: %zu", n);
    }
    /* Lower case "sip/2.0", NUL bytes in a header. */
    {
        static const char text[] = "sip/2.0 486 Busy Here\r\nTo: <sip:b>;tag=a\0\0\r\n"
                                   "X-A\0b: c\r\nCSeq: 2 INV\0ITE\r\n\r\n";
        n = scan(text, sizeof text - 1, SX_DATAGRAM, m, 4);
        check(n == 1 && m[0].is_response && m[0].code == 486, "lower-case status line");
        field = sx_header_first(&m[0], SX_H_CSEQ);
        cseq = field ? sx_parse_cseq(field->value) : (sx_cseq){ false, 0, { NULL, 0 } };
        check(field && cseq.number == 2 && cseq.method.length == 0,
              "a NUL in the CSeq method: not a token");
    }
}

int main(void)
{
    check_reason();
    check_warning();
    check_retry_after();
    check_messages();
    return checks_finish("header parsers");
}
