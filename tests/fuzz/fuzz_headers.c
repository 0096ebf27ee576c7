/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * libFuzzer target for the code of sipexplain that reads untrusted text or
 * numbers without Wireshark: the Reason and Warning parsers
 * (plugin/parsers/sip_headers.c) and the reference lookups
 * (plugin/reference/) the post-dissector calls with what it parsed.
 *
 * Input: 8 bytes of numbers (status code, what was seen, a list bound),
 * then a method token up to the first NUL, then the header text. Beyond
 * memory errors (ASan, UBSan), it checks what the plugin relies on: spans
 * lie inside the header, counts respect the bound, and every lookup the
 * plugin dereferences without a NULL check returns an entry.
 *
 *   clang -fsanitize=fuzzer,address,undefined -Iplugin/parsers -Iplugin/reference \
 *       tests/fuzz/fuzz_headers.c plugin/parsers/sip_headers.c plugin/reference/[a-z]*.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sip_context.h"
#include "sip_headers.h"
#include "sip_responses.h"

#define MAX_VALUES 32

/* Aborts with a message: libFuzzer saves the input as a crash. */
#define CHECK(condition)                                                        \
    do {                                                                        \
        if (!(condition)) {                                                     \
            fprintf(stderr, "fuzz_headers: check failed: %s (line %d)\n",       \
                    #condition, __LINE__);                                      \
            abort();                                                            \
        }                                                                       \
    } while (0)

static void check_span(sx_span span, const char *text, size_t length)
{
    if (span.length == 0)
        return;
    CHECK(span.start >= text);
    CHECK(span.start + span.length <= text + length);
    /* Touch every byte, so that ASan sees an out-of-bounds span. */
    volatile char sink = 0;
    for (size_t i = 0; i < span.length; i++)
        sink ^= span.start[i];
    (void)sink;
}

/* What packet-sipexplain.c does with a status code and a CSeq method. */
static void check_code(unsigned code, const char *method, unsigned seen)
{
    unsigned response_class = sx_class_of(code);
    const sx_response_info *info = sx_find_response(code);
    const sx_related_info *related;
    size_t related_count = sx_related_of(code, &related);
    const char *context = sx_context_text(code, method, seen);

    CHECK(response_class < SX_CLASS_COUNT);
    CHECK(sx_classes[response_class].name != NULL);
    if (info) {
        CHECK(info->code == code);
        CHECK(info->phrase && info->brief && info->explanation && info->when && info->fix &&
              info->rfc);
    }
    if (response_class != SX_CLASS_INVALID && info == NULL) {
        /* summary_of() and the "Handled as" item use this without a NULL check. */
        const sx_response_info *handled = sx_find_response(sx_handled_as(code));
        CHECK(handled != NULL);
        CHECK(sx_class_of(handled->code) == response_class);
    }
    if (response_class == SX_CLASS_INVALID)
        CHECK(sx_handled_as(code) == 0);
    for (size_t i = 0; i < related_count; i++)
        CHECK(related[i].code == code && related[i].text != NULL);
    if (context)
        CHECK(strlen(context) > 0);
    (void)sx_is_problem(code, method, seen);
}

static void fuzz_reason(const char *header, size_t length, size_t max, unsigned code)
{
    sx_reason_value values[MAX_VALUES];
    bool truncated;
    size_t count = sx_parse_reason(header, values, max, &truncated);

    CHECK(count <= max);
    CHECK(!truncated || count == max);
    for (size_t i = 0; i < count; i++) {
        const sx_reason_value *value = &values[i];

        check_span(value->protocol, header, length);
        check_span(value->text, header, length);
        check_span(value->location, header, length);
        CHECK(value->cause >= -1 && value->cause <= 999999999L);
        /* reason_explanation(): Q.850 lookup and mapping, or a SIP cause. */
        const sx_q850_info *cause = sx_find_q850(value->cause);
        if (cause) {
            CHECK(cause->cause == value->cause && cause->name && cause->explanation);
            (void)sx_q850_agrees(value->cause, code);
            (void)sx_find_response(cause->sip_code);
        }
        if (value->cause >= 0)
            check_code((unsigned)(value->cause < 65535 ? value->cause : 65535), NULL, 0);
    }
}

static void fuzz_warning(const char *header, size_t length, size_t max)
{
    sx_warning_value values[MAX_VALUES];
    bool truncated;
    size_t count = sx_parse_warning(header, values, max, &truncated);

    CHECK(count <= max);
    CHECK(!truncated || count == max);
    for (size_t i = 0; i < count; i++) {
        const sx_warning_value *value = &values[i];
        const sx_warning_info *known;

        check_span(value->agent, header, length);
        check_span(value->text, header, length);
        CHECK(value->code >= -1 && value->code <= 999);
        known = sx_find_warning(value->code);
        if (known)
            CHECK(known->code == value->code && known->name && known->explanation);
        (void)sx_warning_range(value->code);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *rest, *nul;
    unsigned code, seen;
    size_t max, method_length, header_length;
    char *method = NULL, *header;

    if (size < 8)
        return 0;
    /* Codes well past 699 and 16 bits, as sip.Status-Code is 32 bits wide. */
    code = (unsigned)data[0] | (unsigned)data[1] << 8 | (unsigned)data[2] << 16 |
           (unsigned)data[3] << 24;
    if (data[4] & 0x80)
        code %= 1000;   /* most inputs near the codes that have texts */
    seen = data[5] & 0x3f;
    max = 1 + data[6] % MAX_VALUES;
    rest = data + 8;
    size -= 8;

    nul = memchr(rest, 0, size);
    method_length = nul ? (size_t)(nul - rest) : 0;
    if (nul && !(data[7] & 1)) {
        method = malloc(method_length + 1);
        memcpy(method, rest, method_length);
        method[method_length] = '\0';
    }
    if (nul) {
        rest = nul + 1;
        size -= method_length + 1;
    }

    /* The parsers take a NUL-terminated string, as the plugin hands them. */
    header_length = size;
    header = malloc(header_length + 1);
    memcpy(header, rest, header_length);
    header[header_length] = '\0';
    header_length = strlen(header);

    check_code(code, method, seen);
    /* The plugin keeps codes in 16 bits; check what it would look up too. */
    check_code(code > 65535 ? 65535 : code, method, seen);
    fuzz_reason(header, header_length, max, code);
    fuzz_warning(header, header_length, max);
    (void)sx_parse_reason(NULL, NULL, 0, &(bool){false});

    free(header);
    free(method);
    return 0;
}
