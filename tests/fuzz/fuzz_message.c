/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * libFuzzer target for the SIP message scanner (plugin/parsers/sip_message.c):
 * what frame_messages.c does with the bytes of every data source of a SIP
 * frame, and what message_view.c, exchange.c and explain.c then read.
 *
 * Input: one byte of options (how many messages there is room for), one
 * byte choosing the parameter names looked up, then the data. The data is
 * copied into a buffer of exactly its size, so that ASan sees a byte read
 * past its end, and scanned four ways: datagram and stream, truncated and
 * not. Every message found is checked: its offsets in order and inside the
 * data, its start line, phrase and method inside it, its header index
 * consistent (ids, chains, counts within SX_MESSAGE_FIELDS and
 * SX_FIELDS_PER_HEADER), and every reader run on every kept header value:
 * CSeq, RAck, numbers, parameters, auth-params, list elements. Every span a
 * reader returns must lie inside the value it read, and is touched byte by
 * byte. The readers also run on the raw data, as one value.
 *
 *   clang -fsanitize=fuzzer,address,undefined -Iplugin/parsers \
 *       tests/fuzz/fuzz_message.c plugin/parsers/sip_message.c plugin/parsers/sip_headers.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sip_message.h"

/* Aborts with a message: libFuzzer saves the input as a crash. */
#define CHECK(condition)                                                        \
    do {                                                                        \
        if (!(condition)) {                                                     \
            fprintf(stderr, "fuzz_message: check failed: %s (line %d)\n",       \
                    #condition, __LINE__);                                      \
            abort();                                                            \
        }                                                                       \
    } while (0)

/* The most messages frame_messages.c makes room for in one data source. */
#define MAX_MESSAGES 16

static volatile unsigned char sink;

/* A span inside [low, high), every byte touched. An empty span may point anywhere in it. */
static void check_within(sx_span span, const char *low, const char *high)
{
    if (span.length == 0) {
        CHECK(span.start == NULL || (span.start >= low && span.start <= high));
        return;
    }
    CHECK(span.start != NULL);
    CHECK(span.start >= low && span.start <= high);
    CHECK(span.length <= (size_t)(high - span.start));
    for (size_t i = 0; i < span.length; i++)
        sink ^= (unsigned char)span.start[i];
}

static void check_in(sx_span inner, sx_span outer)
{
    check_within(inner, outer.start, outer.start + outer.length);
}

static bool is_token_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c != '\0' && strchr("-.!%*_+`'~", c) != NULL);
}

static void check_token(sx_span span)
{
    for (size_t i = 0; i < span.length; i++)
        CHECK(is_token_char(span.start[i]));
}

/* Parameter names the plugin looks up, and a few that test the edges. */
static const char *const param_names[] = {
    "tag", "expires", "realm", "stale", "response", "nonce", "q", "branch", "x", "", "t", "tagx",
};
#define PARAM_NAMES (sizeof param_names / sizeof param_names[0])

static void check_cseq(sx_span value)
{
    sx_cseq cseq = sx_parse_cseq(value);

    check_in(cseq.method, value);
    CHECK(cseq.method.length <= SX_METHOD_MAX);
    check_token(cseq.method);
    if (!cseq.has_number)
        CHECK(cseq.number == 0);
}

static void check_readers(sx_span value, unsigned names)
{
    sx_rack rack = sx_parse_rack(value);
    long long number = sx_parse_number(value);
    sx_span trimmed = sx_span_trim(value), element, found;
    size_t position = 0, elements = 0, last = 0;

    check_in(trimmed, value);
    check_cseq(value);
    check_in(rack.cseq.method, value);
    check_token(rack.cseq.method);
    if (rack.valid)
        CHECK(rack.cseq.has_number && rack.cseq.method.length > 0);
    CHECK(number >= -1 && number <= 4294967295LL);
    (void)sx_span_is(value, "INVITE");
    (void)sx_span_is(value, "");
    for (size_t i = 0; i < PARAM_NAMES; i++) {
        if (!((names >> (i % 8)) & 1) && i > 3)
            continue;
        found.start = NULL;
        found.length = 0;
        if (sx_find_param(value, param_names[i], &found))
            check_in(found, value);
        (void)sx_find_param(value, param_names[i], NULL);
        found.start = NULL;
        found.length = 0;
        if (sx_find_auth_param(value, param_names[i], &found))
            check_in(found, value);
        (void)sx_find_auth_param(value, param_names[i], NULL);
    }
    /* Elements: each inside the value, the position moving on, never past the end. */
    while (sx_next_element(value, &position, &element)) {
        CHECK(position <= value.length);
        CHECK(elements == 0 || position > last);
        check_in(element, value);
        CHECK(element.length > 0);
        last = position;
        elements++;
        CHECK(elements <= value.length + 1);
        if (sx_find_param(element, "expires", &found))
            check_in(found, element);
        (void)sx_span_is(element, "*");
    }
    CHECK(position == value.length);
    (void)sx_hash_bytes(SX_HASH_START, value.start, value.length);
}

static void check_message(const sx_message *message, const char *data, size_t length,
                          bool truncated, sx_carriage carriage, unsigned names)
{
    sx_span whole = { data + message->start, message->end - message->start };
    sx_span headers;
    size_t chained = 0;

    CHECK(message->start < length);
    CHECK(message->start <= message->headers_end);
    CHECK(message->headers_end <= message->end);
    CHECK(message->end <= length);
    headers.start = data + message->start;
    headers.length = message->headers_end - message->start;
    check_within(message->start_line, data + message->start, data + message->headers_end);
    CHECK(message->start_line.start == data + message->start);
    CHECK(message->start_line.length >= 11);
    if (message->cut)
        CHECK(truncated);
    if (carriage == SX_STREAM && !truncated)
        CHECK(!message->cut);
    if (message->is_response) {
        CHECK(message->code <= 999);
        CHECK(message->method.length == 0);
        check_in(message->phrase, message->start_line);
        CHECK(memcmp(message->start_line.start + 3, "/2.0 ", 5) == 0);
    } else {
        CHECK(message->code == 0);
        CHECK(message->phrase.length == 0);
        check_in(message->method, message->start_line);
        CHECK(message->method.length > 0);
        CHECK(message->method.start == message->start_line.start);
        check_token(message->method);
    }
    CHECK(message->field_count <= SX_MESSAGE_FIELDS_MAX);
    CHECK(message->first[SX_H_OTHER] == 0);
    CHECK(sx_header_first(message, SX_H_COUNT) == NULL);
    CHECK(sx_header_first(message, (sx_header_id)200) == NULL);
    CHECK(sx_header_next(message, NULL) == NULL);
    for (unsigned id = 0; id < SX_H_COUNT; id++) {
        size_t kept = 0;
        const sx_header_field *previous = NULL;

        for (const sx_header_field *field = sx_header_first(message, (sx_header_id)id); field;
             field = sx_header_next(message, field)) {
            CHECK(field >= message->fields && field < message->fields + message->field_count);
            CHECK(field->id == id);
            /* Lines stay in order: a chain only moves forward, so it ends. */
            CHECK(previous == NULL || field > previous);
            check_within(field->value, headers.start, headers.start + headers.length);
            check_readers(field->value, names);
            previous = field;
            kept++;
        }
        CHECK(kept <= SX_FIELDS_PER_HEADER);
        /* The first line of every kind is kept, however many came before it. */
        if (id != SX_H_OTHER)
            CHECK((message->occurrences[id] > 0) == (kept > 0));
        CHECK(kept <= message->occurrences[id]);
        chained += kept;
        CHECK(sx_header_name((sx_header_id)id) != NULL);
    }
    CHECK(chained == message->field_count);
    for (unsigned i = 0; i < message->field_count; i++) {
        CHECK(message->fields[i].id > SX_H_OTHER && message->fields[i].id < SX_H_COUNT);
        CHECK(message->fields[i].next == 0 ||
              (message->fields[i].next > i + 1 && message->fields[i].next <= message->field_count));
    }
    (void)sx_hash_bytes(SX_HASH_START, whole.start, whole.length);
    check_within(whole, data, data + length);
}

static void scan(const char *data, size_t length, bool truncated, sx_carriage carriage,
                 size_t room, unsigned names)
{
    /* Exactly room messages: a write past them is a heap overflow ASan reports. */
    sx_message *out = malloc(room * sizeof *out);
    bool more = true;
    size_t count = sx_find_messages(data, length, truncated, carriage, out, room, &more);

    CHECK(count <= room);
    CHECK(!more || count == room);
    if (carriage == SX_DATAGRAM)
        CHECK(count <= 1 && !more);
    if (count > 0)
        CHECK(sx_holds_sip_text(data, length));
    for (size_t i = 0; i < count; i++) {
        check_message(&out[i], data, length, truncated, carriage, names);
        /* One after another, none inside another's headers or body. */
        if (i > 0)
            CHECK(out[i].start >= out[i - 1].end && out[i].start > out[i - 1].start);
        /* A method after bytes that are not text never swallows them. */
        if (!out[i].is_response && out[i].start > 0 && (i == 0 || out[i].start > out[i - 1].end))
            CHECK(!is_token_char(data[out[i].start - 1]) || out[i].method.length >= 3);
    }
    free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *input, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *input, size_t size)
{
    size_t room, length;
    unsigned names;
    char *data;
    sx_span raw;

    if (size < 2)
        return 0;
    room = 1 + input[0] % MAX_MESSAGES;
    names = input[1];
    length = size - 2;
    /* Exactly the data, no terminator: the scanner must not need one. */
    data = malloc(length ? length : 1);
    memcpy(data, input + 2, length);

    for (int truncated = 0; truncated <= 1; truncated++) {
        scan(data, length, truncated, SX_DATAGRAM, room, names);
        scan(data, length, truncated, SX_STREAM, room, names);
    }
    /* The readers on the raw bytes, as one header value. */
    raw.start = data;
    raw.length = length;
    check_readers(raw, names);
    (void)sx_header_id_of(data, length < 40 ? length : 40);
    if (length > 0)
        (void)sx_header_id_of(data, 1);
    free(data);
    return 0;
}
