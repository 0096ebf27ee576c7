/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "sip_headers.h"

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* RFC 3261 token: alphanumerics and -.!%*_+`'~ */
static bool is_token(sx_span span)
{
    if (span.length == 0)
        return false;
    for (size_t i = 0; i < span.length; i++) {
        char c = span.start[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
              strchr("-.!%*_+`'~", c) != NULL) || c == '\0')
            return false;
    }
    return true;
}

static sx_span trimmed(const char *start, const char *end)
{
    sx_span span;

    while (start < end && is_space(*start))
        start++;
    while (end > start && is_space(end[-1]))
        end--;
    span.start = start;
    span.length = (size_t)(end - start);
    return span;
}

/*
 * The end of the element that starts at p: the next separator outside a
 * quoted string, or the end. An unclosed quote runs to the end.
 */
static const char *element_end(const char *p, const char *end, char separator, bool *unclosed)
{
    bool quoted = false;

    for (; p < end; p++) {
        if (quoted && *p == '\\' && p + 1 < end)
            p++;
        else if (*p == '"')
            quoted = !quoted;
        else if (!quoted && *p == separator)
            return p;
    }
    if (unclosed)
        *unclosed = quoted;
    return end;
}

/* The content between the quotes of a quoted string, or false. */
static bool unquote(sx_span value, sx_span *content)
{
    size_t backslashes = 0;

    if (value.length < 2 || value.start[0] != '"' || value.start[value.length - 1] != '"')
        return false;
    /* An odd run of backslashes before the last quote escapes it: still open. */
    while (backslashes + 2 < value.length && value.start[value.length - 2 - backslashes] == '\\')
        backslashes++;
    if (backslashes % 2 == 1)
        return false;
    content->start = value.start + 1;
    content->length = value.length - 2;
    return true;
}

static bool name_is(sx_span name, const char *wanted)
{
    size_t length = strlen(wanted);

    if (name.length != length)
        return false;
    for (size_t i = 0; i < length; i++) {
        char c = name.start[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != wanted[i])
            return false;
    }
    return true;
}

/* A cause is a short run of digits; anything else is not a number. */
static long parse_cause(sx_span value)
{
    long cause = 0;

    if (value.length == 0 || value.length > 9)
        return -1;
    for (size_t i = 0; i < value.length; i++) {
        if (!is_digit(value.start[i]))
            return -1;
        cause = cause * 10 + (value.start[i] - '0');
    }
    return cause;
}

static void parse_reason_param(sx_span param, sx_reason_value *value)
{
    const char *equals = memchr(param.start, '=', param.length);
    sx_span name, content;

    if (equals == NULL) {
        value->malformed |= param.length == 0;
        return;   /* a bare extension parameter */
    }
    name = trimmed(param.start, equals);
    content = trimmed(equals + 1, param.start + param.length);
    if (name_is(name, "cause")) {
        value->cause = parse_cause(content);
        value->malformed |= value->cause < 0;
    } else if (name_is(name, "text")) {
        if (!unquote(content, &value->text)) {
            value->text = content;   /* show what is there, unquoted */
            value->malformed = true;
        }
    } else if (name_is(name, "location")) {
        value->location = content;
    }
}

static void parse_reason_value(sx_span element, sx_reason_value *value)
{
    const char *p = element.start, *end = element.start + element.length;
    const char *semicolon = element_end(p, end, ';', NULL);

    memset(value, 0, sizeof(*value));
    value->cause = -1;
    value->protocol = trimmed(p, semicolon);
    value->malformed = !is_token(value->protocol);
    p = semicolon;
    while (p < end) {
        const char *next = element_end(p + 1, end, ';', NULL);
        parse_reason_param(trimmed(p + 1, next), value);
        p = next;
    }
}

static void parse_warning_value(sx_span element, sx_warning_value *value)
{
    const char *p = element.start, *end = element.start + element.length;
    const char *agent_end;

    memset(value, 0, sizeof(*value));
    value->code = -1;
    if (end - p >= 3 && is_digit(p[0]) && is_digit(p[1]) && is_digit(p[2]) &&
        (end - p == 3 || is_space(p[3]))) {
        value->code = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
        p += 3;
    } else {
        value->malformed = true;
        while (p < end && !is_space(*p))
            p++;
    }
    while (p < end && is_space(*p))
        p++;
    agent_end = p;
    while (agent_end < end && !is_space(*agent_end))
        agent_end++;
    value->agent = trimmed(p, agent_end);
    if (!unquote(trimmed(agent_end, end), &value->text)) {
        value->text = trimmed(agent_end, end);
        value->malformed = true;
    }
    value->malformed |= value->agent.length == 0;
}

typedef void (*value_parser)(sx_span element, void *value);

static size_t parse_list(const char *header, void *values, size_t size, size_t max,
                         bool *truncated, value_parser parse)
{
    const char *p = header, *end;
    size_t count = 0;

    *truncated = false;
    if (header == NULL)
        return 0;
    end = header + strlen(header);
    while (p < end) {
        bool unclosed = false;
        const char *next = element_end(p, end, ',', &unclosed);
        sx_span element = trimmed(p, next);

        if (element.length > 0) {
            if (count == max) {
                *truncated = true;
                break;
            }
            parse(element, (char *)values + count * size);
            count++;
        }
        p = next < end ? next + 1 : end;
    }
    return count;
}

static void reason_parser(sx_span element, void *value)
{
    parse_reason_value(element, (sx_reason_value *)value);
}

static void warning_parser(sx_span element, void *value)
{
    parse_warning_value(element, (sx_warning_value *)value);
}

size_t sx_parse_reason(const char *header, sx_reason_value *values, size_t max, bool *truncated)
{
    return parse_list(header, values, sizeof(*values), max, truncated, reason_parser);
}

size_t sx_parse_warning(const char *header, sx_warning_value *values, size_t max, bool *truncated)
{
    return parse_list(header, values, sizeof(*values), max, truncated, warning_parser);
}

long long sx_parse_retry_after(const char *value)
{
    const long long most = 4294967295LL;
    long long seconds = 0;
    const char *p = value;

    if (value == NULL)
        return -1;
    while (is_space(*p))
        p++;
    if (!is_digit(*p))
        return -1;
    for (; is_digit(*p); p++) {
        seconds = seconds * 10 + (*p - '0');   /* at most 10 * most + 9: no overflow */
        if (seconds > most)
            seconds = most;
    }
    while (is_space(*p))
        p++;
    if (*p != '\0' && *p != '(' && *p != ';')
        return -1;
    return seconds;
}
