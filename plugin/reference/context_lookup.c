/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Choosing the context text and the problem flag of a response. */
#include <stdlib.h>
#include <string.h>

#include "sip_context.h"
#include "sip_responses.h"

static int condition_holds(sx_condition condition, unsigned seen)
{
    switch (condition) {
    case SX_WHEN_ANY:
        return 1;
    case SX_WHEN_NO_CREDENTIALS:
        return (seen & SX_SEEN_REQUEST) && !(seen & SX_SEEN_CREDENTIALS);
    case SX_WHEN_CREDENTIALS_SENT:
        return (seen & SX_SEEN_REQUEST) && (seen & SX_SEEN_CREDENTIALS);
    case SX_WHEN_CANCELLED:
        return (seen & SX_SEEN_CANCEL) != 0;
    case SX_WHEN_NOT_CANCELLED:
        return (seen & SX_SEEN_REQUEST) && !(seen & SX_SEEN_CANCEL);
    case SX_WHEN_INITIAL:
        return (seen & SX_SEEN_REQUEST) && !(seen & SX_SEEN_REINVITE);
    case SX_WHEN_REINVITE:
        return (seen & SX_SEEN_REINVITE) != 0;
    case SX_WHEN_DEREGISTER:
        return (seen & SX_SEEN_DEREGISTER) != 0;
    }
    return 0;
}

const char *sx_context_text(unsigned code, const char *method, unsigned seen)
{
    for (size_t i = 0; i < sx_contexts_count; i++) {
        const sx_context_info *entry = &sx_contexts[i];

        if (entry->code < code)
            continue;
        if (entry->code > code)
            break;
        if (entry->method && (method == NULL || strcmp(entry->method, method) != 0))
            continue;
        if (condition_holds(entry->condition, seen))
            return entry->text;
    }
    return NULL;
}

int sx_is_problem(unsigned code, const char *method, unsigned seen)
{
    unsigned response_class = sx_class_of(code);
    int invite = method && strcmp(method, "INVITE") == 0;

    if (response_class == SX_CLASS_INVALID)
        return 1;
    if (response_class <= 3)
        return 0;
    if ((code == 401 || code == 407) && condition_holds(SX_WHEN_NO_CREDENTIALS, seen))
        return 0;
    if (code == 487 && invite && condition_holds(SX_WHEN_CANCELLED, seen))
        return 0;
    return 1;
}

size_t sx_related_of(unsigned code, const sx_related_info **first)
{
    /* The table is sorted by code (a unit test holds it so): find its run. */
    size_t low = 0, high = sx_related_count, end;

    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (sx_related[middle].code < code)
            low = middle + 1;
        else
            high = middle;
    }
    for (end = low; end < sx_related_count && sx_related[end].code == code; end++)
        ;
    *first = end > low ? &sx_related[low] : NULL;
    return end - low;
}

const sx_q850_info *sx_find_q850(long cause)
{
    for (size_t i = 0; i < sx_q850_causes_count; i++) {
        if (sx_q850_causes[i].cause == cause)
            return &sx_q850_causes[i];
    }
    return NULL;
}

int sx_q850_agrees(long cause, unsigned code)
{
    const sx_q850_info *info = sx_find_q850(cause);

    if (info == NULL || info->sip_code == 0 || info->sip_code == code)
        return 1;
    for (size_t i = 0; i < sx_sip_to_q850_count; i++) {
        if (sx_sip_to_q850[i].sip_code == code)
            return sx_sip_to_q850[i].cause == cause;
    }
    return 0;
}

const sx_warning_info *sx_find_warning(long code)
{
    for (size_t i = 0; i < sx_warnings_count; i++) {
        if (sx_warnings[i].code == code)
            return &sx_warnings[i];
    }
    return NULL;
}

const char *sx_warning_range(long code)
{
    for (size_t i = 0; i < sx_warning_ranges_count; i++) {
        if (code >= sx_warning_ranges[i].low && code <= sx_warning_ranges[i].high)
            return sx_warning_ranges[i].name;
    }
    return NULL;
}
