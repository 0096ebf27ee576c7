/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Checks the context texts, look-alikes, Q.850 causes and Warning codes on
 * their own, and the rules that pick a text and the problem flag.
 */
#include <stdlib.h>

#include "check.h"
#include "sip_context.h"
#include "sip_responses.h"

enum { MAX_TEXT = 220, MAX_RELATED = 200, MAX_NAME = 60 };

static void check_contexts(void)
{
    for (size_t i = 0; i < sx_contexts_count; i++) {
        const sx_context_info *entry = &sx_contexts[i];
        char owner[64];

        snprintf(owner, sizeof owner, "context %u %s #%zu", entry->code,
                 entry->method ? entry->method : "(any)", i);
        check_sentences(owner, entry->text, MAX_TEXT);
        check(sx_find_response(entry->code) != NULL, "%s: unregistered code", owner);
        check(i == 0 || sx_contexts[i - 1].code <= entry->code, "%s: out of order", owner);
        /* Later entries of the same code must be reachable: nothing before
         * them may apply in every case they cover. */
        for (size_t j = i + 1; j < sx_contexts_count && sx_contexts[j].code == entry->code; j++) {
            const sx_context_info *later = &sx_contexts[j];
            int shadows = entry->condition == SX_WHEN_ANY &&
                          (entry->method == NULL ||
                           (later->method && strcmp(entry->method, later->method) == 0));
            check(!shadows, "%s hides the later entry #%zu", owner, j);
        }
    }
}

static void check_context_choice(void)
{
    const unsigned request = SX_SEEN_REQUEST;
    static const struct {
        unsigned code;
        const char *method;
        unsigned seen;
        int problem;
        int has_context;
    } cases[] = {
        { 200, "INVITE", SX_SEEN_REQUEST, 0, 1 },
        { 401, "REGISTER", SX_SEEN_REQUEST, 0, 1 },
        { 401, "REGISTER", SX_SEEN_REQUEST | SX_SEEN_CREDENTIALS, 1, 1 },
        { 401, "REGISTER", 0, 1, 1 },
        { 407, "INVITE", SX_SEEN_REQUEST, 0, 1 },
        { 407, "INVITE", SX_SEEN_REQUEST | SX_SEEN_CREDENTIALS, 1, 1 },
        { 487, "INVITE", SX_SEEN_REQUEST | SX_SEEN_CANCEL, 0, 1 },
        { 487, "INVITE", SX_SEEN_REQUEST, 1, 1 },
        { 487, "BYE", SX_SEEN_CANCEL, 1, 1 },
        { 302, "INVITE", SX_SEEN_REQUEST, 0, 0 },
        { 180, "INVITE", 0, 0, 0 },
        { 486, "INVITE", SX_SEEN_REQUEST, 1, 1 },
        { 503, NULL, 0, 1, 1 },
        { 603, "INVITE", 0, 1, 0 },
        { 700, "INVITE", 0, 1, 0 },
        { 99, "INVITE", 0, 1, 0 },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *text = sx_context_text(cases[i].code, cases[i].method, cases[i].seen);

        check(sx_is_problem(cases[i].code, cases[i].method, cases[i].seen) == cases[i].problem,
              "problem of %u %s seen=%u", cases[i].code, cases[i].method, cases[i].seen);
        check((text != NULL) == cases[i].has_context, "context of %u %s seen=%u",
              cases[i].code, cases[i].method, cases[i].seen);
    }

    /* Each state picks its own text. */
    check(sx_context_text(401, "REGISTER", request) !=
          sx_context_text(401, "REGISTER", request | SX_SEEN_CREDENTIALS), "401 states differ");
    check(sx_context_text(401, "REGISTER", 0) != sx_context_text(401, "REGISTER", request),
          "401 without the request has its own text");
    check(sx_context_text(200, "INVITE", request) !=
          sx_context_text(200, "INVITE", request | SX_SEEN_REINVITE), "re-INVITE differs");
    check(sx_context_text(200, "REGISTER", request) !=
          sx_context_text(200, "REGISTER", request | SX_SEEN_DEREGISTER), "de-registration");
    check(sx_context_text(487, "INVITE", request) !=
          sx_context_text(487, "INVITE", request | SX_SEEN_CANCEL), "487 after CANCEL");
    check(sx_context_text(200, "BYE", request) != sx_context_text(200, "CANCEL", request),
          "methods differ");
}

/* Every code named in a group of look-alikes, pairs both ways. */
static void check_related(void)
{
    static const unsigned groups[][7] = {
        { 486, 600, 603, 607, 608, 480, 0 }, { 404, 604, 410, 484, 0 }, { 488, 606, 415, 0 },
        { 401, 407, 403, 0 }, { 408, 480, 504, 0 }, { 500, 503, 502, 0 },
        { 301, 302, 305, 0 }, { 481, 487, 0 },
    };
    size_t pairs = 0;

    for (size_t i = 0; i < sx_related_count; i++) {
        const sx_related_info *entry = &sx_related[i];
        char owner[32], prefix[8];

        snprintf(owner, sizeof owner, "related %u/%u", entry->code, entry->other);
        snprintf(prefix, sizeof prefix, "%u ", entry->code);
        check(entry->code != entry->other, "%s: itself", owner);
        check(i == 0 || sx_related[i - 1].code < entry->code ||
              (sx_related[i - 1].code == entry->code && sx_related[i - 1].other < entry->other),
              "%s: out of order", owner);
        check(strncmp(entry->text, prefix, strlen(prefix)) == 0, "%s: starts elsewhere", owner);
        snprintf(prefix, sizeof prefix, "%u", entry->other);
        check(strstr(entry->text, prefix) != NULL, "%s: does not name the other", owner);
        check(strlen(entry->text) <= MAX_RELATED && plain_text(entry->text, 0),
              "%s: too long or not plain", owner);
    }
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
        for (size_t a = 0; groups[g][a]; a++) {
            for (size_t b = 0; groups[g][b]; b++) {
                const sx_related_info *first;
                size_t count = sx_related_of(groups[g][a], &first);
                int found = 0;

                if (a == b)
                    continue;
                for (size_t k = 0; k < count; k++)
                    found |= first[k].other == groups[g][b];
                check(found, "no look-alike text for %u vs %u", groups[g][a], groups[g][b]);
                pairs++;
            }
        }
    }
    check(pairs == sx_related_count, "look-alike pairs: %zu in groups, %zu texts",
          pairs, sx_related_count);
}

/* RFC 3398 section 7.2.4.1, as FACTS lists it. */
static unsigned rfc3398_code(unsigned cause)
{
    switch (cause) {
    case 1: case 2: case 3: return 404;
    case 17: return 486;
    case 18: return 408;
    case 19: case 20: case 31: return 480;
    case 21: case 55: case 57: case 87: return 403;
    case 22: return 410;
    case 27: return 502;
    case 28: return 484;
    case 29: case 79: return 501;
    case 34: case 38: case 41: case 42: case 47: case 58: case 88: return 503;
    case 65: case 70: return 488;
    case 102: return 504;
    case 111: case 127: return 500;
    default: return 0;
    }
}

static void check_q850(void)
{
    for (size_t i = 0; i < sx_q850_causes_count; i++) {
        const sx_q850_info *cause = &sx_q850_causes[i];
        char owner[32];

        snprintf(owner, sizeof owner, "Q.850 cause %u", cause->cause);
        check(cause->cause >= 1 && cause->cause <= 127, "%s: out of range", owner);
        check(i == 0 || sx_q850_causes[i - 1].cause < cause->cause, "%s: out of order", owner);
        check(cause->name && strlen(cause->name) <= MAX_NAME && plain_text(cause->name, 0),
              "%s: name", owner);
        check_sentences(owner, cause->explanation, MAX_TEXT);
        check(cause->sip_code == rfc3398_code(cause->cause), "%s maps to %u, RFC 3398 says %u",
              owner, cause->sip_code, rfc3398_code(cause->cause));
    }
    for (unsigned cause = 1; cause <= 127; cause++) {
        if (rfc3398_code(cause))
            check(sx_find_q850(cause) != NULL, "Q.850 cause %u missing", cause);
    }
    check(sx_find_q850(16) && sx_find_q850(127) && !sx_find_q850(0) && !sx_find_q850(128),
          "Q.850 lookups");
}

static void check_q850_agreement(void)
{
    check(sx_q850_agrees(17, 486) && sx_q850_agrees(17, 600), "cause 17 with 486 and 600");
    check(sx_q850_agrees(21, 403) && sx_q850_agrees(21, 603), "cause 21 with 403 and 603");
    check(!sx_q850_agrees(21, 486), "cause 21 with 486 disagrees");
    check(!sx_q850_agrees(34, 486), "cause 34 with 486 disagrees");
    check(sx_q850_agrees(16, 486) && sx_q850_agrees(200, 486), "unmapped causes agree");
    for (size_t i = 0; i < sx_sip_to_q850_count; i++) {
        check(sx_find_response(sx_sip_to_q850[i].sip_code) != NULL, "SIP to Q.850: code %u",
              sx_sip_to_q850[i].sip_code);
        check(sx_find_q850(sx_sip_to_q850[i].cause) != NULL, "SIP to Q.850: cause %u",
              sx_sip_to_q850[i].cause);
        check(i == 0 || sx_sip_to_q850[i - 1].sip_code < sx_sip_to_q850[i].sip_code,
              "SIP to Q.850 sorted");
    }
}

static void check_warnings(void)
{
    static const unsigned registered[] = {
        300, 301, 302, 303, 304, 305, 306, 307, 330, 331, 370, 380, 381, 399,
    };

    check(sx_warnings_count == sizeof registered / sizeof registered[0], "%zu warning codes",
          sx_warnings_count);
    for (size_t i = 0; i < sizeof registered / sizeof registered[0]; i++) {
        const sx_warning_info *warning = sx_find_warning(registered[i]);
        char owner[32];

        snprintf(owner, sizeof owner, "Warning %u", registered[i]);
        check(warning != NULL, "%s missing", owner);
        if (warning == NULL)
            continue;
        check(warning->name && strlen(warning->name) <= MAX_NAME, "%s: name", owner);
        check_sentences(owner, warning->explanation, MAX_TEXT);
    }
    check(sx_warning_range(309) && sx_warning_range(335) && sx_warning_range(375) &&
          sx_warning_range(395) && !sx_warning_range(345) && !sx_warning_range(299) &&
          !sx_warning_range(400) && !sx_warning_range(-1), "Warning ranges");
    for (size_t i = 0; i < sx_warning_ranges_count; i++)
        check_sentences("Warning range", sx_warning_ranges[i].name, MAX_TEXT);
}

static void check_situation_texts(void)
{
    check_sentences("resend INVITE", sx_texts.resend_invite, MAX_TEXT);
    check_sentences("resend other", sx_texts.resend_other, MAX_TEXT);
    check_sentences("retry after", sx_texts.retry_after, MAX_TEXT - 24);
    check_sentences("reason without cause", sx_texts.reason_no_cause, MAX_TEXT);
    check_sentences("unknown Q.850 cause", sx_texts.reason_unknown_q850, MAX_TEXT);
    check_sentences("unknown reason protocol", sx_texts.reason_unknown_protocol, MAX_TEXT);
    check_sentences("warning outside ranges", sx_texts.warning_outside_ranges, MAX_TEXT);
    check(sx_texts.reason_sip_cause && strlen(sx_texts.reason_sip_cause) < 60,
          "reason SIP cause lead-in");
}

int main(void)
{
    check_contexts();
    check_context_choice();
    check_related();
    check_q850();
    check_q850_agreement();
    check_warnings();
    check_situation_texts();
    return checks_finish("context tables");
}
