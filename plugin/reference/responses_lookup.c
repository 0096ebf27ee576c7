/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Class rules, lookups and the one-line summary over the response tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "responses.h"

unsigned sx_class_of(unsigned code)
{
    if (code < 100 || code > 699)
        return SX_CLASS_INVALID;
    return code / 100;
}

static int compare_code(const void *key, const void *entry)
{
    unsigned code = *(const unsigned *)key;
    unsigned other = ((const sx_response_info *)entry)->code;
    return (code > other) - (code < other);
}

const sx_response_info *sx_find_response(unsigned code)
{
    return bsearch(&code, sx_responses, sx_responses_count, sizeof sx_responses[0],
                   compare_code);
}

/* The texts follow the facts entry by entry (the unit test holds them so). */
const sx_response_text *sx_response_text_of(const sx_response_info *info)
{
    size_t index;

    if (info == NULL)
        return NULL;
    index = (size_t)(info - sx_responses);
    return index < sx_response_texts_count ? &sx_response_texts[index] : NULL;
}

/* Header names are case-insensitive (RFC 3261 §7.3.1); ASCII only, no locale. */
static int same_header_name(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y - 'A' + 'a');
        if (x != y)
            return 0;
    }
    return *a == *b;
}

const sx_answer_text *sx_find_answer_text(unsigned code, const char *header)
{
    if (header == NULL)
        return NULL;
    for (size_t i = 0; i < sx_answer_texts_count; i++) {
        const sx_answer_text *entry = &sx_answer_texts[i];
        if (entry->code == code && same_header_name(entry->header, header))
            return entry;
    }
    return NULL;
}

unsigned sx_handled_as(unsigned code)
{
    unsigned response_class = sx_class_of(code);

    if (response_class == SX_CLASS_INVALID)
        return 0;
    if (sx_find_response(code))
        return code;
    /* An unknown 1xx still means "in progress", with a possible early dialog. */
    if (response_class == 1)
        return 183;
    return response_class * 100;
}

size_t sx_format_summary(char *out, size_t size, unsigned code, const char *brief)
{
    unsigned response_class = sx_class_of(code);
    const sx_response_info *info = sx_find_response(code);
    int length;

    if (size == 0)
        return 0;
    if (response_class == SX_CLASS_INVALID) {
        length = snprintf(out, size, "%u %s: %s", code, sx_classes[SX_CLASS_INVALID].name,
                          brief ? brief : sx_class_texts[SX_CLASS_INVALID].brief);
    } else if (info) {
        length = snprintf(out, size, "%u %s (%s): %s", code, info->phrase,
                          sx_classes[response_class].name,
                          brief ? brief : sx_response_text_of(info)->brief);
    } else if (brief) {
        length = snprintf(out, size, "%u Unregistered (%s): %s", code,
                          sx_classes[response_class].name, brief);
    } else {
        const sx_response_info *handled = sx_find_response(sx_handled_as(code));
        length = snprintf(out, size, "%u Unregistered (%s): %s %u %s", code,
                          sx_classes[response_class].name,
                          sx_class_texts[response_class].brief, handled->code, handled->phrase);
    }
    if (length < 0) {
        out[0] = '\0';
        return 0;
    }
    return (size_t)length < size ? (size_t)length : size - 1;
}

size_t sx_format_request_summary(char *out, size_t size, const char *method, const char *brief)
{
    int length;

    if (size == 0)
        return 0;
    length = snprintf(out, size, "%s: %s", method ? method : "Request", brief ? brief : "");
    if (length < 0)
        return 0;
    return (size_t)length < size ? (size_t)length : size - 1;
}

size_t sx_format_code_name(char *out, size_t size, unsigned code)
{
    const sx_response_info *info = sx_find_response(code);
    int length;

    if (size == 0)
        return 0;
    if (info)
        length = snprintf(out, size, "%u %s", code, info->phrase);
    else if (sx_class_of(code) == SX_CLASS_INVALID)
        length = snprintf(out, size, "%u (invalid)", code);
    else
        length = snprintf(out, size, "%u (unregistered)", code);
    if (length < 0) {
        out[0] = '\0';
        return 0;
    }
    return (size_t)length < size ? (size_t)length : size - 1;
}

/* The IANA registry of SIP methods (RFC 3261 and its extensions). */
const char *const sx_methods[] = {
    "ACK", "BYE", "CANCEL", "INFO", "INVITE", "MESSAGE", "NOTIFY", "OPTIONS", "PRACK",
    "PUBLISH", "REFER", "REGISTER", "SUBSCRIBE", "UPDATE",
};

const size_t sx_methods_count = sizeof sx_methods / sizeof sx_methods[0];

int sx_is_registered_method(const char *method)
{
    for (size_t i = 0; method && i < sx_methods_count; i++) {
        if (strcmp(method, sx_methods[i]) == 0)
            return 1;
    }
    return 0;
}
