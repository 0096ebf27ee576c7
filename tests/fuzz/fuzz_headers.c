/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * libFuzzer target for the code of sipexplain that reads untrusted text or
 * numbers without Wireshark: the Reason, Warning and Retry-After parsers
 * (plugin/parsers/sip_headers.c) and the reference lookups and formatters
 * (plugin/reference/: responses.h, context.h, texts.h) the post-dissector
 * calls with what it parsed.
 *
 * Input: 8 bytes of numbers (status code, what was seen, a list bound, an
 * output size), then a method token up to the first NUL, then the header
 * text. Beyond memory errors (ASan, UBSan), it checks what the plugin
 * relies on: spans lie inside the header, counts respect the bound, every
 * lookup the plugin dereferences without a NULL check returns an entry, and
 * every formatter stays inside its buffer and terminates it.
 *
 *   clang -fsanitize=fuzzer,address,undefined -Iplugin/parsers -Iplugin/reference \
 *       tests/fuzz/fuzz_headers.c plugin/parsers/sip_headers.c plugin/reference/[a-z]*.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "context.h"
#include "responses.h"
#include "sip_headers.h"
#include "texts.h"

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

static void check_string(const char *text)
{
    CHECK(text != NULL);
    CHECK(strlen(text) > 0);
}

static void check_sentences(const char *const *sentences, size_t max)
{
    size_t count = sx_sentence_count(sentences, max);
    CHECK(count <= max);
    for (size_t i = 0; i < count; i++)
        check_string(sentences[i]);
}

/* A formatter wrote at most size - 1 bytes, terminated, and said how many. */
static void check_formatted(const char *out, size_t size, size_t written)
{
    if (size == 0) {
        CHECK(written == 0);
        return;
    }
    CHECK(written < size);
    CHECK(memchr(out, '\0', size) != NULL);
    CHECK(strlen(out) == written);
}

/* Output buffers of exactly the size asked for, so that ASan sees a byte past it. */
static void check_formatters(unsigned code, const char *method, const char *brief, size_t size)
{
    char *out = malloc(size ? size : 1);
    size_t written;

    written = sx_format_summary(out, size, code, brief);
    check_formatted(out, size, written);
    written = sx_format_request_summary(out, size, method, brief);
    check_formatted(out, size, written);
    written = sx_format_code_name(out, size, code);
    check_formatted(out, size, written);
    free(out);
}

/* What explain.c and statistics.c do with a status code, a CSeq method and what was seen. */
static void check_code(unsigned code, const char *method, unsigned seen, size_t size)
{
    unsigned response_class = sx_class_of(code);
    const sx_response_info *info = sx_find_response(code);
    const sx_context_info *row = sx_select_context(code, method, seen);
    size_t first = 0, related_count = sx_related_of(code, &first);

    CHECK(response_class < SX_CLASS_COUNT);
    check_string(sx_classes[response_class].name);
    check_string(sx_class_texts[response_class].brief);
    check_sentences(sx_class_texts[response_class].explanation, SX_SENTENCES);
    if (info) {
        const sx_response_text *text = sx_response_text_of(info);
        CHECK(info->code == code);
        check_string(info->phrase);
        check_string(info->rfc);
        CHECK(text != NULL && text->code == code);
        check_string(text->brief);
        check_sentences(text->explanation, SX_SENTENCES);
        check_sentences(text->when, SX_SENTENCES);
        check_sentences(text->fix, SX_STEPS);
        for (size_t i = 0; i < SX_ANSWER_HEADERS; i++) {
            if (info->answer[i]) {
                const sx_answer_text *answer = sx_find_answer_text(code, info->answer[i]);
                if (answer)
                    CHECK(answer->code == code && answer->present); /* absent may be NULL */
            }
        }
    }
    CHECK(sx_response_text_of(NULL) == NULL);
    if (response_class != SX_CLASS_INVALID && info == NULL) {
        /* The summary of an unregistered code uses this without a NULL check. */
        const sx_response_info *handled = sx_find_response(sx_handled_as(code));
        CHECK(handled != NULL);
        CHECK(sx_class_of(handled->code) == response_class);
    }
    if (response_class == SX_CLASS_INVALID)
        CHECK(sx_handled_as(code) == 0);
    CHECK(first + related_count <= sx_related_count);
    for (size_t i = 0; i < related_count; i++) {
        CHECK(sx_related[first + i].code == code);
        CHECK(first + i < sx_related_texts_count);
        CHECK(sx_related_texts[first + i].code == code &&
              sx_related_texts[first + i].other == sx_related[first + i].other);
        check_sentences(sx_related_texts[first + i].text, SX_SENTENCES);
    }
    if (row) {
        const sx_context_text *text = sx_context_text_of(row);
        CHECK(row->code == code);
        CHECK(row->condition < SX_CONDITION_COUNT);
        CHECK(row->method == NULL || (method && strcmp(row->method, method) == 0));
        CHECK(text != NULL && text->key && strcmp(text->key, row->key) == 0);
        check_sentences(text->text, SX_SENTENCES);
    }
    CHECK(sx_context_text_of(NULL) == NULL);
    (void)sx_is_problem(code, row);
    for (int condition = 0; condition < SX_CONDITION_COUNT; condition++)
        (void)sx_condition_holds((sx_condition)condition, code, seen);
    CHECK(sx_retry_after_kind_of(code, method, seen) <= SX_RETRY_AFTER_OTHER);
    (void)sx_is_registered_method(method);
    check_formatters(code, method, NULL, size);
}

static void check_q850(long cause, unsigned code)
{
    const sx_q850_info *info = sx_find_q850(cause);

    if (info) {
        const sx_q850_text *text = sx_q850_text_of(info);
        CHECK(info->cause == cause);
        check_string(info->name);
        CHECK(text != NULL && text->cause == info->cause);
        check_sentences(text->explanation, SX_SENTENCES);
    }
    CHECK(sx_q850_text_of(NULL) == NULL);
    (void)sx_q850_agrees(cause, code);
}

static void check_warning_code(long code)
{
    const sx_warning_info *info = sx_find_warning(code);

    if (info) {
        const sx_warning_text *text = sx_warning_text_of(info);
        CHECK(info->code == code);
        check_string(info->name);
        CHECK(text != NULL && text->code == info->code);
        check_sentences(text->explanation, SX_SENTENCES);
    } else {
        /* explain.c shows this text for any code the registry lacks. */
        const sx_text *text = sx_warning_unregistered_text(code);
        CHECK(text != NULL);
        check_sentences(text->text, SX_SENTENCES);
    }
    CHECK(sx_warning_text_of(NULL) == NULL);
}

static void fuzz_reason(const char *header, size_t length, size_t max, unsigned code,
                        size_t size)
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
        check_q850(value->cause, code);
        /* A SIP cause is explained as the status code it names. */
        if (value->cause >= 0)
            check_code((unsigned)value->cause, NULL, 0, size);
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

        check_span(value->agent, header, length);
        check_span(value->text, header, length);
        CHECK(value->code >= -1 && value->code <= 999);
        check_warning_code(value->code);
    }
}

/* A template from the input, with the names explain.c fills in. */
static void fuzz_template(const char *text, const char *method, size_t size)
{
    static const char *const names[] = { "code", "method", "seconds", "copy", "frame", "cause" };
    const char *values[] = { "486", method ? method : "", "{code}", "", "12345678901234567890",
                             "{" };
    char *out = malloc(size ? size : 1);
    size_t written = sx_expand_template(out, size, text, names, values, 6);

    check_formatted(out, size, written);
    written = sx_expand_template(out, size, text, names, values, 0);
    check_formatted(out, size, written);
    free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *rest, *nul;
    unsigned code, seen;
    size_t max, out_size, method_length, header_length;
    char *method = NULL, *header;
    long long retry;

    if (size < 8)
        return 0;
    /* Codes well past 699 and 16 bits, as a status line may hold anything of three digits. */
    code = (unsigned)data[0] | (unsigned)data[1] << 8 | (unsigned)data[2] << 16 |
           (unsigned)data[3] << 24;
    if (data[4] & 0x80)
        code %= 1000;   /* most inputs near the codes that have texts */
    seen = (unsigned)data[5] | (unsigned)(data[4] & 0x7f) << 8 | (unsigned)(data[7] & 0xfe) << 14;
    max = 1 + data[6] % MAX_VALUES;
    /* Output sizes of 0 to 255 bytes: the tree's labels are cut at 240. */
    out_size = data[7] & 0x40 ? data[3] : 256;
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

    check_code(code, method, seen, out_size);
    /* A status line holds three digits: check every code it can carry too. */
    check_code(code % 1000, method, seen, out_size);
    check_formatters(code % 1000, method, header, out_size);
    fuzz_reason(header, header_length, max, code % 1000, out_size);
    fuzz_warning(header, header_length, max);
    check_warning_code((long)code - 0x80000000L);
    check_q850((long)(code & 0xffff) - 1000, code % 1000);
    retry = sx_parse_retry_after(header);
    CHECK(retry >= -1 && retry <= 4294967295LL);
    CHECK(sx_parse_retry_after(NULL) == -1);
    (void)sx_phrase_flags(header, header_length);
    (void)sx_phrase_flags(NULL, 0);
    fuzz_template(header, method, out_size);
    (void)sx_find_answer_text(code % 1000, header);
    (void)sx_find_answer_text(code % 1000, NULL);
    (void)sx_parse_reason(NULL, NULL, 0, &(bool){false});

    free(header);
    free(method);
    return 0;
}
