/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Checks the context tables (plugin/reference/context*.c) on their own: the
 * facts and their English texts stay aligned entry by entry, every text is
 * short sentences with sources, and the rules pick the row, the verdict,
 * the Q.850 agreement, the Warning text and the Retry-After meaning that
 * the RFCs call for. The cases below pin the judgement: a change that makes
 * healthy traffic a problem, or a failure silent, fails here.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "context.h"
#include "responses.h"

enum { MAX_NAME = 60, EXPANDED = 512 };

/* Values the dissector could put in the placeholders, long ones included. */
static const char *const sample_names[] = {
    "copy", "seconds", "frame", "ms", "summary", "cause", "mapped", "code", "method", "copies",
};
static const char *const sample_values[] = {
    "10", "31.5", "1234567", "0.4", "", "127", "503 Service Unavailable", "699", "SUBSCRIBE", "11",
};
enum { SAMPLES = sizeof sample_names / sizeof sample_names[0] };

static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int ends_with(const char *text, const char *tail)
{
    size_t length = strlen(text), tail_length = strlen(tail);
    return length >= tail_length && strcmp(text + length - tail_length, tail) == 0;
}

/* Whether every placeholder of text is in allowed (a space-separated list). */
static int placeholders_allowed(const char *text, const char *allowed, char *bad, size_t size)
{
    for (const char *open = strchr(text, '{'); open; open = strchr(open + 1, '{')) {
        const char *close = strchr(open, '}');
        char name[32];
        size_t length;
        const char *found;

        if (close == NULL)
            return 0;
        length = (size_t)(close - open - 1);
        if (length == 0 || length >= sizeof name)
            return 0;
        memcpy(name, open + 1, length);
        name[length] = '\0';
        found = allowed ? strstr(allowed, name) : NULL;
        if (found == NULL || (found != allowed && found[-1] != ' ') ||
            (found[length] != ' ' && found[length] != '\0')) {
            snprintf(bad, size, "%s", name);
            return 0;
        }
    }
    return 1;
}

/*
 * One sentence: a capital or a digit first, a period last, plain ASCII (the
 * section sign allowed), no longer than SX_SENTENCE_MAX once its
 * placeholders are filled, and one sentence only.
 */
static void check_sentence(const char *owner, const char *sentence, const char *allowed)
{
    char expanded[EXPANDED], bad[32] = "";
    size_t length;

    check(placeholders_allowed(sentence, allowed, bad, sizeof bad),
          "%s: placeholder {%s} not allowed: \"%s\"", owner, bad, sentence);
    length = sx_expand_template(expanded, sizeof expanded, sentence, sample_names,
                                sample_values, SAMPLES);
    /* The section sign is two bytes but one character on screen. */
    for (const char *c = expanded; (c = strstr(c, "\xC2\xA7")) != NULL; c += 2)
        length--;
    check(length > 0 && length <= SX_SENTENCE_MAX, "%s: %zu characters: \"%s\"", owner, length,
          expanded);
    check(plain_text(sentence, 1), "%s: not plain ASCII: \"%s\"", owner, sentence);
    check(is_upper(sentence[0]) || is_digit(sentence[0]) || sentence[0] == '{',
          "%s: does not start a sentence: \"%s\"", owner, sentence);
    check(ends_with(sentence, "."), "%s: does not end with a period: \"%s\"", owner, sentence);
    check(!ends_with(sentence, "e.g.") && !ends_with(sentence, "i.e."),
          "%s: cut after an abbreviation: \"%s\"", owner, sentence);
    check(strstr(sentence, "  ") == NULL, "%s: double space: \"%s\"", owner, sentence);
    for (const char *c = strstr(sentence, ". "); c; c = strstr(c + 1, ". ")) {
        int abbreviation = (c - sentence >= 3 && (strncmp(c - 3, "e.g", 3) == 0 ||
                                                   strncmp(c - 3, "i.e", 3) == 0)) ||
                           (c - sentence >= 2 && strncmp(c - 2, "vs", 2) == 0);
        check(abbreviation || !is_upper(c[2]), "%s: two sentences in one: \"%s\"", owner,
              sentence);
    }
}

/* Up to SX_SENTENCES sentences, at least one, none after a gap. */
static void check_text(const char *owner, const char *const *text, const char *allowed)
{
    size_t count = sx_sentence_count(text, SX_SENTENCES);

    check(count > 0, "%s: no sentence", owner);
    for (size_t i = 0; i < count; i++)
        check_sentence(owner, text[i], allowed);
    for (size_t i = count; i < SX_SENTENCES; i++)
        check(text[i] == NULL, "%s: sentence %zu after a gap", owner, i + 1);
}

/* "RFC 3261 §13.3.1.4; RFC 3262 §3; practice: ...": every part names where it rests. */
static void check_sources(const char *owner, const char *sources)
{
    const char *part = sources;

    check(sources && sources[0], "%s: no sources", owner);
    if (sources == NULL || sources[0] == '\0')
        return;
    check(plain_text(sources, 1), "%s: sources not plain ASCII", owner);
    while (part) {
        const char *next = strstr(part, "; ");
        int known = strncmp(part, "ITU-T ", 6) == 0 || strncmp(part, "3GPP ", 5) == 0 ||
                    strncmp(part, "practice: ", 10) == 0 ||
                    (strncmp(part, "RFC ", 4) == 0 && is_digit(part[4]));
        check(known, "%s: source part not RFC, ITU-T, 3GPP or practice: \"%s\"", owner, part);
        part = next ? next + 2 : NULL;
    }
}

/* A clause for the summary line: lower case first, no period, short. */
static void check_brief(const char *owner, const char *brief)
{
    size_t length;

    if (brief == NULL)
        return;
    length = strlen(brief);
    check(length > 0 && length <= SX_BRIEF_MAX, "%s: brief of %zu characters", owner, length);
    check(is_lower(brief[0]), "%s: brief does not start in lower case", owner);
    check(length == 0 || brief[length - 1] != '.', "%s: brief ends with a period", owner);
    check(plain_text(brief, 0) && strstr(brief, "  ") == NULL, "%s: brief not plain", owner);
}

/* The 1xx-3xx rows that do call for attention: a response to ACK is a fault. */
static const char *const success_problems[] = { "200.ACK.any" };

/* The 4xx-6xx rows that are healthy traffic; every other 4xx-6xx row is a problem. */
static const char *const healthy_failures[] = {
    "401.any.stale", "401.any.phrase_nonce", "401.any.new_realm", "401.REGISTER.empty_credentials",
    "401.REGISTER.no_credentials", "401.INVITE.no_credentials", "401.other.no_credentials",
    "401.other.any",
    "407.any.stale", "407.any.phrase_nonce", "407.any.new_realm", "407.INVITE.no_credentials",
    "407.BYE.no_credentials",
    "407.other.no_credentials", "407.other.any",
    "422.INVITE.initial", "422.INVITE.in_dialog", "422.INVITE.any", "422.UPDATE.any",
    "423.REGISTER.any", "423.SUBSCRIBE.any", "423.PUBLISH.any",
    "481.BYE.dialog_ended", "481.BYE.ack_timeout_bye",
    "487.INVITE.in_dialog", "487.INVITE.cancelled", "487.INVITE.not_cancelled",
    "487.INVITE.any", "487.other.any",
    "491.INVITE.in_dialog", "491.INVITE.any", "491.UPDATE.any", "491.PRACK.any",
};

static int listed(const char *key, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (strcmp(list[i], key) == 0)
            return 1;
    }
    return 0;
}

/* The parts of "401.REGISTER.credentials_sent". */
static int key_parts(const char *key, unsigned *code, char *method, size_t method_size,
                     const char **condition)
{
    const char *first = strchr(key, '.'), *second = first ? strchr(first + 1, '.') : NULL;
    size_t length;

    if (second == NULL)
        return 0;
    *code = (unsigned)strtoul(key, NULL, 10);
    length = (size_t)(second - first - 1);
    if (length >= method_size)
        return 0;
    memcpy(method, first + 1, length);
    method[length] = '\0';
    *condition = second + 1;
    return 1;
}

static void check_contexts(void)
{
    check(sx_context_texts_count == sx_contexts_count, "%zu context rows, %zu texts",
          sx_contexts_count, sx_context_texts_count);
    for (size_t i = 0; i < sx_contexts_count && i < sx_context_texts_count; i++) {
        const sx_context_info *row = &sx_contexts[i];
        const sx_context_text *text = &sx_context_texts[i];
        const char *condition = "";
        char owner[80], method[24] = "";
        unsigned code = 0;

        snprintf(owner, sizeof owner, "context %s (#%zu)", row->key, i);
        check(strcmp(row->key, text->key) == 0, "%s: text #%zu has the key %s", owner, i,
              text->key);
        check(sx_context_text_of(row) == text, "%s: sx_context_text_of", owner);
        for (size_t j = 0; j < i; j++)
            check(strcmp(sx_contexts[j].key, row->key) != 0, "%s: key used twice", owner);
        check(i == 0 || sx_contexts[i - 1].code <= row->code, "%s: out of order", owner);
        check(sx_find_response(row->code) != NULL, "%s: unregistered code", owner);
        check(row->method == NULL || sx_is_registered_method(row->method),
              "%s: unregistered method", owner);
        check(row->condition < SX_CONDITION_COUNT, "%s: bad condition", owner);

        /* The key says what the row is: code, method ("any" first, "other" last), condition. */
        check(key_parts(row->key, &code, method, sizeof method, &condition),
              "%s: key not code.method.condition", owner);
        check(code == row->code, "%s: key names code %u", owner, code);
        if (row->condition < SX_CONDITION_COUNT)
            check(strcmp(condition, sx_condition_labels[row->condition].key) == 0,
                  "%s: key names condition %s", owner, condition);
        if (row->method) {
            check(strcmp(method, row->method) == 0, "%s: key names method %s", owner, method);
        } else {
            int last = i + 1 == sx_contexts_count || sx_contexts[i + 1].code != row->code;
            check(strcmp(method, "any") == 0 || strcmp(method, "other") == 0,
                  "%s: a row for every method is \"any\" or \"other\"", owner);
            check(!last || strcmp(method, "other") == 0,
                  "%s: the last row of a code is \"other\", not \"any\"", owner);
        }

        /* Later rows stay reachable: nothing before them applies in every case they cover. */
        for (size_t j = i + 1; j < sx_contexts_count && sx_contexts[j].code == row->code; j++) {
            const sx_context_info *later = &sx_contexts[j];
            int same_method = row->method == NULL ||
                              (later->method && strcmp(row->method, later->method) == 0);
            check(!(same_method && row->condition == SX_WHEN_ANY), "%s hides %s", owner,
                  later->key);
            check(!(same_method && row->condition == later->condition), "%s repeats in %s",
                  owner, later->key);
        }

        /* The verdict, chosen row by row. */
        if (sx_class_of(row->code) <= 3)
            check(row->problem == listed(row->key, success_problems,
                                         sizeof success_problems / sizeof success_problems[0]),
                  "%s: a 1xx-3xx row calls for attention only when listed", owner);
        else
            check(row->problem != listed(row->key, healthy_failures,
                                         sizeof healthy_failures / sizeof healthy_failures[0]),
                  "%s: a 4xx-6xx row is a problem unless listed as healthy", owner);

        check_brief(owner, text->brief);
        check_text(owner, text->text, NULL);
        check_sources(owner, text->sources);
    }
    for (size_t i = 0; i < sizeof healthy_failures / sizeof healthy_failures[0]; i++) {
        int found = 0;
        for (size_t j = 0; j < sx_contexts_count; j++)
            found |= strcmp(sx_contexts[j].key, healthy_failures[i]) == 0;
        check(found, "healthy row %s does not exist", healthy_failures[i]);
    }
    for (unsigned c = 0; c < SX_CONDITION_COUNT; c++)
        check(sx_condition_labels[c].words && sx_condition_labels[c].key,
              "condition %u has no label", c);
}

/* What the capture showed, shortened. */
enum {
    REQ = SX_SEEN_REQUEST, AUTH = SX_SEEN_AUTHORIZATION, PAUTH = SX_SEEN_PROXY_AUTH,
    EMPTY = SX_SEEN_EMPTY_AUTH, DIALOG = SX_SEEN_IN_DIALOG, DEREG = SX_SEEN_DEREGISTER,
    CANCEL = SX_SEEN_CANCEL, CANCEL_OK = SX_SEEN_CANCEL_ANSWERED, ENDED = SX_SEEN_DIALOG_ENDED,
    STALE = SX_SEEN_STALE, REALM = SX_SEEN_REALM_ANSWERED, P_AUTH = SX_SEEN_PHRASE_AUTH,
    NONCE = SX_SEEN_PHRASE_NONCE,
    P_DNS = SX_SEEN_PHRASE_DNS, P_ORDER = SX_SEEN_PHRASE_ORDER,
};

static void check_selection(void)
{
    static const struct {
        unsigned code;
        const char *method;
        unsigned seen;
        const char *key;          /* NULL: no row */
        int problem;
    } cases[] = {
        /* Challenges: only the same realm, without stale, after credentials is a refusal. */
        { 401, "REGISTER", REQ | AUTH | STALE | REALM, "401.any.stale", 0 },
        { 401, "REGISTER", REQ | AUTH | STALE, "401.any.stale", 0 },
        { 401, "REGISTER", REQ | AUTH, "401.any.new_realm", 0 },
        { 401, "REGISTER", REQ | AUTH | REALM, "401.REGISTER.credentials_sent", 1 },
        /* The phrase says the nonce changed: a refused nonce, not a refused password. */
        { 401, "REGISTER", REQ | AUTH | REALM | NONCE, "401.any.phrase_nonce", 0 },
        { 401, "REGISTER", REQ | NONCE, "401.REGISTER.no_credentials", 0 },
        { 407, "INVITE", REQ | PAUTH | REALM | NONCE, "407.any.phrase_nonce", 0 },
        { 401, "REGISTER", REQ | EMPTY, "401.REGISTER.empty_credentials", 0 },
        { 401, "REGISTER", REQ | EMPTY | REALM, "401.REGISTER.empty_credentials", 0 },
        { 401, "REGISTER", REQ, "401.REGISTER.no_credentials", 0 },
        { 401, "REGISTER", 0, "401.other.any", 0 },
        { 401, "INVITE", REQ | PAUTH | REALM, "401.INVITE.no_credentials", 0 },
        { 401, "INVITE", REQ | AUTH | REALM, "401.INVITE.credentials_sent", 1 },
        { 401, "MESSAGE", REQ | AUTH | REALM, "401.other.credentials_sent", 1 },
        { 401, "BYE", REQ, "401.other.no_credentials", 0 },
        { 401, "CANCEL", REQ, "401.CANCEL.any", 1 },
        { 401, "CANCEL", 0, "401.CANCEL.any", 1 },
        { 401, "ACK", REQ | AUTH | STALE, "401.ACK.any", 1 },
        { 407, "INVITE", REQ | AUTH, "407.INVITE.no_credentials", 0 },
        { 407, "INVITE", REQ | AUTH | REALM, "407.INVITE.no_credentials", 0 },
        { 407, "INVITE", REQ | PAUTH | REALM, "407.INVITE.credentials_sent", 1 },
        { 407, "INVITE", REQ | PAUTH | REALM | STALE, "407.any.stale", 0 },
        { 407, "INVITE", REQ | PAUTH, "407.any.new_realm", 0 },
        { 407, "INVITE", 0, "407.other.any", 0 },
        { 407, "BYE", REQ, "407.BYE.no_credentials", 0 },
        { 407, "SUBSCRIBE", REQ | PAUTH | REALM, "407.other.credentials_sent", 1 },
        { 407, "CANCEL", REQ, "407.CANCEL.any", 1 },
        { 407, "ACK", REQ, "407.ACK.any", 1 },
        /* 403: rejected credentials after them, policy without. */
        { 403, "REGISTER", REQ | AUTH, "403.any.credentials_sent", 1 },
        { 403, "INVITE", REQ | PAUTH, "403.any.credentials_sent", 1 },
        { 403, "REGISTER", REQ, "403.REGISTER.no_credentials", 1 },
        { 403, "REGISTER", REQ | EMPTY, "403.REGISTER.no_credentials", 1 },
        { 403, "INVITE", REQ, "403.INVITE.no_credentials", 1 },
        { 403, "INVITE", REQ | P_AUTH, "403.any.phrase_auth", 1 },
        { 403, "REGISTER", P_AUTH, "403.any.phrase_auth", 1 },
        { 403, "REGISTER", REQ | AUTH | P_AUTH, "403.any.phrase_auth", 1 },
        { 403, "INVITE", 0, "403.any.not_seen", 1 },
        { 403, "OPTIONS", REQ, "403.other.any", 1 },
        /* Dialogs. */
        { 481, "BYE", REQ | ENDED, "481.BYE.dialog_ended", 0 },
        { 481, "BYE", ENDED, "481.BYE.dialog_ended", 0 },
        { 481, "BYE", REQ, "481.BYE.any", 1 },
        { 481, "INVITE", REQ, "481.INVITE.initial", 1 },
        { 481, "INVITE", REQ | DIALOG, "481.INVITE.in_dialog", 1 },
        { 481, "INVITE", 0, "481.INVITE.any", 1 },
        { 481, "ACK", REQ, "481.ACK.any", 1 },
        { 491, "INVITE", REQ, "491.INVITE.initial", 1 },
        { 491, "INVITE", REQ | DIALOG, "491.INVITE.in_dialog", 0 },
        { 491, "UPDATE", REQ, "491.UPDATE.any", 0 },
        { 408, "INVITE", REQ | DIALOG, "408.INVITE.in_dialog", 1 },
        { 408, "INVITE", REQ, "408.INVITE.initial", 1 },
        { 408, "INVITE", REQ | CANCEL, "408.INVITE.cancel_unanswered", 1 },
        { 408, "INVITE", REQ | CANCEL | CANCEL_OK, "408.INVITE.cancelled", 1 },
        { 408, "UPDATE", REQ, "408.UPDATE.any", 1 },
        { 408, "REGISTER", 0, "408.REGISTER.any", 1 },
        { 200, "INVITE", REQ, "200.INVITE.initial", 0 },
        { 200, "INVITE", REQ | CANCEL | CANCEL_OK, "200.INVITE.cancelled", 0 },
        { 200, "INVITE", REQ | DIALOG | CANCEL, "200.INVITE.in_dialog", 0 },
        { 200, "INVITE", 0, "200.INVITE.any", 0 },
        { 200, "REGISTER", REQ | DEREG, "200.REGISTER.deregister", 0 },
        { 200, "ACK", REQ, "200.ACK.any", 1 },
        { 200, "NOTIFY", REQ, "200.NOTIFY.any", 0 },
        { 200, "FOO", REQ, "200.other.any", 0 },
        { 202, "MESSAGE", REQ, "202.MESSAGE.any", 0 },
        { 202, "REFER", 0, "202.REFER.any", 0 },
        { 202, "SUBSCRIBE", REQ, "202.SUBSCRIBE.any", 0 },
        { 487, "INVITE", REQ | CANCEL, "487.INVITE.cancelled", 0 },
        { 487, "INVITE", REQ, "487.INVITE.not_cancelled", 0 },
        { 487, "CANCEL", REQ, "487.CANCEL.any", 1 },
        /* Offers, and requests without one. */
        { 488, "INVITE", REQ, "488.INVITE.initial", 1 },
        { 488, "INVITE", REQ | DIALOG, "488.INVITE.in_dialog", 1 },
        { 488, "REFER", REQ, "488.REFER.any", 1 },
        { 488, "NOTIFY", 0, "488.NOTIFY.any", 1 },
        { 488, "MESSAGE", REQ, "488.other.any", 1 },
        /* Phrases that say more than the code. */
        { 480, "INVITE", REQ | P_DNS, "480.any.phrase_dns", 1 },
        { 480, "REGISTER", REQ | P_DNS, "480.any.phrase_dns", 1 },
        { 480, "REGISTER", REQ, "480.REGISTER.any", 1 },
        { 500, "BYE", REQ | DIALOG | P_ORDER, "500.any.phrase_order", 1 },
        { 500, "BYE", REQ, "500.BYE.any", 1 },
        { 500, "INVITE", REQ, "500.INVITE.initial", 1 },
        { 500, "INVITE", REQ | DIALOG, "500.INVITE.in_dialog", 1 },
        { 503, "OPTIONS", 0, "503.OPTIONS.any", 1 },
        { 422, "INVITE", REQ, "422.INVITE.initial", 0 },
        { 423, "REGISTER", REQ, "423.REGISTER.any", 0 },
        { 423, "OPTIONS", REQ, "423.other.any", 1 },
        /* No row: the class decides. */
        { 180, "INVITE", REQ, NULL, 0 },
        { 302, "INVITE", REQ, NULL, 0 },
        { 603, "INVITE", REQ, NULL, 1 },
        { 700, "INVITE", REQ, NULL, 1 },
        { 99, "INVITE", REQ, NULL, 1 },
        { 200, NULL, 0, "200.other.any", 0 },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const sx_context_info *row = sx_select_context(cases[i].code, cases[i].method,
                                                       cases[i].seen);
        const char *got = row ? row->key : "(none)";
        const char *want = cases[i].key ? cases[i].key : "(none)";

        check(strcmp(got, want) == 0, "%u %s seen=0x%x: row %s, expected %s", cases[i].code,
              cases[i].method ? cases[i].method : "(none)", cases[i].seen, got, want);
        check(sx_is_problem(cases[i].code, row) == cases[i].problem,
              "%u %s seen=0x%x: problem %d, expected %d", cases[i].code,
              cases[i].method ? cases[i].method : "(none)", cases[i].seen,
              sx_is_problem(cases[i].code, row), cases[i].problem);
    }

    /* A 488 to a request without an offer must not talk about SDP in the summary. */
    static const char *const no_offer[] = { "REFER", "NOTIFY", "MESSAGE", "OPTIONS" };
    for (size_t i = 0; i < sizeof no_offer / sizeof no_offer[0]; i++) {
        const sx_context_text *text = sx_context_text_of(sx_select_context(488, no_offer[i],
                                                                           REQ));
        check(text && text->brief && strstr(text->brief, "SDP") == NULL &&
              strstr(text->brief, "session description") == NULL,
              "488 to %s: its own brief, without SDP", no_offer[i]);
    }
    /* The summary carries the judgement: a refusal must not read like a first challenge. */
    {
        const sx_context_text *refused = sx_context_text_of(
            sx_select_context(401, "REGISTER", REQ | AUTH | REALM));
        const sx_context_text *first = sx_context_text_of(sx_select_context(401, "REGISTER", REQ));
        const sx_context_text *stale = sx_context_text_of(
            sx_select_context(401, "REGISTER", REQ | AUTH | REALM | STALE));
        check(refused && first && stale && refused->brief && first->brief && stale->brief &&
              strcmp(refused->brief, first->brief) != 0 && strcmp(stale->brief, refused->brief),
              "401 briefs: refused, first challenge and stale differ");
        check(refused && refused->brief && strstr(refused->brief, "refused") != NULL,
              "401 after credentials says refused");
    }
}

/* RFC 3398 §7.2.4.1, read from the RFC: cause to code, and the second code it allows. */
static void rfc3398_code(unsigned cause, unsigned *code, unsigned *also)
{
    *also = 0;
    switch (cause) {
    case 1: case 2: case 3: case 26: *code = 404; return;
    case 17: *code = 486; return;
    case 18: *code = 408; return;
    case 19: case 20: case 31: *code = 480; return;
    case 21: *code = 403; *also = 603; return;    /* (+): 603 when the location is the user */
    case 22: *code = 410; *also = 301; return;    /* 301 with the diagnostic's new number */
    case 23: *code = 410; return;
    case 27: *code = 502; return;
    case 28: *code = 484; return;
    case 29: case 79: *code = 501; return;
    case 34: case 38: case 41: case 42: case 47: case 58: case 88: *code = 503; return;
    case 55: case 57: case 87: *code = 403; return;
    case 65: case 70: *code = 488; return;
    case 102: *code = 504; return;
    case 111: case 127: *code = 500; return;
    default: *code = 0; return;
    }
}

/* RFC 3398 §8.2.6.1, read from the RFC ("504 Version Not Supported" there is 505). */
static const unsigned rfc3398_reverse[][2] = {
    { 400, 41 }, { 401, 21 }, { 402, 21 }, { 403, 21 }, { 404, 1 }, { 405, 63 }, { 406, 79 },
    { 407, 21 }, { 408, 102 }, { 410, 22 }, { 413, 127 }, { 414, 127 }, { 415, 79 },
    { 416, 127 }, { 420, 127 }, { 421, 127 }, { 423, 127 }, { 480, 18 }, { 481, 41 },
    { 482, 25 }, { 483, 25 }, { 484, 28 }, { 485, 1 }, { 486, 17 }, { 500, 41 }, { 501, 79 },
    { 502, 38 }, { 503, 41 }, { 504, 102 }, { 505, 127 }, { 513, 127 }, { 600, 17 },
    { 603, 21 }, { 604, 1 },
};

static void check_q850(void)
{
    check(sx_q850_texts_count == sx_q850_causes_count, "%zu causes, %zu texts",
          sx_q850_causes_count, sx_q850_texts_count);
    for (size_t i = 0; i < sx_q850_causes_count; i++) {
        const sx_q850_info *cause = &sx_q850_causes[i];
        const sx_q850_text *text = sx_q850_text_of(cause);
        unsigned code, also;
        char owner[32];

        snprintf(owner, sizeof owner, "Q.850 cause %u", cause->cause);
        check(cause->cause >= 1 && cause->cause <= 127, "%s: out of range", owner);
        check(i == 0 || sx_q850_causes[i - 1].cause < cause->cause, "%s: out of order", owner);
        check(cause->name && cause->name[0] && strlen(cause->name) <= MAX_NAME &&
              plain_text(cause->name, 0), "%s: name", owner);
        rfc3398_code(cause->cause, &code, &also);
        check(cause->sip_code == code && cause->sip_code_also == also,
              "%s maps to %u/%u, RFC 3398 §7.2.4.1 says %u/%u", owner, cause->sip_code,
              cause->sip_code_also, code, also);
        if (i < sx_q850_texts_count) {
            check(text == &sx_q850_texts[i] && text->cause == cause->cause,
                  "%s: text #%zu is for cause %u", owner, i, sx_q850_texts[i].cause);
            check_text(owner, text->explanation, NULL);
            check_sources(owner, text->sources);
        }
    }
    for (unsigned cause = 1; cause <= 127; cause++) {
        unsigned code, also;
        rfc3398_code(cause, &code, &also);
        if (code)
            check(sx_find_q850(cause) != NULL, "Q.850 cause %u missing", cause);
    }
    check(sx_find_q850(16) && sx_find_q850(127) && !sx_find_q850(0) && !sx_find_q850(128) &&
          !sx_find_q850(-1), "Q.850 lookups");

    check(sx_sip_to_q850_count == sizeof rfc3398_reverse / sizeof rfc3398_reverse[0],
          "%zu SIP to Q.850 pairs", sx_sip_to_q850_count);
    for (size_t i = 0; i < sx_sip_to_q850_count; i++) {
        check(i < sizeof rfc3398_reverse / sizeof rfc3398_reverse[0] &&
              sx_sip_to_q850[i].sip_code == rfc3398_reverse[i][0] &&
              sx_sip_to_q850[i].cause == rfc3398_reverse[i][1],
              "SIP to Q.850 #%zu: %u -> %u", i, sx_sip_to_q850[i].sip_code,
              sx_sip_to_q850[i].cause);
        check(sx_find_response(sx_sip_to_q850[i].sip_code) != NULL, "SIP to Q.850: code %u",
              sx_sip_to_q850[i].sip_code);
        check(sx_find_q850(sx_sip_to_q850[i].cause) != NULL, "SIP to Q.850: cause %u",
              sx_sip_to_q850[i].cause);
    }
    check(sx_q850_unmapped_codes_count == 3 && sx_q850_unmapped_codes[0] == 487 &&
          sx_q850_unmapped_codes[1] == 488 && sx_q850_unmapped_codes[2] == 606,
          "unmapped codes are 487, 488 and 606");
}

static void check_q850_agreement(void)
{
    static const struct {
        long cause;
        unsigned code;
        int agrees;
    } cases[] = {
        { 22, 410, 1 }, { 22, 301, 1 }, { 23, 410, 1 }, { 26, 404, 1 },
        { 31, 487, 1 }, { 19, 487, 1 }, { 65, 606, 1 }, { 65, 488, 1 },
        { 31, 488, 1 }, { 127, 606, 1 },
        { 17, 486, 1 }, { 17, 600, 1 }, { 21, 403, 1 }, { 21, 603, 1 }, { 21, 401, 1 },
        { 16, 486, 1 }, { 44, 503, 1 }, { 200, 486, 1 },
        { 31, 491, 1 }, { 31, 422, 1 },  /* §8.2.6.1: codes it does not list map to 31 */
        { 21, 486, 0 }, { 34, 486, 0 }, { 17, 491, 0 }, { 23, 404, 0 }, { 22, 302, 0 },
        { 41, 404, 0 },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check(sx_q850_agrees(cases[i].cause, cases[i].code) == cases[i].agrees,
              "Q.850 cause %ld with %u: expected %s", cases[i].cause, cases[i].code,
              cases[i].agrees ? "agreement" : "disagreement");
}

/* Every code of a group of look-alikes has a text for each other one. */
static void check_related(void)
{
    static const unsigned groups[][7] = {
        { 486, 600, 603, 607, 608, 480, 0 }, { 404, 604, 410, 484, 0 }, { 488, 606, 415, 0 },
        { 401, 407, 403, 0 }, { 408, 480, 504, 0 }, { 500, 503, 502, 0 },
        { 301, 302, 305, 0 }, { 481, 487, 0 }, { 404, 480, 0 }, { 491, 500, 0 },
        { 405, 501, 0 }, { 420, 421, 0 }, { 422, 423, 0 }, { 482, 483, 0 },
        { 180, 183, 0 }, { 200, 202, 0 },
    };
    size_t pairs = 0;

    check(sx_related_texts_count == sx_related_count, "%zu pairs, %zu texts", sx_related_count,
          sx_related_texts_count);
    for (size_t i = 0; i < sx_related_count; i++) {
        const sx_related_info *pair = &sx_related[i];
        char owner[32], code[8], other[8];
        int names_other = 0;

        snprintf(owner, sizeof owner, "related %u/%u", pair->code, pair->other);
        snprintf(code, sizeof code, "%u ", pair->code);
        snprintf(other, sizeof other, "%u", pair->other);
        check(pair->code != pair->other, "%s: itself", owner);
        check(i == 0 || sx_related[i - 1].code < pair->code ||
              (sx_related[i - 1].code == pair->code && sx_related[i - 1].other < pair->other),
              "%s: out of order", owner);
        check(sx_find_response(pair->code) && sx_find_response(pair->other),
              "%s: unregistered code", owner);
        if (i >= sx_related_texts_count)
            continue;
        check(sx_related_texts[i].code == pair->code && sx_related_texts[i].other == pair->other,
              "%s: text #%zu is for %u/%u", owner, i, sx_related_texts[i].code,
              sx_related_texts[i].other);
        check_text(owner, sx_related_texts[i].text, NULL);
        check_sources(owner, sx_related_texts[i].sources);
        check(sx_related_texts[i].text[0] &&
              strncmp(sx_related_texts[i].text[0], code, strlen(code)) == 0,
              "%s: does not start with its code", owner);
        for (size_t s = 0; s < SX_SENTENCES && sx_related_texts[i].text[s]; s++)
            names_other |= strstr(sx_related_texts[i].text[s], other) != NULL;
        check(names_other, "%s: does not name the other", owner);
    }
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
        for (size_t a = 0; groups[g][a]; a++) {
            for (size_t b = 0; groups[g][b]; b++) {
                size_t first, count;
                int found = 0;

                if (a == b)
                    continue;
                count = sx_related_of(groups[g][a], &first);
                for (size_t k = first; k < first + count; k++)
                    found |= sx_related[k].other == groups[g][b];
                check(found, "no look-alike text for %u vs %u", groups[g][a], groups[g][b]);
                pairs++;
            }
        }
    }
    check(pairs == sx_related_count, "look-alike pairs: %zu in groups, %zu in the table", pairs,
          sx_related_count);
    {
        size_t first, count = sx_related_of(403, &first);
        check(count == 2 && sx_related[first].code == 403 && sx_related[first].other == 401,
              "sx_related_of(403)");
        check(sx_related_of(100, &first) == 0, "no look-alikes for 100");
    }
    /* 403 after credentials refuses them: no text may say credentials never help. */
    for (size_t i = 0; i < sx_related_texts_count; i++) {
        for (size_t s = 0; s < SX_SENTENCES && sx_related_texts[i].text[s]; s++)
            check(strstr(sx_related_texts[i].text[s], "whatever credentials") == NULL &&
                  strstr(sx_related_texts[i].text[s], "credentials will not") == NULL,
                  "related %u/%u: 403 can refuse wrong credentials (RFC 3261 §22.1)",
                  sx_related_texts[i].code, sx_related_texts[i].other);
    }
}

static void check_warnings(void)
{
    static const unsigned registered[] = {
        300, 301, 302, 303, 304, 305, 306, 307, 308, 330, 331, 370, 380, 381, 399,
    };
    enum { REGISTERED = sizeof registered / sizeof registered[0] };

    check(sx_warnings_count == REGISTERED, "%zu warning codes", sx_warnings_count);
    check(sx_warning_texts_count == sx_warnings_count, "%zu warning texts",
          sx_warning_texts_count);
    for (size_t i = 0; i < sx_warnings_count && i < REGISTERED; i++) {
        const sx_warning_info *warning = &sx_warnings[i];
        char owner[32];

        snprintf(owner, sizeof owner, "Warning %u", warning->code);
        check(warning->code == registered[i], "%s: expected %u", owner, registered[i]);
        check(sx_find_warning(registered[i]) == warning, "%s: lookup", owner);
        check(warning->name && warning->name[0] && strlen(warning->name) <= MAX_NAME &&
              plain_text(warning->name, 0), "%s: name", owner);
        if (i < sx_warning_texts_count) {
            check(sx_warning_text_of(warning) == &sx_warning_texts[i] &&
                  sx_warning_texts[i].code == warning->code, "%s: text out of place", owner);
            check_text(owner, sx_warning_texts[i].explanation, NULL);
            check_sources(owner, sx_warning_texts[i].sources);
        }
    }
    check(sx_find_warning(308) && strcmp(sx_find_warning(308)->name,
                                         "Incompatible language specification") == 0,
          "Warning 308 registered (RFC 8373)");
    check(!sx_find_warning(392) && !sx_find_warning(345) && !sx_find_warning(299),
          "unregistered Warning codes");

    check(sx_warning_range_texts_count == sx_warning_ranges_count, "%zu range texts",
          sx_warning_range_texts_count);
    for (size_t i = 0; i < sx_warning_ranges_count && i < sx_warning_range_texts_count; i++) {
        char owner[40];

        snprintf(owner, sizeof owner, "Warning range %u-%u", sx_warning_ranges[i].low,
                 sx_warning_ranges[i].high);
        check_text(owner, sx_warning_range_texts[i].text, NULL);
        check_sources(owner, sx_warning_range_texts[i].sources);
    }
    check(sx_warning_unregistered_text(309) == &sx_warning_range_texts[0], "309 in 300-329");
    check(sx_warning_unregistered_text(335) == &sx_warning_range_texts[1], "335 in 330-339");
    check(sx_warning_unregistered_text(375) == &sx_warning_range_texts[2], "375 in 370-379");
    check(sx_warning_unregistered_text(392) == &sx_warning_range_texts[3], "392 in 390-399");
    check(sx_warning_unregistered_text(345) == &sx_texts.warning_unassigned, "345 unassigned");
    check(sx_warning_unregistered_text(369) == &sx_texts.warning_unassigned, "369 unassigned");
    check(sx_warning_unregistered_text(385) == &sx_texts.warning_unassigned, "385 unassigned");
    check(sx_warning_unregistered_text(299) == &sx_texts.warning_outside, "299 outside");
    check(sx_warning_unregistered_text(400) == &sx_texts.warning_outside, "400 outside");
    check(sx_warning_unregistered_text(-1) == &sx_texts.warning_outside, "-1 outside");
    {
        const sx_text *misc = sx_warning_unregistered_text(392);
        int names_392 = 0;
        for (size_t s = 0; s < SX_SENTENCES && misc->text[s]; s++)
            names_392 |= strstr(misc->text[s], "Noisy feedback") != NULL;
        check(names_392 && strstr(misc->sources, "practice:") != NULL,
              "390-399 explains Kamailio's 392 debugging warning, as practice");
    }
}

/* Each situation text, the placeholders it may use and those it must. */
static void check_situation_texts(void)
{
    static const struct {
        const char *name;
        const sx_text *text;
        const char *allowed;
        const char *required;
    } situations[] = {
        { "resend_2xx_invite", &sx_texts.resend_2xx_invite, "copy seconds", "copy seconds" },
        { "resend_final_invite", &sx_texts.resend_final_invite, "copy seconds", "copy seconds" },
        { "resend_reliable", &sx_texts.resend_reliable, "copy seconds", "copy seconds" },
        { "resend_provisional", &sx_texts.resend_provisional, "copy", "copy" },
        { "resend_other", &sx_texts.resend_other, "copy", "copy" },
        { "capture_duplicate", &sx_texts.capture_duplicate, "frame ms", "frame ms" },
        { "request_resend", &sx_texts.request_resend, "copy seconds", "copy seconds" },
        { "ack_resend", &sx_texts.ack_resend, "copy", "copy" },
        { "retry_after_server", &sx_texts.retry_after_server, "seconds", "seconds" },
        { "retry_after_callee", &sx_texts.retry_after_callee, "seconds", "seconds" },
        { "retry_after_glare", &sx_texts.retry_after_glare, "seconds", "seconds" },
        { "retry_after_other", &sx_texts.retry_after_other, "seconds", "seconds" },
        { "reason_no_cause", &sx_texts.reason_no_cause, NULL, NULL },
        { "reason_unknown_q850", &sx_texts.reason_unknown_q850, NULL, NULL },
        { "reason_sip_cause", &sx_texts.reason_sip_cause, "summary", "summary" },
        { "reason_unknown_protocol", &sx_texts.reason_unknown_protocol, NULL, NULL },
        { "reason_mapping", &sx_texts.reason_mapping, "cause mapped code", "cause mapped code" },
        { "reason_on_cancel", &sx_texts.reason_on_cancel, NULL, NULL },
        { "reason_on_bye", &sx_texts.reason_on_bye, NULL, NULL },
        { "unanswered_timed_out", &sx_texts.unanswered_timed_out, "method seconds copies",
          "method seconds copies" },
        { "unanswered_at_end", &sx_texts.unanswered_at_end, "method seconds", "method seconds" },
        { "ack_never_arrived", &sx_texts.ack_never_arrived, NULL, NULL },
        { "bye_after_ack_timeout", &sx_texts.bye_after_ack_timeout, NULL, NULL },
        { "prack_never_arrived", &sx_texts.prack_never_arrived, NULL, NULL },
        { "final_after_prack_timeout", &sx_texts.final_after_prack_timeout, NULL, NULL },
        { "challenge_unanswered", &sx_texts.challenge_unanswered, NULL, NULL },
        { "cancel_crossed_2xx", &sx_texts.cancel_crossed_2xx, NULL, NULL },
        { "ack_lost", &sx_texts.ack_lost, NULL, NULL },
        { "bye_after_failed_refresh", &sx_texts.bye_after_failed_refresh, "code", "code" },
        { "retry_missing", &sx_texts.retry_missing, "method", "method" },
        { "prack_lost", &sx_texts.prack_lost, NULL, NULL },
        { "resent_after_refusal", &sx_texts.resent_after_refusal, "frame", "frame" },
        { "overlapping_invite", &sx_texts.overlapping_invite, "frame", "frame" },
        { "out_of_order", &sx_texts.out_of_order, "cseq last", "cseq last" },
        { "no_cseq", &sx_texts.no_cseq, NULL, NULL },
        { "answer_missing", &sx_texts.answer_missing, NULL, NULL },
        { "warning_unassigned", &sx_texts.warning_unassigned, NULL, NULL },
        { "warning_outside", &sx_texts.warning_outside, NULL, NULL },
    };

    /* Every field of sx_situation_texts is in the list above. */
    check(sizeof situations / sizeof situations[0] == sizeof(sx_situation_texts) / sizeof(sx_text),
          "%zu situation texts checked, %zu in the structure",
          sizeof situations / sizeof situations[0], sizeof(sx_situation_texts) / sizeof(sx_text));
    for (size_t i = 0; i < sizeof situations / sizeof situations[0]; i++) {
        char owner[48];

        snprintf(owner, sizeof owner, "situation %s", situations[i].name);
        check_text(owner, situations[i].text->text, situations[i].allowed);
        check_sources(owner, situations[i].text->sources);
        for (const char *need = situations[i].required; need && *need;) {
            const char *end = strchr(need, ' ');
            size_t length = end ? (size_t)(end - need) : strlen(need);
            char placeholder[32];
            int used = 0;

            snprintf(placeholder, sizeof placeholder, "{%.*s}", (int)length, need);
            for (size_t s = 0; s < SX_SENTENCES && situations[i].text->text[s]; s++)
                used |= strstr(situations[i].text->text[s], placeholder) != NULL;
            check(used, "%s does not use %s", owner, placeholder);
            need = end ? end + 1 : need + length;
        }
    }
    /* The two kinds of 2xx resend say what matters: who waits and what ends the call. */
    check(strstr(sx_texts.resend_2xx_invite.text[1], "BYE") != NULL &&
          strstr(sx_texts.resend_2xx_invite.text[1], "32 s") != NULL,
          "a resent 2xx says the call ends with BYE after 32 s");
    check(strstr(sx_texts.resend_reliable.text[1], "5xx") != NULL,
          "a resent reliable 1xx says the INVITE is rejected with 5xx");
    check(strstr(sx_texts.capture_duplicate.text[2], "not a retransmission") != NULL,
          "a capture duplicate is not a retransmission");
}

static void check_retry_after(void)
{
    static const struct {
        unsigned code;
        const char *method;
        unsigned seen;
        sx_retry_after_kind kind;
    } cases[] = {
        { 503, "INVITE", REQ, SX_RETRY_AFTER_SERVER },
        { 503, NULL, 0, SX_RETRY_AFTER_SERVER },
        { 404, "INVITE", REQ, SX_RETRY_AFTER_CALLEE },
        { 480, "INVITE", REQ, SX_RETRY_AFTER_CALLEE },
        { 486, "INVITE", REQ, SX_RETRY_AFTER_CALLEE },
        { 600, "INVITE", REQ, SX_RETRY_AFTER_CALLEE },
        { 603, "INVITE", REQ, SX_RETRY_AFTER_CALLEE },
        { 500, "INVITE", REQ | DIALOG, SX_RETRY_AFTER_GLARE },
        { 500, "UPDATE", REQ, SX_RETRY_AFTER_GLARE },
        { 500, "INVITE", REQ, SX_RETRY_AFTER_OTHER },
        { 500, "BYE", REQ | DIALOG, SX_RETRY_AFTER_OTHER },
        { 413, "MESSAGE", REQ, SX_RETRY_AFTER_OTHER },
        { 408, "INVITE", REQ, SX_RETRY_AFTER_OTHER },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check(sx_retry_after_kind_of(cases[i].code, cases[i].method, cases[i].seen) ==
              cases[i].kind, "Retry-After kind of %u %s", cases[i].code,
              cases[i].method ? cases[i].method : "(none)");
}

static void check_phrases(void)
{
    static const struct {
        const char *phrase;
        unsigned flags;
    } cases[] = {
        { "Wrong password", SX_SEEN_PHRASE_AUTH },
        { "Wrong password or domain", SX_SEEN_PHRASE_AUTH },
        { "Authentication Failed", SX_SEEN_PHRASE_AUTH },
        { "Invalid credentials", SX_SEEN_PHRASE_AUTH },
        { "No DNS results", SX_SEEN_PHRASE_DNS },
        { "Request out of order", SX_SEEN_PHRASE_ORDER },
        { "nonce has changed", SX_SEEN_PHRASE_NONCE },
        { "Stale Nonce", SX_SEEN_PHRASE_NONCE },
        { "REQUEST OUT OF ORDER", SX_SEEN_PHRASE_ORDER },
        { "Forbidden", 0 },
        { "Unauthorized", 0 },
        { "Proxy Authentication Required", 0 },
        { "Temporarily Unavailable", 0 },
        { "", 0 },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check(sx_phrase_flags(cases[i].phrase, strlen(cases[i].phrase)) == cases[i].flags,
              "phrase \"%s\": flags 0x%x", cases[i].phrase,
              sx_phrase_flags(cases[i].phrase, strlen(cases[i].phrase)));
    check(sx_phrase_flags(NULL, 5) == 0, "no phrase, no flags");
    /* Only the length given is read. */
    check(sx_phrase_flags("No DNS", 3) == 0, "phrase length respected");
}

/* The parts of sipexplain.origin: plain clauses with only their own placeholders. */
static void check_origin_texts(void)
{
    const struct {
        const char *name, *text, *allowed;
    } parts[] = {
        { "software", sx_origins.software, "header value" },
        { "warning_agent", sx_origins.warning_agent, "agent" },
        { "q850_gateway", sx_origins.q850_gateway, "" },
        { "other_sender", sx_origins.other_sender, "frame" },
    };

    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        char bad[32] = "";
        check(parts[i].text && parts[i].text[0], "origin %s: empty", parts[i].name);
        if (parts[i].text == NULL)
            continue;
        check(placeholders_allowed(parts[i].text, parts[i].allowed, bad, sizeof bad),
              "origin %s: placeholder {%s} not allowed", parts[i].name, bad);
        check(plain_text(parts[i].text, 0), "origin %s: not plain ASCII", parts[i].name);
        check(!ends_with(parts[i].text, ".") && !ends_with(parts[i].text, ";"),
              "origin %s: a clause, not a sentence", parts[i].name);
    }
    check_sources("origin texts", sx_origins.sources);
}

/* The words of sipexplain.call.outcome: clauses with only their own placeholders. */
static void check_call_texts(void)
{
    const struct {
        const char *name, *text, *allowed;
    } parts[] = {
        { "setting_up", sx_calls.setting_up, "" },
        { "no_answer", sx_calls.no_answer, "seconds" },
        { "rejected", sx_calls.rejected, "code setup" },
        { "redirected", sx_calls.redirected, "code setup" },
        { "redirected_to", sx_calls.redirected_to, "target" },
        { "redirected_nowhere", sx_calls.redirected_nowhere, "" },
        { "terminated", sx_calls.terminated, "code setup" },
        { "terminated_unseen", sx_calls.terminated_unseen, "" },
        { "cancelled", sx_calls.cancelled, "setup" },
        { "cancelled_ringing", sx_calls.cancelled_ringing, "ring" },
        { "answered_elsewhere", sx_calls.answered_elsewhere, "" },
        { "answered", sx_calls.answered, "setup" },
        { "ended", sx_calls.ended, "side talk" },
        { "ended_ack_timeout", sx_calls.ended_ack_timeout, "talk" },
        { "ended_refresh_failed", sx_calls.ended_refresh_failed, "side talk refresh" },
        { "caller", sx_calls.caller, "" },
        { "callee", sx_calls.callee, "" },
        { "reason", sx_calls.reason, "protocol cause name" },
        { "cancel_crossed", sx_calls.cancel_crossed, "" },
        { "rejected_by", sx_calls.rejected_by, "software" },
        { "rejected_prack", sx_calls.rejected_prack, "" },
    };

    check(sizeof parts / sizeof parts[0] == sizeof(sx_call_texts) / sizeof(const char *) - 1,
          "every call text is checked");
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        char bad[32] = "";
        check(parts[i].text && parts[i].text[0], "call text %s: empty", parts[i].name);
        if (parts[i].text == NULL)
            continue;
        check(placeholders_allowed(parts[i].text, parts[i].allowed, bad, sizeof bad),
              "call text %s: placeholder {%s} not allowed", parts[i].name, bad);
        check(plain_text(parts[i].text, 0), "call text %s: not plain ASCII", parts[i].name);
        check(!ends_with(parts[i].text, "."), "call text %s: a clause, not a sentence",
              parts[i].name);
    }
    check_sources("call texts", sx_calls.sources);
}

int main(void)
{
    check_contexts();
    check_selection();
    check_q850();
    check_q850_agreement();
    check_related();
    check_warnings();
    check_situation_texts();
    check_retry_after();
    check_phrases();
    check_origin_texts();
    check_call_texts();
    return checks_finish("context tables");
}
