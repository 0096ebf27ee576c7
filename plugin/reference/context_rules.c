/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The rules that pick a context row, its verdict, and the other lookups. */
#include <stdlib.h>
#include <string.h>

#include "context.h"
#include "responses.h"

const sx_condition_label sx_condition_labels[SX_CONDITION_COUNT] = {
    [SX_WHEN_ANY]               = { "in any state", "any" },
    [SX_WHEN_NOT_SEEN]          = { "request not in the capture", "not_seen" },
    [SX_WHEN_SEEN]              = { "request in the capture", "seen" },
    [SX_WHEN_NO_CREDENTIALS]    = { "without credentials", "no_credentials" },
    [SX_WHEN_EMPTY_CREDENTIALS] = { "empty credentials (IMS)", "empty_credentials" },
    [SX_WHEN_CREDENTIALS_SENT]  = { "credentials sent", "credentials_sent" },
    [SX_WHEN_STALE]             = { "nonce stale", "stale" },
    [SX_WHEN_NEW_REALM]         = { "challenge for another realm", "new_realm" },
    [SX_WHEN_CANCELLED]         = { "cancelled", "cancelled" },
    [SX_WHEN_CANCEL_UNANSWERED] = { "cancelled, CANCEL unanswered", "cancel_unanswered" },
    [SX_WHEN_NOT_CANCELLED]     = { "not cancelled", "not_cancelled" },
    [SX_WHEN_INITIAL]           = { "outside a dialog", "initial" },
    [SX_WHEN_IN_DIALOG]         = { "inside a dialog", "in_dialog" },
    [SX_WHEN_DEREGISTER]        = { "removing bindings", "deregister" },
    [SX_WHEN_DIALOG_ENDED]      = { "dialog already ended", "dialog_ended" },
    [SX_WHEN_NO_CSEQ]           = { "without CSeq", "no_cseq" },
    [SX_WHEN_PHRASE_AUTH]       = { "phrase names a wrong password", "phrase_auth" },
    [SX_WHEN_PHRASE_DNS]        = { "phrase names DNS", "phrase_dns" },
    [SX_WHEN_PHRASE_ORDER]      = { "phrase says out of order", "phrase_order" },
    [SX_WHEN_ACK_TIMEOUT_BYE]   = { "to a BYE after the ACK timed out", "ack_timeout_bye" },
    [SX_WHEN_PHRASE_NONCE]      = { "phrase says the nonce changed", "phrase_nonce" },
};

/*
 * The credentials a code is about: a 401 answers Authorization, a 407
 * Proxy-Authorization (RFC 3261 §22.2, §22.3); any other code either. An
 * Authorization with an empty response (the IMS initial REGISTER, 3GPP TS
 * 24.229 §5.1.1.2) is not counted as credentials.
 */
static unsigned credentials_for(unsigned code)
{
    if (code == 401)
        return SX_SEEN_AUTHORIZATION;
    if (code == 407)
        return SX_SEEN_PROXY_AUTH;
    return SX_SEEN_AUTHORIZATION | SX_SEEN_PROXY_AUTH;
}

int sx_condition_holds(sx_condition condition, unsigned code, unsigned seen)
{
    int request = (seen & SX_SEEN_REQUEST) != 0;
    int credentials = request && (seen & credentials_for(code)) != 0;

    switch (condition) {
    case SX_WHEN_ANY:
        return 1;
    case SX_WHEN_NOT_SEEN:
        return !request;
    case SX_WHEN_SEEN:
        return request;
    case SX_WHEN_NO_CREDENTIALS:
        return request && !credentials;
    case SX_WHEN_EMPTY_CREDENTIALS:
        return request && !credentials && (seen & SX_SEEN_EMPTY_AUTH) != 0;
    case SX_WHEN_CREDENTIALS_SENT:
        /* Only a challenge for the realm answered, without stale, refuses them. */
        if ((code == 401 || code == 407) && credentials)
            return (seen & SX_SEEN_REALM_ANSWERED) && !(seen & SX_SEEN_STALE);
        return credentials;
    case SX_WHEN_STALE:
        return credentials && (seen & SX_SEEN_STALE) != 0;
    case SX_WHEN_PHRASE_NONCE:
        return credentials && (seen & SX_SEEN_PHRASE_NONCE) != 0;
    case SX_WHEN_NEW_REALM:
        return credentials && !(seen & SX_SEEN_REALM_ANSWERED);
    case SX_WHEN_CANCELLED:
        return (seen & SX_SEEN_CANCEL) != 0;
    case SX_WHEN_CANCEL_UNANSWERED:
        return (seen & SX_SEEN_CANCEL) && !(seen & SX_SEEN_CANCEL_ANSWERED);
    case SX_WHEN_NOT_CANCELLED:
        return request && !(seen & SX_SEEN_CANCEL);
    case SX_WHEN_INITIAL:
        return request && !(seen & SX_SEEN_IN_DIALOG);
    case SX_WHEN_IN_DIALOG:
        return request && (seen & SX_SEEN_IN_DIALOG) != 0;
    case SX_WHEN_DEREGISTER:
        return request && (seen & SX_SEEN_DEREGISTER) != 0;
    case SX_WHEN_DIALOG_ENDED:
        return (seen & SX_SEEN_DIALOG_ENDED) != 0;
    case SX_WHEN_NO_CSEQ:
        return (seen & SX_SEEN_NO_CSEQ) != 0;
    case SX_WHEN_PHRASE_AUTH:
        return (seen & SX_SEEN_PHRASE_AUTH) != 0;
    case SX_WHEN_PHRASE_DNS:
        return (seen & SX_SEEN_PHRASE_DNS) != 0;
    case SX_WHEN_PHRASE_ORDER:
        return (seen & SX_SEEN_PHRASE_ORDER) != 0;
    case SX_WHEN_ACK_TIMEOUT_BYE:
        return (seen & SX_SEEN_ACK_TIMEOUT_BYE) != 0;
    case SX_CONDITION_COUNT:
        break;
    }
    return 0;
}

const sx_context_info *sx_select_context(unsigned code, const char *method, unsigned seen)
{
    for (size_t i = 0; i < sx_contexts_count; i++) {
        const sx_context_info *row = &sx_contexts[i];

        if (row->code < code)
            continue;
        if (row->code > code)
            break;
        if (row->method && (method == NULL || strcmp(row->method, method) != 0))
            continue;
        if (sx_condition_holds(row->condition, code, seen))
            return row;
    }
    return NULL;
}

const sx_context_text *sx_context_text_of(const sx_context_info *row)
{
    return row ? &sx_context_texts[row - sx_contexts] : NULL;
}

int sx_is_problem(unsigned code, const sx_context_info *row)
{
    unsigned response_class = sx_class_of(code);

    if (row)
        return row->problem;
    if (response_class == SX_CLASS_INVALID)
        return 1;
    return response_class >= 4;
}

size_t sx_related_of(unsigned code, size_t *first)
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
    *first = low;
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

const sx_q850_text *sx_q850_text_of(const sx_q850_info *info)
{
    return info ? &sx_q850_texts[info - sx_q850_causes] : NULL;
}

int sx_q850_agrees(long cause, unsigned code)
{
    const sx_q850_info *info = sx_find_q850(cause);

    for (size_t i = 0; i < sx_q850_unmapped_codes_count; i++) {
        if (sx_q850_unmapped_codes[i] == code)
            return 1;
    }
    /* A cause RFC 3398 does not map, or does not know, cannot disagree. */
    if (info == NULL || info->sip_code == 0 || info->sip_code == code ||
        info->sip_code_also == code)
        return 1;
    for (size_t i = 0; i < sx_sip_to_q850_count; i++) {
        if (sx_sip_to_q850[i].sip_code == code)
            return sx_sip_to_q850[i].cause == cause;
    }
    /*
     * RFC 3398 §8.2.6.1: "Any SIP status codes not listed below ... should be
     * mapping to cause code 31", so a 4xx-6xx it does not list pairs with 31.
     */
    if (code >= 400 && code <= 699)
        return cause == 31;
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

const sx_warning_text *sx_warning_text_of(const sx_warning_info *info)
{
    return info ? &sx_warning_texts[info - sx_warnings] : NULL;
}

const sx_text *sx_warning_unregistered_text(long code)
{
    for (size_t i = 0; i < sx_warning_ranges_count; i++) {
        if (code >= sx_warning_ranges[i].low && code <= sx_warning_ranges[i].high)
            return &sx_warning_range_texts[i];
    }
    if (code >= 300 && code <= 399)
        return &sx_texts.warning_unassigned;
    return &sx_texts.warning_outside;
}

sx_retry_after_kind sx_retry_after_kind_of(unsigned code, const char *method, unsigned seen)
{
    int in_dialog_invite = method && strcmp(method, "INVITE") == 0 && (seen & SX_SEEN_IN_DIALOG);
    int update = method && strcmp(method, "UPDATE") == 0;

    switch (code) {
    case 503:
        return SX_RETRY_AFTER_SERVER;
    case 404: case 480: case 486: case 600: case 603:
        return SX_RETRY_AFTER_CALLEE;
    case 500:
        /* RFC 3261 §14.2 and RFC 3311 §5.2: a request that overtook the previous one. */
        return in_dialog_invite || update ? SX_RETRY_AFTER_GLARE : SX_RETRY_AFTER_OTHER;
    default:
        return SX_RETRY_AFTER_OTHER;
    }
}

/* Whether text holds word, ASCII case ignored. */
static int contains(const char *text, size_t length, const char *word)
{
    size_t word_length = strlen(word);

    for (size_t i = 0; i + word_length <= length; i++) {
        size_t j = 0;
        while (j < word_length) {
            char c = text[i + j];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            if (c != word[j])
                break;
            j++;
        }
        if (j == word_length)
            return 1;
    }
    return 0;
}

/*
 * Phrases seen from real equipment that name a cause the code does not:
 * "Wrong password", "Authentication failed" (Asterisk, Kamailio), "No DNS
 * results" (OpenSIPS, Kamailio), "Request out of order" (RFC 3261 §12.2.2),
 * "nonce has changed" (registrars that say so instead of stale=true).
 */
unsigned sx_phrase_flags(const char *phrase, size_t length)
{
    unsigned flags = 0;

    if (phrase == NULL)
        return 0;
    if (contains(phrase, length, "password") || contains(phrase, length, "credential") ||
        contains(phrase, length, "authentication fail") || contains(phrase, length, "auth fail"))
        flags |= SX_SEEN_PHRASE_AUTH;
    if (contains(phrase, length, "dns"))
        flags |= SX_SEEN_PHRASE_DNS;
    if (contains(phrase, length, "out of order"))
        flags |= SX_SEEN_PHRASE_ORDER;
    if (contains(phrase, length, "nonce"))
        flags |= SX_SEEN_PHRASE_NONCE;
    return flags;
}
