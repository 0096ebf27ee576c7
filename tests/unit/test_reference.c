/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Checks the response tables on their own, without Wireshark: complete
 * against the IANA registry, phrases as registered, facts that agree with
 * the RFC rules they encode, texts aligned with the facts entry by entry and
 * written in the form of texts.h (short sentences, plain ASCII, sources on
 * every entry), the answer-header texts, the class rules of RFC 3261 and the
 * exact one-line summaries.
 *
 * Usage: test_reference <iana-sip-response-codes.tsv>
 */
#include <ctype.h>
#include <stdlib.h>

#include "check.h"

#include "responses.h"

enum { MAX_REGISTRY = 128 };

typedef struct {
    unsigned code;
    char phrase[64];
    char defined_in[32];
} registry_entry;

static registry_entry registry[MAX_REGISTRY];
static size_t registry_count;

static void load_registry(const char *path)
{
    char line[256];
    FILE *file = fopen(path, "r");

    if (file == NULL) {
        perror(path);
        exit(2);
    }
    while (fgets(line, sizeof line, file)) {
        registry_entry *entry = &registry[registry_count];
        char *phrase, *defined_in;

        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] < '1' || line[0] > '9')
            continue;   /* comments and the header row */
        phrase = strchr(line, '\t');
        defined_in = phrase ? strchr(phrase + 1, '\t') : NULL;
        if (defined_in == NULL || registry_count == MAX_REGISTRY) {
            fprintf(stderr, "%s: unexpected line: %s\n", path, line);
            exit(2);
        }
        *phrase++ = '\0';
        *defined_in++ = '\0';
        entry->code = (unsigned)strtoul(line, NULL, 10);
        snprintf(entry->phrase, sizeof entry->phrase, "%s", phrase);
        snprintf(entry->defined_in, sizeof entry->defined_in, "%s", defined_in);
        registry_count++;
    }
    fclose(file);
}

/* ---- the form of texts (texts.h) ---- */

/* Characters as a reader sees them: the section sign counts as one. */
static size_t shown_length(const char *text)
{
    size_t length = 0;

    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        if (c[0] == 0xC2 && c[1] == 0xA7)
            c++;
        length++;
    }
    return length;
}

static int ends_with(const char *text, const char *tail)
{
    size_t length = strlen(text), tail_length = strlen(tail);

    return length >= tail_length && strcmp(text + length - tail_length, tail) == 0;
}

/*
 * One sentence shown as one line: short, plain, starting like a sentence,
 * ending with a period, and holding no second sentence (". " inside) nor an
 * abbreviation cut at its end.
 */
static void check_sentence(const char *owner, const char *text)
{
    size_t length;

    check(text != NULL && text[0] != '\0', "%s: empty", owner);
    if (text == NULL || text[0] == '\0')
        return;
    length = shown_length(text);
    check(length <= SX_SENTENCE_MAX, "%s: %zu characters, over %d: %s", owner, length,
          SX_SENTENCE_MAX, text);
    check(plain_text(text, 1), "%s: not plain ASCII: %s", owner, text);
    check(isupper((unsigned char)text[0]) || isdigit((unsigned char)text[0]),
          "%s: does not start a sentence: %s", owner, text);
    check(ends_with(text, "."), "%s: does not end with a period: %s", owner, text);
    check(strstr(text, ". ") == NULL, "%s: two sentences in one: %s", owner, text);
    check(strstr(text, "  ") == NULL, "%s: double space: %s", owner, text);
    check(!ends_with(text, "e.g.") && !ends_with(text, "i.e.") && !ends_with(text, "etc."),
          "%s: ends on an abbreviation: %s", owner, text);
}

/* Sentences of a text: the used ones first, at least `least`, all well formed. */
static void check_text(const char *owner, const char *const *sentences, size_t max,
                       size_t least)
{
    size_t count = sx_sentence_count(sentences, max);
    char name[96];

    check(count >= least, "%s: %zu sentences, want at least %zu", owner, count, least);
    for (size_t i = 0; i < count; i++) {
        snprintf(name, sizeof name, "%s[%zu]", owner, i);
        check_sentence(name, sentences[i]);
    }
    for (size_t i = count; i < max; i++)
        check(sentences[i] == NULL, "%s[%zu]: a sentence after a gap", owner, i);
}

static void check_brief(const char *owner, const char *brief, const char *phrase)
{
    size_t length = brief ? shown_length(brief) : 0;

    check(length > 0 && length <= SX_BRIEF_MAX, "%s brief: %zu characters, want 1-%d",
          owner, length, SX_BRIEF_MAX);
    if (length == 0)
        return;
    check(plain_text(brief, 0), "%s brief: not plain ASCII", owner);
    check(islower((unsigned char)brief[0]), "%s brief: must continue a sentence", owner);
    check(!ends_with(brief, ".") && !ends_with(brief, " "), "%s brief: ends with a period",
          owner);
    check(strstr(brief, "  ") == NULL, "%s brief: double space", owner);
    /* The summary already shows the phrase just before the brief. */
    check(phrase == NULL || strstr(brief, phrase) == NULL, "%s brief repeats the phrase",
          owner);
}

/*
 * "§21.4.24" or "§4.6.2-4.6.4": a section sign, then digits, letters (an
 * appendix) and dots, or a range. Returns the characters read, 0 if none.
 */
static size_t section_length(const char *text)
{
    size_t i;

    if (strncmp(text, "\xC2\xA7", 2) != 0)
        return 0;
    i = 2;
    if (!isalnum((unsigned char)text[i]))
        return 0;
    while (isalnum((unsigned char)text[i]) || text[i] == '.' || text[i] == '-')
        i++;
    return text[i - 1] == '.' || text[i - 1] == '-' ? 0 : i;
}

/* "RFC 3261" or "RFC 3261 §21.4.24, §20.33": the reference of one document. */
static size_t document_length(const char *text)
{
    size_t i = 4, section;

    if (strncmp(text, "RFC ", 4) != 0)
        return 0;
    while (isdigit((unsigned char)text[i]))
        i++;
    if (i < 8 || i > 8)
        return 0;   /* four digits, as every SIP RFC has */
    if (text[i] != ' ')
        return i;
    i++;
    if ((section = section_length(text + i)) == 0)
        return 0;
    i += section;
    while (strncmp(text + i, ", ", 2) == 0 && (section = section_length(text + i + 2)) > 0)
        i += 2 + section;
    return i;
}

/*
 * Sources: references separated by "; ", each an RFC with sections or a
 * "practice: " statement (vendor behaviour rather than an RFC rule).
 */
static void check_sources(const char *owner, const char *sources, const char *must_cite)
{
    const char *p = sources;

    check(sources != NULL && sources[0] != '\0', "%s: no sources", owner);
    if (sources == NULL || sources[0] == '\0')
        return;
    check(plain_text(sources, 1), "%s sources: not plain ASCII", owner);
    while (*p) {
        const char *end = strstr(p, "; ");
        size_t part = end ? (size_t)(end - p) : strlen(p);

        if (strncmp(p, "practice: ", 10) == 0) {
            check(part > 10, "%s sources: empty practice", owner);
        } else {
            size_t length = document_length(p);
            check(length == part, "%s sources: not 'RFC NNNN §x, §y' at '%.*s'", owner,
                  (int)part, p);
        }
        p += part;
        if (*p)
            p += 2;
    }
    if (must_cite)
        check(strstr(sources, must_cite) != NULL, "%s sources: do not cite %s", owner,
              must_cite);
}

/* ---- the facts ---- */

static const registry_entry *registered(unsigned code)
{
    for (size_t i = 0; i < registry_count; i++) {
        if (registry[i].code == code)
            return &registry[i];
    }
    return NULL;
}

static void check_table_against_registry(void)
{
    check(sx_responses_count == registry_count, "table has %zu codes, registry %zu",
          sx_responses_count, registry_count);
    for (size_t i = 0; i < registry_count; i++) {
        const registry_entry *want = &registry[i];
        const sx_response_info *got = sx_find_response(want->code);

        check(got != NULL, "%u missing from the table", want->code);
        if (got == NULL)
            continue;
        check(strcmp(got->phrase, want->phrase) == 0, "%u phrase '%s', registered '%s'",
              want->code, got->phrase, want->phrase);
        check(got->rfc && strncmp(got->rfc, want->defined_in, strlen(want->defined_in)) == 0,
              "%u rfc '%s' does not start with '%s'", want->code, got->rfc, want->defined_in);
    }
    for (size_t i = 0; i < sx_responses_count; i++)
        check(registered(sx_responses[i].code) != NULL, "%u is not in the registry",
              sx_responses[i].code);
}

/* A header name: a token of letters, digits and dashes. */
static int header_name(const char *name)
{
    if (name == NULL || !isupper((unsigned char)name[0]))
        return 0;
    for (const char *c = name; *c; c++) {
        if (!isalnum((unsigned char)*c) && *c != '-')
            return 0;
    }
    return 1;
}

static void check_headers(unsigned code, const char *what, const char *const *names)
{
    int ended = 0;

    for (size_t i = 0; i < SX_ANSWER_HEADERS; i++) {
        if (names[i] == NULL) {
            ended = 1;
            continue;
        }
        check(!ended, "%u %s[%zu]: a header after a gap", code, what, i);
        check(header_name(names[i]), "%u %s[%zu]: not a header name", code, what, i);
        for (size_t j = 0; j < i; j++)
            check(names[j] == NULL || strcmp(names[j], names[i]) != 0,
                  "%u %s: %s twice", code, what, names[i]);
    }
}

static int lists_header(const sx_response_info *info, const char *header)
{
    for (size_t i = 0; i < SX_ANSWER_HEADERS && info->answer[i]; i++) {
        if (strcmp(info->answer[i], header) == 0)
            return 1;
    }
    return 0;
}

/*
 * Rules of the RFCs that the facts must not contradict, so that the
 * comparison of two codes never states a false difference.
 */
static void check_facts(void)
{
    for (size_t i = 0; i < sx_responses_count; i++) {
        const sx_response_info *entry = &sx_responses[i];
        unsigned code = entry->code, klass = sx_class_of(code);
        char owner[32];

        snprintf(owner, sizeof owner, "%u rfc", code);
        check(i == 0 || sx_responses[i - 1].code < code, "%u out of order", code);
        check(klass >= 1 && klass <= 6, "%u has no class", code);
        check(entry->rfc && document_length(entry->rfc) > 8, "%u rfc names no section", code);
        if (entry->rfc)
            check_sources(owner, entry->rfc, NULL);

        check(entry->senders != 0 && (entry->senders & ~SX_SENDER_ANY) == 0,
              "%u senders", code);
        check((entry->retry & ~0x1f) == 0, "%u retry has unknown bits", code);
        if (klass <= 2) {
            check(entry->retry == SX_RETRY_NOT_NEEDED, "%u: 1xx and 2xx need no retry", code);
        } else if (code == 402 || code == 487) {
            /* 402 has no standard meaning; after 487 the client wanted the end. */
            check(entry->retry == 0, "%u: no retry advice", code);
        } else {
            check(entry->retry != 0 && !(entry->retry & SX_RETRY_NOT_NEEDED),
                  "%u: a final failure needs retry advice", code);
            check(!((entry->retry & SX_RETRY_NEVER) &&
                    (entry->retry & (SX_RETRY_LATER | SX_RETRY_ELSEWHERE | SX_RETRY_CHANGED))),
                  "%u: never and another retry at once", code);
        }
        /* 6xx: no other location will do better (RFC 3261 §21.6). */
        if (klass == 6)
            check(!(entry->retry & SX_RETRY_ELSEWHERE), "%u: a 6xx is final everywhere", code);

        check(entry->dialog <= SX_DIALOG_ENDS, "%u dialog", code);
        if (entry->dialog == SX_DIALOG_EARLY)
            check(code > 100 && code < 200, "%u: only 101-199 set up early dialogs", code);
        if (entry->dialog == SX_DIALOG_CREATES)
            check(klass == 2, "%u: only a 2xx creates a dialog", code);
        check(code < 181 || code > 183 || entry->dialog == SX_DIALOG_EARLY,
              "%u: a 18x with a To tag sets up an early dialog (RFC 3261 §12.1)", code);
        check(code != 200 || entry->dialog == SX_DIALOG_CREATES, "200 creates the dialog");
        check(code != 481 || entry->dialog == SX_DIALOG_ENDS, "481 ends the dialog");

        check((entry->flags & SX_CODE_CHALLENGE) == ((code == 401 || code == 407)
                                                     ? SX_CODE_CHALLENGE : 0),
              "%u: only 401 and 407 carry a challenge", code);
        /* RFC 3261 §10.3: a registrar never sends 6xx. */
        if (klass == 6)
            check(!(entry->senders & SX_SENDER_REGISTRAR), "%u: sent by a registrar", code);
        /* §22.1: proxies never send 401; 407 is theirs. §21.3.4: 305 only from a UAS. */
        check(code != 401 || !(entry->senders & SX_SENDER_PROXY), "401 from a proxy");
        check(code != 407 || (entry->senders & SX_SENDER_PROXY), "407 not from a proxy");
        check(code != 305 || entry->senders == SX_SENDER_UAS, "305 from other than a UAS");
        /* §16.11: a stateless proxy never makes a 100, a stateful one does. */
        check(code != 100 || (entry->senders & SX_SENDER_PROXY), "100 from proxies");

        check_headers(code, "answer", entry->answer);
        check_headers(code, "request", entry->request);
    }
    /* Headers the RFCs name as carrying the answer. */
    static const struct { unsigned code; const char *header; } carried[] = {
        { 199, "Reason" }, { 300, "Contact" }, { 301, "Contact" }, { 302, "Contact" },
        { 305, "Contact" }, { 380, "Content-Type" }, { 401, "WWW-Authenticate" },
        { 405, "Allow" }, { 407, "Proxy-Authenticate" }, { 415, "Accept" },
        { 415, "Accept-Encoding" }, { 415, "Accept-Language" },
        { 417, "Accept-Resource-Priority" }, { 420, "Unsupported" }, { 421, "Require" },
        { 422, "Min-SE" }, { 423, "Min-Expires" }, { 424, "Geolocation-Error" },
        { 425, "AlertMsg-Error" }, { 469, "Recv-Info" }, { 470, "Permission-Missing" },
        { 485, "Contact" }, { 489, "Allow-Events" }, { 494, "Security-Server" },
        { 503, "Retry-After" }, { 608, "Call-Info" },
    };
    for (size_t i = 0; i < sizeof carried / sizeof carried[0]; i++) {
        const sx_response_info *info = sx_find_response(carried[i].code);
        check(info && lists_header(info, carried[i].header), "%u does not list %s",
              carried[i].code, carried[i].header);
    }
}

/* ---- the texts ---- */

static void check_texts(void)
{
    check(sx_response_texts_count == sx_responses_count, "%zu texts for %zu codes",
          sx_response_texts_count, sx_responses_count);
    for (size_t i = 0; i < sx_response_texts_count && i < sx_responses_count; i++) {
        const sx_response_info *info = &sx_responses[i];
        const sx_response_text *text = &sx_response_texts[i];
        unsigned code = info->code;
        char owner[48], document[16] = "";

        check(text->code == code, "text %zu is for %u, facts for %u", i, text->code, code);
        check(sx_response_text_of(info) == text, "%u: text lookup", code);
        snprintf(owner, sizeof owner, "%u", code);
        check_brief(owner, text->brief, info->phrase);
        snprintf(owner, sizeof owner, "%u explanation", code);
        check_text(owner, text->explanation, SX_SENTENCES, 1);
        snprintf(owner, sizeof owner, "%u when", code);
        check_text(owner, text->when, SX_SENTENCES, 1);
        snprintf(owner, sizeof owner, "%u fix", code);
        check_text(owner, text->fix, SX_STEPS, 1);
        snprintf(owner, sizeof owner, "%u send_when", code);
        check_sentence(owner, text->send_when);
        snprintf(owner, sizeof owner, "%u", code);
        /* The entry rests at least on the document that defines the code. */
        if (info->rfc)
            snprintf(document, sizeof document, "%.8s", info->rfc);
        check_sources(owner, text->sources, document[0] ? document : NULL);
    }
}

/* A template: one sentence whose only placeholders are {value} and {code}. */
static void check_template(const char *owner, const char *text, int needs_value)
{
    char plain[256];
    const char *p = text;
    size_t length = 0;

    check(text != NULL, "%s: missing", owner);
    if (text == NULL)
        return;
    while (*p && length + 1 < sizeof plain) {
        if (*p == '{') {
            const char *close = strchr(p, '}');
            int known = close && ((close - p == 6 && strncmp(p, "{value}", 7) == 0) ||
                                  (close - p == 5 && strncmp(p, "{code}", 6) == 0));
            check(known, "%s: unknown placeholder in '%s'", owner, text);
            if (!close)
                break;
            plain[length++] = 'X';
            p = close + 1;
            continue;
        }
        plain[length++] = *p++;
    }
    plain[length] = '\0';
    check_sentence(owner, plain);
    check(!needs_value || strstr(text, "{value}") != NULL, "%s: does not show {value}", owner);
}

static void check_answer_texts(void)
{
    check(sx_answer_texts_count > 0, "no answer texts");
    for (size_t i = 0; i < sx_answer_texts_count; i++) {
        const sx_answer_text *entry = &sx_answer_texts[i];
        const sx_response_info *info = sx_find_response(entry->code);
        char owner[64];

        snprintf(owner, sizeof owner, "answer %u %s", entry->code,
                 entry->header ? entry->header : "(null)");
        check(entry->header != NULL, "%s: no header", owner);
        if (entry->header == NULL)
            continue;
        if (i > 0) {
            const sx_answer_text *previous = &sx_answer_texts[i - 1];
            check(previous->code < entry->code ||
                  (previous->code == entry->code && strcmp(previous->header, entry->header) < 0),
                  "%s: out of order", owner);
        }
        check(info && lists_header(info, entry->header), "%s: not in the code's answer[]",
              owner);
        check(sx_find_answer_text(entry->code, entry->header) == entry, "%s: lookup", owner);
        check_template(owner, entry->present, 1);
        if (entry->absent)
            check_template(owner, entry->absent, 0);
        check_sources(owner, entry->sources, NULL);
    }
    /* Every answer header has its text. */
    for (size_t i = 0; i < sx_responses_count; i++) {
        const sx_response_info *info = &sx_responses[i];
        for (size_t j = 0; j < SX_ANSWER_HEADERS && info->answer[j]; j++)
            check(sx_find_answer_text(info->code, info->answer[j]) != NULL,
                  "%u %s: no answer text", info->code, info->answer[j]);
    }
}

/* ---- classes ---- */

static void check_classes(void)
{
    for (unsigned c = 0; c < SX_CLASS_COUNT; c++) {
        const sx_class_info *info = &sx_classes[c];
        const sx_class_text *text = &sx_class_texts[c];
        char owner[32];

        check(info->name && info->name[0], "class %u: no name", c);
        check(info->rfc && strncmp(info->rfc, "RFC 3261 ", 9) == 0, "class %u: rfc", c);
        snprintf(owner, sizeof owner, "class %u", c);
        check_brief(owner, text->brief, NULL);
        snprintf(owner, sizeof owner, "class %u explanation", c);
        check_text(owner, text->explanation, SX_SENTENCES, 1);
        snprintf(owner, sizeof owner, "class %u when", c);
        check_text(owner, text->when, SX_SENTENCES, 1);
        snprintf(owner, sizeof owner, "class %u fix", c);
        check_text(owner, text->fix, SX_STEPS, 1);
        snprintf(owner, sizeof owner, "class %u", c);
        check_sources(owner, text->sources, "RFC 3261");
        /* For 1-6 the summary goes on with the code it is handled as. */
        check(c == 0 || ends_with(text->brief, " as"), "class %u brief: must end with 'as'", c);
    }
    check(strcmp(sx_classes[0].name, "Invalid") == 0, "class 0 name");
    check(strcmp(sx_classes[4].name, "Client Failure") == 0, "class 4 name");
    check(strcmp(sx_classes[6].name, "Global Failure") == 0, "class 6 name");
}

static void check_class_rules(void)
{
    static const struct { unsigned code, klass, handled_as; } cases[] = {
        { 0, 0, 0 }, { 99, 0, 0 }, { 100, 1, 100 }, { 155, 1, 183 }, { 199, 1, 199 },
        { 200, 2, 200 }, { 299, 2, 200 }, { 305, 3, 305 }, { 399, 3, 300 },
        { 431, 4, 400 }, { 486, 4, 486 }, { 499, 4, 400 }, { 555, 5, 555 }, { 599, 5, 500 },
        { 608, 6, 608 }, { 699, 6, 600 }, { 700, 0, 0 }, { 999, 0, 0 }, { 65535, 0, 0 },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        unsigned code = cases[i].code;

        check(sx_class_of(code) == cases[i].klass, "class of %u is %u, want %u",
              code, sx_class_of(code), cases[i].klass);
        check(sx_handled_as(code) == cases[i].handled_as, "%u handled as %u, want %u",
              code, sx_handled_as(code), cases[i].handled_as);
    }
    /* Every valid code must be handled as a code that has an entry. */
    for (unsigned code = 100; code <= 699; code++)
        check(sx_find_response(sx_handled_as(code)) != NULL, "%u handled as no entry", code);
    check(sx_find_response(402) != NULL && sx_find_response(409) == NULL, "lookup gaps");
    check(sx_find_response(0) == NULL && sx_find_response(700) == NULL, "lookup bounds");
    check(sx_response_text_of(NULL) == NULL, "text of no code");
}

/* ---- the summary line and the lookups ---- */

static void check_summary(unsigned code, const char *brief, const char *want)
{
    char out[256];
    size_t length = sx_format_summary(out, sizeof out, code, brief);

    check(strcmp(out, want) == 0, "summary of %u:\n  got  '%s'\n  want '%s'", code, out, want);
    check(length == strlen(out), "summary of %u: length %zu", code, length);
}

static void check_summaries(void)
{
    char out[256], want[256];

    check_summary(486, NULL, "486 Busy Here (Client Failure): the callee is busy at this device");
    check_summary(423, NULL, "423 Interval Too Brief (Client Failure): "
                             "the requested expiration is below the server's minimum");
    check_summary(499, NULL, "499 Unregistered (Client Failure): "
                             "not a registered code; clients handle it as 400 Bad Request");
    check_summary(155, NULL, "155 Unregistered (Provisional): "
                             "not a registered code; clients handle it as 183 Session Progress");
    check_summary(700, NULL, "700 Invalid: not a SIP status code; only 100-699 have a class");
    check_summary(99, NULL, "99 Invalid: not a SIP status code; only 100-699 have a class");
    /* A context row's brief replaces the code's own. */
    check_summary(403, "the credentials sent were rejected",
                  "403 Forbidden (Client Failure): the credentials sent were rejected");
    check_summary(499, "vendor text", "499 Unregistered (Client Failure): vendor text");
    check_summary(700, "vendor text", "700 Invalid: vendor text");

    /* Every registered code in the same form. */
    for (size_t i = 0; i < sx_responses_count; i++) {
        const sx_response_info *info = &sx_responses[i];
        snprintf(want, sizeof want, "%u %s (%s): %s", info->code, info->phrase,
                 sx_classes[sx_class_of(info->code)].name, sx_response_texts[i].brief);
        check_summary(info->code, NULL, want);
    }

    /* Cut to the buffer, always terminated, never past it. */
    memset(out, 'x', sizeof out);
    check(sx_format_summary(out, 10, 486, NULL) == 9 && strcmp(out, "486 Busy ") == 0 &&
          out[10] == 'x', "summary cut at 10: '%s'", out);
    check(sx_format_summary(out, 1, 486, NULL) == 0 && out[0] == '\0', "summary in 1 byte");
    check(sx_format_summary(NULL, 0, 486, NULL) == 0, "summary in no buffer");

    sx_format_code_name(out, sizeof out, 486);
    check(strcmp(out, "486 Busy Here") == 0, "code name 486: %s", out);
    sx_format_code_name(out, sizeof out, 499);
    check(strcmp(out, "499 (unregistered)") == 0, "code name 499: %s", out);
    sx_format_code_name(out, sizeof out, 700);
    check(strcmp(out, "700 (invalid)") == 0, "code name 700: %s", out);
    check(sx_format_code_name(NULL, 0, 486) == 0, "code name in no buffer");
}

static void check_lookups(void)
{
    static const char *const names[] = { "value", "code" };
    static const char *const values[] = { "3600", "423" };
    const sx_answer_text *text = sx_find_answer_text(423, "Min-Expires");
    char out[256];

    check(text != NULL && text->absent != NULL, "423 Min-Expires: present and absent texts");
    if (text) {
        sx_expand_template(out, sizeof out, text->present, names, values, 2);
        check(strstr(out, "3600") != NULL && strchr(out, '{') == NULL, "423 expanded: %s", out);
    }
    /* Header names are case-insensitive in SIP (RFC 3261 §7.3.1). */
    check(sx_find_answer_text(423, "min-expires") == text, "header lookup ignores case");
    check(sx_find_answer_text(423, "Allow") == NULL, "423 Allow: no text");
    check(sx_find_answer_text(423, NULL) == NULL, "no header");
    check(sx_find_answer_text(499, "Min-Expires") == NULL, "unregistered code");

    check(sx_methods_count > 0, "methods");
    for (size_t i = 1; i < sx_methods_count; i++)
        check(strcmp(sx_methods[i - 1], sx_methods[i]) < 0, "methods out of order at %s",
              sx_methods[i]);
    check(sx_is_registered_method("INVITE") && sx_is_registered_method("PRACK") &&
          !sx_is_registered_method("invite") && !sx_is_registered_method("FOO") &&
          !sx_is_registered_method(NULL), "registered methods");
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s iana-sip-response-codes.tsv\n", argv[0]);
        return 2;
    }
    load_registry(argv[1]);
    check(registry_count == 75, "registry file has %zu codes, expected 75", registry_count);
    check_table_against_registry();
    check_facts();
    check_texts();
    check_answer_texts();
    check_classes();
    check_class_rules();
    check_summaries();
    check_lookups();
    return checks_finish("reference tables");
}
