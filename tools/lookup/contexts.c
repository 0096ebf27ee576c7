/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "contexts.h"
#include "responses.h"

/* Every SX_SEEN_* flag, each state being one subset of them. */
static const unsigned seen_flags[] = {
    SX_SEEN_REQUEST, SX_SEEN_AUTHORIZATION, SX_SEEN_PROXY_AUTH, SX_SEEN_EMPTY_AUTH,
    SX_SEEN_IN_DIALOG, SX_SEEN_DEREGISTER, SX_SEEN_CANCEL, SX_SEEN_CANCEL_ANSWERED,
    SX_SEEN_DIALOG_ENDED, SX_SEEN_STALE, SX_SEEN_REALM_ANSWERED, SX_SEEN_NO_CSEQ,
    SX_SEEN_PHRASE_AUTH, SX_SEEN_PHRASE_DNS, SX_SEEN_PHRASE_ORDER, SX_SEEN_RELIABLE,
};
#define FLAG_COUNT (sizeof seen_flags / sizeof seen_flags[0])

/* Whether a capture can show this state for a response of code to method. */
static int possible(unsigned seen, unsigned code, const char *method)
{
    const sx_response_info *info = sx_find_response(code);
    int invite = strcmp(method, "INVITE") == 0;
    unsigned from_request = SX_SEEN_AUTHORIZATION | SX_SEEN_PROXY_AUTH | SX_SEEN_EMPTY_AUTH |
                            SX_SEEN_IN_DIALOG | SX_SEEN_DEREGISTER;

    /* Credentials, a To tag and Expires 0 are read from the request itself. */
    if ((seen & from_request) && !(seen & SX_SEEN_REQUEST))
        return 0;
    /* An Authorization has a response or an empty one. */
    if ((seen & SX_SEEN_EMPTY_AUTH) && (seen & SX_SEEN_AUTHORIZATION))
        return 0;
    if ((seen & SX_SEEN_DEREGISTER) && strcmp(method, "REGISTER") != 0)
        return 0;
    if ((seen & (SX_SEEN_CANCEL | SX_SEEN_CANCEL_ANSWERED)) && !invite)
        return 0;
    if ((seen & SX_SEEN_CANCEL_ANSWERED) && !(seen & SX_SEEN_CANCEL))
        return 0;
    /* Without CSeq the method is not known, and here it is. */
    if (seen & SX_SEEN_NO_CSEQ)
        return 0;
    /* Read from the response's own challenge; the realm against the request's credentials. */
    if ((seen & (SX_SEEN_STALE | SX_SEEN_REALM_ANSWERED)) &&
        !(info && (info->flags & SX_CODE_CHALLENGE)))
        return 0;
    if ((seen & SX_SEEN_REALM_ANSWERED) &&
        !(seen & (SX_SEEN_AUTHORIZATION | SX_SEEN_PROXY_AUTH)))
        return 0;
    /* RSeq: a provisional response only. */
    if ((seen & SX_SEEN_RELIABLE) && sx_class_of(code) != 1)
        return 0;
    return 1;
}

size_t lk_context_choices(unsigned code, const char *method, lk_choice *choices,
                          int *uncovered)
{
    size_t count = 0;
    /* Per choice: whether it wins in some state with the request, and without. */
    int with_request[LK_MAX_CHOICES] = { 0 };

    *uncovered = 0;
    for (unsigned long n = 0; n < (1ul << FLAG_COUNT); n++) {
        unsigned seen = 0;
        const sx_context_info *row;
        size_t i;

        for (size_t bit = 0; bit < FLAG_COUNT; bit++) {
            if (n & (1ul << bit))
                seen |= seen_flags[bit];
        }
        if (!possible(seen, code, method))
            continue;
        row = sx_select_context(code, method, seen);
        if (row == NULL) {
            *uncovered = 1;
            continue;
        }
        for (i = 0; i < count && choices[i].row != row; i++)
            ;
        if (i == count) {
            if (count == LK_MAX_CHOICES)
                continue;
            choices[count].row = row;
            count++;
        }
        if (seen & SX_SEEN_REQUEST)
            with_request[i] = 1;
    }
    /* In table order, the order in which the plugin tries them. */
    for (size_t a = 1; a < count; a++) {
        for (size_t b = a; b > 0 && choices[b - 1].row > choices[b].row; b--) {
            lk_choice swap = choices[b];
            int flag = with_request[b];
            choices[b] = choices[b - 1];
            with_request[b] = with_request[b - 1];
            choices[b - 1] = swap;
            with_request[b - 1] = flag;
        }
    }
    for (size_t i = 0; i < count; i++) {
        sx_condition condition = choices[i].row->condition;

        if (condition != SX_WHEN_ANY || count == 1)
            choices[i].label = &sx_condition_labels[condition];
        else if (!with_request[i])
            choices[i].label = &sx_condition_labels[SX_WHEN_NOT_SEEN];
        else
            choices[i].label = NULL;
    }
    return count;
}

size_t lk_context_methods(unsigned code, const char **methods, size_t room, int *any_method)
{
    size_t count = 0;

    *any_method = 0;
    for (size_t i = 0; i < sx_contexts_count; i++) {
        const sx_context_info *row = &sx_contexts[i];
        size_t j;

        if (row->code != code)
            continue;
        if (row->method == NULL) {
            *any_method = 1;
            continue;
        }
        for (j = 0; j < count && strcmp(methods[j], row->method) != 0; j++)
            ;
        if (j == count && count < room)
            methods[count++] = row->method;
    }
    return count;
}
