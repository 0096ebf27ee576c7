/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Parsers for the SIP headers sipexplain explains: Reason (RFC 3326,
 * RFC 6432, RFC 8606) and Warning (RFC 3261 section 20.43). Pure C, no
 * Wireshark: they read untrusted text, so they are fuzzed on their own.
 * Results point into the input; nothing is allocated.
 */
#ifndef SIPEXPLAIN_SIP_HEADERS_H
#define SIPEXPLAIN_SIP_HEADERS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *start;
    size_t      length;       /* 0 when absent */
} sx_span;

/* One reason-value: protocol ;cause=N ;text="..." ;location=... */
typedef struct {
    sx_span protocol;
    long    cause;            /* -1 when absent or not a number */
    sx_span text;             /* inside the quotes, escapes left as they are */
    sx_span location;
    bool    malformed;        /* something could not be read as the grammar says */
} sx_reason_value;

/* One warning-value: 3DIGIT SP agent SP "text" */
typedef struct {
    int     code;             /* -1 when not three digits */
    sx_span agent;
    sx_span text;
    bool    malformed;
} sx_warning_value;

/*
 * Each parser reads a header value (several values separated by commas, as
 * in one header or several joined with ", ") into at most max values and
 * returns how many it wrote; *truncated tells whether more were left.
 */
size_t sx_parse_reason(const char *header, sx_reason_value *values, size_t max, bool *truncated);
size_t sx_parse_warning(const char *header, sx_warning_value *values, size_t max, bool *truncated);

/*
 * The delta-seconds of a Retry-After value (RFC 3261 section 20.33:
 * delta-seconds [ comment ] *( ";" retry-param )), capped at 4294967295;
 * -1 when the value does not start with digits or has anything but a
 * comment or parameters after them.
 */
long long sx_parse_retry_after(const char *value);

#endif
