/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The facts of a code and the sentences of its differences with another.
 * Every sentence is built from the values of one fact, in this file only,
 * so the text and the JSON of a comparison cannot say different things.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "compare.h"

/* A bounded string being written: always terminated, cut at its size. */
typedef struct {
    char *out;
    size_t size, length;
} buffer;

static void add(buffer *b, const char *format, ...) __attribute__((format(printf, 2, 3)));

static void add(buffer *b, const char *format, ...)
{
    va_list args;
    int written;

    if (b->size == 0 || b->length >= b->size - 1)
        return;
    va_start(args, format);
    written = vsnprintf(b->out + b->length, b->size - b->length, format, args);
    va_end(args);
    if (written < 0)
        return;
    b->length += (size_t)written;
    if (b->length > b->size - 1)
        b->length = b->size - 1;
}

static buffer start(char *out, size_t size)
{
    buffer b = { out, size, 0 };

    if (size)
        out[0] = '\0';
    return b;
}

/* "a, b and c" (or "or"), for count items. */
static void add_list(buffer *b, const char *const *items, size_t count, const char *joiner)
{
    for (size_t i = 0; i < count; i++)
        add(b, "%s%s", i == 0 ? "" : i + 1 == count ? joiner : ", ", items[i]);
}

static size_t header_count(const char *const *headers)
{
    size_t count = 0;

    while (count < SX_ANSWER_HEADERS && headers[count])
        count++;
    return count;
}

void lk_code_init(lk_code *code, unsigned number)
{
    const sx_response_info *handled;

    memset(code, 0, sizeof *code);
    code->code = number;
    code->response_class = sx_class_of(number);
    code->info = sx_find_response(number);
    code->handled = handled = sx_find_response(sx_handled_as(number));
    if (handled == NULL)
        return;               /* outside 100-699: the tool refuses such codes */

    /* RFC 3261 §13.2.2.4: the UAC core ACKs a 2xx; §17.1.1.3: the transaction any other final. */
    code->ack = code->response_class == 1 ? LK_ACK_NONE
                : code->response_class == 2 ? LK_ACK_END_TO_END : LK_ACK_HOP_BY_HOP;
    switch ((sx_dialog_effect)handled->dialog) {
    case SX_DIALOG_EARLY:
        code->dialog = LK_DIALOG_EARLY;
        break;
    case SX_DIALOG_CREATES:
        code->dialog = LK_DIALOG_CREATES;
        break;
    case SX_DIALOG_ENDS:
        code->dialog = code->response_class == 1 ? LK_DIALOG_ENDS_EARLY : LK_DIALOG_ENDS;
        break;
    case SX_DIALOG_NONE:
    default:
        code->dialog = LK_DIALOG_NONE;
        break;
    }
    /*
     * RFC 3261 §16.7 step 10: a proxy cancels its pending branches once it
     * forwards a 2xx, and on a 6xx (steps 5 and 10), creating no new one.
     */
    code->stops_forking = code->response_class == 2 || code->response_class == 6;
    code->retry = handled->retry;
    code->challenge = (handled->flags & SX_CODE_CHALLENGE) != 0;
}

int lk_fact_known(const lk_code *code, lk_fact fact)
{
    switch (fact) {
    case LK_FACT_SENDERS:
    case LK_FACT_ANSWER:
    case LK_FACT_REQUEST:
        return code->info != NULL;
    case LK_FACT_REGISTERED:
    case LK_FACT_CLASS:
    case LK_FACT_FINAL:
    case LK_FACT_ACK:
    case LK_FACT_DIALOG:
    case LK_FACT_FORKING:
    case LK_FACT_RETRY:
    case LK_FACT_CHALLENGE:
        return code->handled != NULL;
    case LK_FACT_COUNT:
        break;
    }
    return 0;
}

static int same_headers(const char *const *a, const char *const *b)
{
    for (size_t i = 0; i < SX_ANSWER_HEADERS; i++) {
        if ((a[i] == NULL) != (b[i] == NULL))
            return 0;
        if (a[i] && strcmp(a[i], b[i]) != 0)
            return 0;
    }
    return 1;
}

int lk_fact_same(const lk_code *a, const lk_code *b, lk_fact fact)
{
    switch (fact) {
    case LK_FACT_REGISTERED:
        return (a->info != NULL) == (b->info != NULL);
    case LK_FACT_CLASS:
        return a->response_class == b->response_class;
    case LK_FACT_FINAL:
        return (a->response_class == 1) == (b->response_class == 1);
    case LK_FACT_ACK:
        return a->ack == b->ack;
    case LK_FACT_DIALOG:
        return a->dialog == b->dialog;
    case LK_FACT_FORKING:
        return a->stops_forking == b->stops_forking;
    case LK_FACT_RETRY:
        return a->retry == b->retry;
    case LK_FACT_CHALLENGE:
        return a->challenge == b->challenge;
    case LK_FACT_SENDERS:
        return a->info->senders == b->info->senders;
    case LK_FACT_ANSWER:
        return same_headers(a->info->answer, b->info->answer);
    case LK_FACT_REQUEST:
        return same_headers(a->info->request, b->info->request);
    case LK_FACT_COUNT:
        break;
    }
    return 0;
}

static const struct {
    const char *key, *name;
} fact_names[LK_FACT_COUNT] = {
    [LK_FACT_REGISTERED] = { "registered", "registration" },
    [LK_FACT_CLASS]      = { "class", "class" },
    [LK_FACT_FINAL]      = { "final", "final or provisional" },
    [LK_FACT_ACK]        = { "ack", "the ACK to an INVITE" },
    [LK_FACT_DIALOG]     = { "dialog", "dialog" },
    [LK_FACT_FORKING]    = { "stops_forking", "forking" },
    [LK_FACT_RETRY]      = { "retry", "what a client may do next" },
    [LK_FACT_CHALLENGE]  = { "challenge", "challenge" },
    [LK_FACT_SENDERS]    = { "senders", "typical senders" },
    [LK_FACT_ANSWER]     = { "answer_headers", "answer headers" },
    [LK_FACT_REQUEST]    = { "request_headers", "request headers" },
};

const char *lk_fact_key(lk_fact fact)
{
    return fact < LK_FACT_COUNT ? fact_names[fact].key : "unknown";
}

const char *lk_fact_name(lk_fact fact)
{
    return fact < LK_FACT_COUNT ? fact_names[fact].name : "unknown";
}

/* Who sends a code, in the order of the SX_SENDER_* bits. */
static const char *const sender_words[] = {
    "a UAS", "a proxy", "a registrar", "a redirect server", "a gateway",
};
static const char *const sender_keys[] = { "uas", "proxy", "registrar", "redirect", "gateway" };

size_t lk_senders_words(char *out, size_t size, unsigned senders)
{
    buffer b = start(out, size);
    const char *items[5];
    size_t count = 0;

    if ((senders & SX_SENDER_ANY) == SX_SENDER_ANY) {
        add(&b, "any kind of element");
        return b.length;
    }
    for (unsigned bit = 0; bit < 5; bit++) {
        if (senders & (1u << bit))
            items[count++] = sender_words[bit];
    }
    if (count == 0)
        add(&b, "no element in particular");
    add_list(&b, items, count, " or ");
    return b.length;
}

/* The retry bits a client may act on, in the order they are said. */
static const struct {
    unsigned bit;
    const char *words, *key;
} retry_ways[] = {
    { SX_RETRY_CHANGED, "with the request changed", "changed" },
    { SX_RETRY_ELSEWHERE, "elsewhere", "elsewhere" },
    { SX_RETRY_LATER, "later", "later" },
};

size_t lk_retry_words(char *out, size_t size, unsigned retry)
{
    buffer b = start(out, size);
    const char *items[3];
    size_t count = 0;

    for (size_t i = 0; i < sizeof retry_ways / sizeof retry_ways[0]; i++) {
        if (retry & retry_ways[i].bit)
            items[count++] = retry_ways[i].words;
    }
    if (retry & SX_RETRY_NOT_NEEDED)
        add(&b, "there is nothing to retry%s", count ? ", or " : "");
    else if (retry & SX_RETRY_NEVER)
        add(&b, "the same request would fail again%s", count ? ", but " : "");
    else if (count == 0)
        add(&b, "the RFC gives no retry advice");
    if (count) {
        add(&b, "a client may retry ");
        add_list(&b, items, count, " or ");
    }
    return b.length;
}

size_t lk_headers_words(char *out, size_t size, const char *const *headers, const char *joiner)
{
    buffer b = start(out, size);

    add_list(&b, headers, header_count(headers), joiner);
    return b.length;
}

size_t lk_fact_words(char *out, size_t size, const lk_code *code, lk_fact fact)
{
    buffer b = start(out, size);
    char words[256];

    switch (fact) {
    case LK_FACT_REGISTERED:
        if (code->info)
            add(&b, "is in the IANA registry");
        else
            add(&b, "is not in the IANA registry, so a client acts on it as on %u %s",
                code->handled->code, code->handled->phrase);
        break;
    case LK_FACT_CLASS:
        add(&b, "is a %uxx (%s)", code->response_class, sx_classes[code->response_class].name);
        break;
    case LK_FACT_FINAL:
        if (code->response_class == 1)
            add(&b, "is provisional: the transaction goes on and a final response is to come");
        else
            add(&b, "is final: it ends the transaction");
        break;
    case LK_FACT_ACK:
        add(&b, "%s", code->ack == LK_ACK_NONE ? "takes no ACK"
            : code->ack == LK_ACK_END_TO_END ? "is acknowledged end to end, by the caller's UA"
            : "is acknowledged hop by hop, by each client transaction");
        break;
    case LK_FACT_DIALOG:
        switch (code->dialog) {
        case LK_DIALOG_NONE:
            add(&b, "has no effect on a dialog");
            break;
        case LK_DIALOG_EARLY:
            add(&b, "with a To tag sets up an early dialog");
            break;
        case LK_DIALOG_CREATES:
            add(&b, "to an INVITE, SUBSCRIBE or REFER creates a dialog");
            break;
        case LK_DIALOG_ENDS_EARLY:
            add(&b, "ends the early dialog its To tag names");
            break;
        case LK_DIALOG_ENDS:
            add(&b, "to a request inside a dialog makes the client end that dialog");
            break;
        }
        break;
    case LK_FACT_FORKING:
        if (!code->stops_forking)
            add(&b, "lets a forking proxy go on with its other branches");
        else if (code->response_class == 2)
            add(&b, "stops a forking proxy, which forwards it and cancels its other branches");
        else
            add(&b, "stops a forking proxy, which cancels its other branches and starts no new one");
        break;
    case LK_FACT_RETRY:
        /* Follows "after <code>": "after 486 a client may retry elsewhere or later". */
        lk_retry_words(words, sizeof words, code->retry);
        add(&b, "%s", words);
        break;
    case LK_FACT_CHALLENGE:
        add(&b, "%s", code->challenge ? "carries a digest challenge" : "carries no challenge");
        break;
    case LK_FACT_SENDERS:
        lk_senders_words(words, sizeof words, code->info->senders);
        add(&b, "%s from %s", (code->info->senders & SX_SENDER_ANY) == SX_SENDER_ANY
            ? "may come" : "typically comes", words);
        break;
    case LK_FACT_ANSWER:
        if (code->info->answer[0] == NULL) {
            add(&b, "has no answer header");
        } else {
            lk_headers_words(words, sizeof words, code->info->answer, " and ");
            add(&b, "carries its answer in %s", words);
        }
        break;
    case LK_FACT_REQUEST:
        if (code->info->request[0] == NULL) {
            add(&b, "is about no request header in particular");
        } else {
            lk_headers_words(words, sizeof words, code->info->request, " and ");
            add(&b, "is about the request's %s", words);
        }
        break;
    case LK_FACT_COUNT:
        break;
    }
    return b.length;
}

const char *lk_fact_prefix(lk_fact fact)
{
    switch (fact) {
    case LK_FACT_ACK:
        return "In answer to an INVITE, ";
    case LK_FACT_RETRY:
        return "After ";
    default:
        return "";
    }
}

size_t lk_difference(char *out, size_t size, const lk_code *a, const lk_code *b, lk_fact fact)
{
    buffer text = start(out, size);
    char words_a[512], words_b[512];
    /* "After 486 ...; after 603 ...": the prefix is said again, in lower case, for B. */
    const char *second = fact == LK_FACT_RETRY ? "after " : "";

    lk_fact_words(words_a, sizeof words_a, a, fact);
    lk_fact_words(words_b, sizeof words_b, b, fact);
    add(&text, "%s%u %s; %s%u %s.", lk_fact_prefix(fact), a->code, words_a, second, b->code,
        words_b);
    return text.length;
}

static void add_json_headers(buffer *b, const char *const *headers)
{
    add(b, "[");
    for (size_t i = 0; i < header_count(headers); i++)
        add(b, "%s\"%s\"", i ? ", " : "", headers[i]);
    add(b, "]");
}

size_t lk_fact_json(char *out, size_t size, const lk_code *code, lk_fact fact)
{
    buffer b = start(out, size);
    static const char *const ack_keys[] = { "none", "end_to_end", "hop_by_hop" };
    static const char *const dialog_keys[] = { "none", "early", "creates", "ends_early", "ends" };
    size_t count = 0;

    if (!lk_fact_known(code, fact)) {
        add(&b, "null");
        return b.length;
    }
    switch (fact) {
    case LK_FACT_REGISTERED:
        add(&b, "%s", code->info ? "true" : "false");
        break;
    case LK_FACT_CLASS:
        add(&b, "%u", code->response_class);
        break;
    case LK_FACT_FINAL:
        add(&b, "%s", code->response_class == 1 ? "false" : "true");
        break;
    case LK_FACT_ACK:
        add(&b, "\"%s\"", ack_keys[code->ack]);
        break;
    case LK_FACT_DIALOG:
        add(&b, "\"%s\"", dialog_keys[code->dialog]);
        break;
    case LK_FACT_FORKING:
        add(&b, "%s", code->stops_forking ? "true" : "false");
        break;
    case LK_FACT_RETRY:
        add(&b, "[");
        if (code->retry & SX_RETRY_NOT_NEEDED)
            add(&b, "%s\"not_needed\"", count++ ? ", " : "");
        if (code->retry & SX_RETRY_NEVER)
            add(&b, "%s\"never\"", count++ ? ", " : "");
        for (size_t i = 0; i < sizeof retry_ways / sizeof retry_ways[0]; i++) {
            if (code->retry & retry_ways[i].bit)
                add(&b, "%s\"%s\"", count++ ? ", " : "", retry_ways[i].key);
        }
        add(&b, "]");
        break;
    case LK_FACT_CHALLENGE:
        add(&b, "%s", code->challenge ? "true" : "false");
        break;
    case LK_FACT_SENDERS:
        add(&b, "[");
        for (unsigned bit = 0; bit < 5; bit++) {
            if (code->info->senders & (1u << bit))
                add(&b, "%s\"%s\"", count++ ? ", " : "", sender_keys[bit]);
        }
        add(&b, "]");
        break;
    case LK_FACT_ANSWER:
        add_json_headers(&b, code->info->answer);
        break;
    case LK_FACT_REQUEST:
        add_json_headers(&b, code->info->request);
        break;
    case LK_FACT_COUNT:
        break;
    }
    return b.length;
}

void lk_compare(const lk_code *a, const lk_code *b, lk_comparison *comparison)
{
    comparison->differ_count = comparison->same_count = 0;
    for (unsigned fact = 0; fact < LK_FACT_COUNT; fact++) {
        if (!lk_fact_known(a, (lk_fact)fact) || !lk_fact_known(b, (lk_fact)fact))
            continue;
        if (lk_fact_same(a, b, (lk_fact)fact))
            comparison->same[comparison->same_count++] = (lk_fact)fact;
        else
            comparison->differ[comparison->differ_count++] = (lk_fact)fact;
    }
}
