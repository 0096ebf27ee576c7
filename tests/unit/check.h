/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The few helpers the unit tests share: counted checks and a closing line. */
#ifndef SIPEXPLAIN_TEST_CHECK_H
#define SIPEXPLAIN_TEST_CHECK_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static unsigned checks_passed, checks_failed;

static inline void check(int ok, const char *format, ...)
{
    va_list args;

    if (ok) {
        checks_passed++;
        return;
    }
    checks_failed++;
    fputs("FAIL: ", stdout);
    va_start(args, format);
    vprintf(format, args);
    va_end(args);
    putchar('\n');
}

static inline int checks_finish(const char *name)
{
    printf("%s: %u passed, %u failed\n", name, checks_passed, checks_failed);
    return checks_failed ? 1 : 0;
}

/* Printable ASCII only, but for the section sign in references. */
static inline int plain_text(const char *text, int allow_section_sign)
{
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        if (allow_section_sign && c[0] == 0xC2 && c[1] == 0xA7) {
            c++;
            continue;
        }
        if (*c < 0x20 || *c > 0x7E)
            return 0;
    }
    return 1;
}

/* A text shown as one tree label: a full sentence that fits. */
static inline void check_sentences(const char *owner, const char *text, size_t max)
{
    size_t length = text ? strlen(text) : 0;

    check(length > 0, "%s: empty", owner);
    if (length == 0)
        return;
    check(length <= max, "%s: %zu bytes, over %zu", owner, length, max);
    check(plain_text(text, 1), "%s: not plain ASCII", owner);
    check(text[0] >= 'A' && text[0] <= 'Z', "%s: does not start a sentence", owner);
    check(text[length - 1] == '.', "%s: does not end a sentence", owner);
    check(strstr(text, "  ") == NULL, "%s: double space", owner);
}

#endif
