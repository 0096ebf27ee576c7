/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sipexplain-lookup: the plugin's reference tables for SIP status codes on
 * the command line, without Wireshark or a capture.
 *
 *   sipexplain-lookup 603                   one code
 *   sipexplain-lookup 486 603               both, then how they differ
 *   sipexplain-lookup --method REGISTER 401 what 401 means to a REGISTER
 *   sipexplain-lookup --sources 486         the sections each text rests on
 *   sipexplain-lookup --json 486            the same as JSON, for scripts
 *
 * Facts and texts come from plugin/reference (responses.h, context.h); the
 * comparison of two codes is computed from the facts (compare.c). Exit
 * status: 0 when every code was explained, 2 for a usage error or a code
 * that is not a SIP status code, 1 when the output could not be written.
 * The manual page, sipexplain-lookup.1, describes the same interface.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "compare.h"
#include "context.h"
#include "contexts.h"
#include "output.h"
#include "responses.h"

#ifndef SIPEXPLAIN_VERSION
#define SIPEXPLAIN_VERSION "unknown"
#endif

#define PROGRAM "sipexplain-lookup"
/* More than the registry holds, so that every code can be compared with every other. */
#define MAX_CODES 100
#define DEFAULT_WIDTH 80
#define MIN_WIDTH 40
#define MAX_WIDTH 1000
#define LABEL_WIDTH 16              /* "In the request: " */
#define EXIT_USAGE 2
#define TEXT_SIZE 2048

/* ---- what is known of a code -------------------------------------------- */

typedef struct {
    lk_code facts;
    const sx_response_text *text;     /* NULL for an unregistered code */
    const sx_class_text *class_text;  /* the texts of an unregistered code */
    char summary[512];
} entry;

static void get_entry(unsigned code, entry *e)
{
    lk_code_init(&e->facts, code);
    e->text = sx_response_text_of(e->facts.info);
    e->class_text = &sx_class_texts[e->facts.response_class];
    /* The same summary line as the plugin's sipexplain.summary. */
    sx_format_summary(e->summary, sizeof e->summary, code, NULL);
}

static const char *const *explanation_of(const entry *e)
{
    return e->text ? e->text->explanation : e->class_text->explanation;
}

static const char *const *when_of(const entry *e)
{
    return e->text ? e->text->when : e->class_text->when;
}

static const char *const *fix_of(const entry *e)
{
    return e->text ? e->text->fix : e->class_text->fix;
}

static const char *rfc_of(const entry *e)
{
    return e->facts.info ? e->facts.info->rfc : sx_classes[e->facts.response_class].rfc;
}

static const char *sources_of(const entry *e)
{
    return e->text ? e->text->sources : e->class_text->sources;
}

/* The look-alike text of code about other, or NULL. */
static const sx_related_text *related_text(unsigned code, unsigned other)
{
    size_t first, count = sx_related_of(code, &first);

    for (size_t i = first; i < first + count; i++) {
        if (sx_related[i].other == other)
            return &sx_related_texts[i];
    }
    return NULL;
}

/* The look-alike text of a compared pair: a about b, else b about a (one, not both). */
static const sx_related_text *pair_text(unsigned a, unsigned b)
{
    const sx_related_text *text = related_text(a, b);

    return text ? text : related_text(b, a);
}

/* Whether code is one of the compared codes other than itself. */
static int compared_with(unsigned code, const entry *entries, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (entries[i].facts.code != code)
            return 1;
    }
    return 0;
}

static int is_compared(unsigned other, const entry *entries, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (entries[i].facts.code == other)
            return 1;
    }
    return 0;
}

/* "when to use which" for one code: its send_when, or why there is none. */
static void send_when_of(const entry *e, char *out, size_t size)
{
    if (e->text) {
        snprintf(out, size, "%s", e->text->send_when);
        return;
    }
    snprintf(out, size, "Not a registered code, so there is no advice on sending it; a client "
             "acts on it as on %u %s.", e->facts.handled->code, e->facts.handled->phrase);
}

/* The sources of a text, one document a line: "RFC 3261 §21.4.24, §20.33; RFC 3398" */
static void print_sources_plain(unsigned indent, const char *sources)
{
    char prefix[64], part[TEXT_SIZE];
    const char *p = sources ? sources : "";
    int first = 1;

    while (*p) {
        const char *end = strstr(p, "; ");
        size_t length = end ? (size_t)(end - p) : strlen(p);

        if (length >= sizeof part)
            length = sizeof part - 1;
        memcpy(part, p, length);
        part[length] = '\0';
        snprintf(prefix, sizeof prefix, "%*s%s", (int)indent, "", first ? "Sources:" : "");
        print_block(prefix, indent + 9, indent + 11, part);
        first = 0;
        p = end ? end + 2 : p + length;
    }
}

/* ---- plain output ------------------------------------------------------- */

static void print_field(const char *label, const char *text)
{
    char prefix[LABEL_WIDTH + 2];

    snprintf(prefix, sizeof prefix, "%s:", label);
    print_block(prefix, LABEL_WIDTH, LABEL_WIDTH, text);
}

static void print_field_sentences(const char *label, const char *const *sentences, size_t max)
{
    char text[TEXT_SIZE];

    if (sx_sentence_count(sentences, max) == 0)
        return;
    join_sentences(text, sizeof text, sentences, max);
    print_field(label, text);
}

/* Steps as a numbered list, the first on the label's line. */
static void print_steps(const char *label, const char *const *steps, size_t max)
{
    size_t count = sx_sentence_count(steps, max);
    char prefix[LABEL_WIDTH + 32];

    for (size_t i = 0; i < count; i++) {
        char number[24];

        snprintf(number, sizeof number, "%zu. ", i + 1);
        snprintf(prefix, sizeof prefix, "%-*s%s", LABEL_WIDTH, i ? "" : label, number);
        print_block(prefix, LABEL_WIDTH + 3, LABEL_WIDTH + 3, steps[i]);
    }
}

static void capitalize(char *text)
{
    if (text[0] >= 'a' && text[0] <= 'z')
        text[0] = (char)(text[0] - 'a' + 'A');
}

/* "texts for INVITE, REGISTER and for any other method; see --method METHOD" */
static int by_method_text(unsigned code, char *out, size_t size)
{
    const char *methods[32];
    int any_method;
    size_t count = lk_context_methods(code, methods, 32, &any_method), used;

    if (count == 0 && !any_method)
        return 0;
    used = (size_t)snprintf(out, size, "texts for ");
    for (size_t i = 0; i < count && used < size; i++)
        used += (size_t)snprintf(out + used, size - used, "%s%s",
                                 i == 0 ? "" : (i + 1 == count && !any_method) ? " and " : ", ",
                                 methods[i]);
    if (any_method && used < size)
        used += (size_t)snprintf(out + used, size - used, "%s", count ? " and for any other method"
                                 : "any method");
    if (used < size)
        snprintf(out + used, size - used, "; see --method" NO_BREAK_STRING "METHOD");
    return 1;
}

static void print_contexts_plain(const entry *e, const char *method)
{
    lk_choice choices[LK_MAX_CHOICES];
    int uncovered;
    size_t count = lk_context_choices(e->facts.code, method, choices, &uncovered);
    char heading[128], label[160], text[TEXT_SIZE];

    putchar('\n');
    /* An extension method gets only the rows for any method: say so, a typo looks the same. */
    snprintf(heading, sizeof heading, "In a response to %s%s:", method,
             sx_is_registered_method(method) ? "" : ", a method not in the IANA registry");
    print_block("", 0, 2, heading);
    for (size_t i = 0; i < count; i++) {
        const sx_context_text *row_text = sx_context_text_of(choices[i].row);

        snprintf(label, sizeof label, "%s %s:", choices[i].label ? choices[i].label->words
                 : "otherwise", choices[i].row->problem ? "[problem]" : "[normal]");
        capitalize(label);
        print_block("", 2, 2, label);
        if (row_text->brief) {
            /* The summary line the plugin shows for a response in this state. */
            sx_format_summary(text, sizeof text, e->facts.code, row_text->brief);
            print_block("      Summary:", 15, 15, text);
        }
        join_sentences(text, sizeof text, row_text->text, SX_SENTENCES);
        print_block("", 6, 6, text);
    }
    if (count == 0 || uncovered) {
        snprintf(label, sizeof label, "%s %s:", count ? "Otherwise" : "In any state",
                 sx_is_problem(e->facts.code, NULL) ? "[problem]" : "[normal]");
        print_block("", 2, 2, label);
        print_block("", 6, 6, "No text of its own for this method: the entry above applies.");
    }
}

static void print_entry_plain(const entry *e, const char *method, const entry *all, size_t all_count)
{
    const lk_code *f = &e->facts;
    size_t related_first, related_count = sx_related_of(f->code, &related_first);
    size_t shown = 0;
    char text[TEXT_SIZE];

    /* The summary as a heading; its continuation indented so it stands out. */
    print_block("", 0, 4, e->summary);
    putchar('\n');
    snprintf(text, sizeof text, "%uxx %s, %s", f->response_class,
             sx_classes[f->response_class].name, f->response_class == 1 ? "not final" : "final");
    print_field("Class", text);
    if (!f->info) {
        snprintf(text, sizeof text, "%u %s: a client acts on a code it does not know as on "
                 "this one (RFC 3261 §8.1.3.2)", f->handled->code, f->handled->phrase);
        print_field("Handled as", text);
    }
    print_field("Defined in", rfc_of(e));
    if (f->info) {
        lk_senders_words(text, sizeof text, f->info->senders);
        print_field("Sent by", text);
    }
    if (f->info) {
        lk_retry_words(text, sizeof text, f->retry);
        capitalize(text);
    } else {
        /* What a client does with it is what it does with the code it is handled as. */
        char words[512];

        lk_retry_words(words, sizeof words, f->retry);
        snprintf(text, sizeof text, "As for %u: %s", f->handled->code, words);
    }
    print_field("Next step", text);
    if (f->dialog != LK_DIALOG_NONE) {
        char words[512];

        lk_fact_words(words, sizeof words, f, LK_FACT_DIALOG);
        snprintf(text, sizeof text, "%u %s", f->code, words);
        print_field("Dialog", text);
    }
    if (f->challenge)
        print_field("Challenge", "a digest challenge, answered with credentials");
    if (f->info && f->info->answer[0]) {
        lk_headers_words(text, sizeof text, f->info->answer, ", ");
        print_field("Answer in", text);
    }
    if (f->info && f->info->request[0]) {
        lk_headers_words(text, sizeof text, f->info->request, ", ");
        print_field("In the request", text);
    }
    print_field_sentences("Explanation", explanation_of(e), SX_SENTENCES);
    print_field_sentences("When", when_of(e), SX_SENTENCES);
    print_steps("What to check:", fix_of(e), SX_STEPS);
    if (e->text)
        print_field("Sending it", e->text->send_when);
    if (by_method_text(f->code, text, sizeof text))
        print_field("Per method", text);

    /* The look-alikes, but for a compared code: the comparison below has that text. */
    for (size_t i = related_first; i < related_first + related_count; i++) {
        char prefix[16];

        if (is_compared(sx_related[i].other, all, all_count) &&
            compared_with(f->code, all, all_count))
            continue;
        if (shown++ == 0) {
            putchar('\n');
            puts("Not to be confused with:");
        }
        snprintf(prefix, sizeof prefix, "  %u:", sx_related[i].other);
        join_sentences(text, sizeof text, sx_related_texts[i].text, SX_SENTENCES);
        print_block(prefix, 8, 8, text);
    }
    if (method)
        print_contexts_plain(e, method);
}

static void print_comparison_plain(const entry *a, const entry *b)
{
    const sx_related_text *related = pair_text(a->facts.code, b->facts.code);
    lk_comparison comparison;
    char name_a[128], name_b[128], text[TEXT_SIZE], prefix[16];

    sx_format_code_name(name_a, sizeof name_a, a->facts.code);
    sx_format_code_name(name_b, sizeof name_b, b->facts.code);
    snprintf(text, sizeof text, "%s compared with %s", name_a, name_b);
    print_block("", 0, 4, text);
    putchar('\n');
    if (a->facts.code == b->facts.code) {
        snprintf(text, sizeof text, "%u and %u are the same code: nothing to compare.",
                 a->facts.code, b->facts.code);
        print_block("", 2, 2, text);
        return;
    }
    if (related) {
        puts("Often confused:");
        join_sentences(text, sizeof text, related->text, SX_SENTENCES);
        print_block("", 2, 2, text);
        putchar('\n');
    }
    printf("Key differences between %u and %u:\n", a->facts.code, b->facts.code);
    lk_compare(&a->facts, &b->facts, &comparison);
    for (size_t i = 0; i < comparison.differ_count; i++) {
        /* The text of every item at one column, however many items. */
        unsigned indent = comparison.differ_count < 10 ? 5 : 6;

        snprintf(prefix, sizeof prefix, "  %zu.", i + 1);
        lk_difference(text, sizeof text, &a->facts, &b->facts, comparison.differ[i]);
        print_block(prefix, indent, indent, text);
    }
    if (comparison.differ_count == 0) {
        size_t used = (size_t)snprintf(text, sizeof text, "None: %u and %u agree in every fact "
                                       "compared (", a->facts.code, b->facts.code);

        for (size_t i = 0; i < comparison.same_count && used < sizeof text; i++)
            used += (size_t)snprintf(text + used, sizeof text - used, "%s%s", i ? ", " : "",
                                     lk_fact_name(comparison.same[i]));
        if (used < sizeof text)
            snprintf(text + used, sizeof text - used, "). They differ in what they signal: "
                     "see when to use which.");
        print_block("", 2, 2, text);
    }
    putchar('\n');
    puts("When to use which:");
    snprintf(prefix, sizeof prefix, "  %u:", a->facts.code);
    send_when_of(a, text, sizeof text);
    print_block(prefix, 8, 8, text);
    snprintf(prefix, sizeof prefix, "  %u:", b->facts.code);
    send_when_of(b, text, sizeof text);
    print_block(prefix, 8, 8, text);
}

static void print_rule(void)
{
    for (unsigned i = 0; i < output_width; i++)
        putchar('=');
    putchar('\n');
}

static void print_plain(const entry *entries, size_t count, const char *method)
{
    for (size_t i = 0; i < count; i++) {
        if (i) {
            putchar('\n');
            print_rule();
            putchar('\n');
        }
        print_entry_plain(&entries[i], method, entries, count);
    }
    /* Each pair, in the order given. */
    for (size_t i = 0; i < count; i++) {
        for (size_t j = i + 1; j < count; j++) {
            putchar('\n');
            print_rule();
            putchar('\n');
            print_comparison_plain(&entries[i], &entries[j]);
        }
    }
}

/* ---- --sources, plain --------------------------------------------------- */

static void print_sentence_list(const char *const *sentences, size_t max)
{
    size_t count = sx_sentence_count(sentences, max);

    for (size_t i = 0; i < count; i++)
        print_block("  -", 4, 4, sentences[i]);
}

/* Without a method, every row of the code; with one, the rows a response to it can get. */
static int row_applies(const sx_context_info *row, const char *method)
{
    lk_choice choices[LK_MAX_CHOICES];
    int uncovered;
    size_t count;

    if (method == NULL)
        return 1;
    count = lk_context_choices(row->code, method, choices, &uncovered);
    for (size_t i = 0; i < count; i++) {
        if (choices[i].row == row)
            return 1;
    }
    return 0;
}

/* A labelled group of sentences: "  Explanation:" then one "  - sentence" a line. */
static void print_sentence_group(const char *label, const char *const *sentences, size_t max)
{
    if (sx_sentence_count(sentences, max) == 0)
        return;
    printf("  %s:\n", label);
    print_sentence_list(sentences, max);
}

static void print_sources_of(const entry *e, const char *method)
{
    const lk_code *f = &e->facts;
    size_t first, count;
    char heading[640], text[TEXT_SIZE], name[128];

    sx_format_code_name(name, sizeof name, f->code);
    snprintf(heading, sizeof heading, "Sources of %s", name);
    print_block("", 0, 4, heading);

    putchar('\n');
    if (e->text)
        snprintf(heading, sizeof heading, "Entry %u, defined in %s:", f->code, rfc_of(e));
    else
        snprintf(heading, sizeof heading, "Entry of the unregistered %uxx codes, defined in %s:",
                 f->response_class, rfc_of(e));
    print_block("", 0, 2, heading);
    print_block("  Summary:", 11, 11, e->summary);
    print_sentence_group("Explanation", explanation_of(e), SX_SENTENCES);
    print_sentence_group("When", when_of(e), SX_SENTENCES);
    print_sentence_group("What to check", fix_of(e), SX_STEPS);
    if (e->text)
        print_block("  Sending it:", 14, 14, e->text->send_when);
    print_sources_plain(2, sources_of(e));

    for (size_t i = 0; i < sx_answer_texts_count; i++) {
        const sx_answer_text *answer = &sx_answer_texts[i];

        if (answer->code != f->code)
            continue;
        putchar('\n');
        snprintf(heading, sizeof heading, "Answer header %s of %u:", answer->header, f->code);
        print_block("", 0, 2, heading);
        print_block("  When present:", 16, 16, answer->present);
        if (answer->absent)
            print_block("  When absent:", 16, 16, answer->absent);
        print_sources_plain(2, answer->sources);
    }

    for (size_t i = 0; i < sx_contexts_count; i++) {
        const sx_context_info *row = &sx_contexts[i];
        const sx_context_text *row_text = &sx_context_texts[i];

        if (row->code != f->code || !row_applies(row, method))
            continue;
        putchar('\n');
        snprintf(heading, sizeof heading, "Context %s: %s, %s [%s]:", row->key,
                 row->method ? row->method : "any method",
                 sx_condition_labels[row->condition].words, row->problem ? "problem" : "normal");
        print_block("", 0, 2, heading);
        if (row_text->brief) {
            sx_format_summary(text, sizeof text, f->code, row_text->brief);
            print_block("  Summary:", 11, 11, text);
        }
        print_sentence_list(row_text->text, SX_SENTENCES);
        print_sources_plain(2, row_text->sources);
    }

    count = sx_related_of(f->code, &first);
    for (size_t i = first; i < first + count; i++) {
        putchar('\n');
        snprintf(heading, sizeof heading, "Look-alike %u and %u:", f->code, sx_related[i].other);
        print_block("", 0, 2, heading);
        print_sentence_list(sx_related_texts[i].text, SX_SENTENCES);
        print_sources_plain(2, sx_related_texts[i].sources);
    }
}

static void print_sources(const entry *entries, size_t count, const char *method)
{
    for (size_t i = 0; i < count; i++) {
        if (i) {
            putchar('\n');
            print_rule();
            putchar('\n');
        }
        print_sources_of(&entries[i], method);
    }
}

/* ---- JSON --------------------------------------------------------------- */

static void json_member(const char *indent, const char *name, const char *value, int last)
{
    printf("%s\"%s\": ", indent, name);
    json_string(value);
    puts(last ? "" : ",");
}

static void json_sentences_member(const char *indent, const char *name,
                                  const char *const *sentences, size_t max)
{
    printf("%s\"%s\": ", indent, name);
    json_sentences(sentences, max);
    puts(",");
}

/* The facts of a code on one line: {"registered": true, "class": 4, ...}. */
static void json_facts(const lk_code *f)
{
    char value[512];

    putchar('{');
    for (unsigned fact = 0; fact < LK_FACT_COUNT; fact++) {
        lk_fact_json(value, sizeof value, f, (lk_fact)fact);
        printf("%s\"%s\": %s", fact ? ", " : "", lk_fact_key((lk_fact)fact), value);
    }
    putchar('}');
}

static void json_contexts(const entry *e, const char *method, const char *in)
{
    lk_choice choices[LK_MAX_CHOICES];
    int uncovered;
    size_t count = lk_context_choices(e->facts.code, method, choices, &uncovered);

    json_member(in, "method", method, 0);
    printf("%s\"method_registered\": %s,\n", in, sx_is_registered_method(method) ? "true" : "false");
    printf("%s\"contexts\": [", in);
    for (size_t i = 0; i < count; i++) {
        const sx_context_info *row = choices[i].row;
        const sx_context_text *row_text = sx_context_text_of(row);

        printf("%s\n%s  {\"key\": ", i ? "," : "", in);
        json_string(row->key);
        fputs(", \"condition\": ", stdout);
        json_string(sx_condition_labels[row->condition].key);
        fputs(", \"label\": ", stdout);
        json_string(choices[i].label ? choices[i].label->words : "otherwise");
        printf(", \"problem\": %s, \"brief\": ", row->problem ? "true" : "false");
        json_string(row_text->brief);
        fputs(", \"text\": ", stdout);
        json_sentences(row_text->text, SX_SENTENCES);
        fputs(", \"sources\": ", stdout);
        json_string(row_text->sources);
        putchar('}');
    }
    printf("%s],\n", count ? "\n  " : "");
    printf("%s\"entry_alone\": %s", in, count == 0 || uncovered ? "true" : "false");
}

static void print_entry_json(const entry *e, const char *method, int last)
{
    const lk_code *f = &e->facts;
    size_t related_first, related_count = sx_related_of(f->code, &related_first);
    const char *methods[32];
    int any_method;
    size_t method_count = lk_context_methods(f->code, methods, 32, &any_method);
    const char *in = "      ";

    puts("    {");
    printf("%s\"code\": %u,\n", in, f->code);
    printf("%s\"registered\": %s,\n", in, f->info ? "true" : "false");
    json_member(in, "phrase", f->info ? f->info->phrase : NULL, 0);
    printf("%s\"class\": %u,\n", in, f->response_class);
    json_member(in, "class_name", sx_classes[f->response_class].name, 0);
    printf("%s\"handled_as\": %u,\n", in, f->handled->code);
    json_member(in, "summary", e->summary, 0);
    json_member(in, "rfc", rfc_of(e), 0);
    printf("%s\"facts\": ", in);
    json_facts(f);
    puts(",");
    json_sentences_member(in, "explanation", explanation_of(e), SX_SENTENCES);
    json_sentences_member(in, "when", when_of(e), SX_SENTENCES);
    json_sentences_member(in, "fix", fix_of(e), SX_STEPS);
    json_member(in, "send_when", e->text ? e->text->send_when : NULL, 0);
    json_member(in, "sources", sources_of(e), 0);
    printf("%s\"context_methods\": [", in);
    for (size_t i = 0; i < method_count; i++) {
        fputs(i ? ", " : "", stdout);
        json_string(methods[i]);
    }
    puts("],");
    printf("%s\"context_any_method\": %s,\n", in, any_method ? "true" : "false");
    printf("%s\"related\": [", in);
    for (size_t i = related_first; i < related_first + related_count; i++) {
        printf("%s\n%s  {\"other\": %u, \"text\": ", i > related_first ? "," : "", in,
               sx_related[i].other);
        json_sentences(sx_related_texts[i].text, SX_SENTENCES);
        fputs(", \"sources\": ", stdout);
        json_string(sx_related_texts[i].sources);
        putchar('}');
    }
    printf("%s]", related_count ? "\n      " : "");
    if (method) {
        puts(",");
        json_contexts(e, method, in);
    }
    printf("\n    }%s\n", last ? "" : ",");
}

static void print_comparison_json(const entry *a, const entry *b, int last)
{
    const sx_related_text *related = pair_text(a->facts.code, b->facts.code);
    lk_comparison comparison;
    char text[TEXT_SIZE];
    const char *in = "      ";

    if (a->facts.code == b->facts.code)
        comparison.differ_count = comparison.same_count = 0;
    else
        lk_compare(&a->facts, &b->facts, &comparison);
    puts("    {");
    printf("%s\"codes\": [%u, %u],\n", in, a->facts.code, b->facts.code);
    printf("%s\"same_code\": %s,\n", in, a->facts.code == b->facts.code ? "true" : "false");
    printf("%s\"related\": ", in);
    if (related && a->facts.code != b->facts.code) {
        printf("{\"code\": %u, \"other\": %u, \"text\": ", related->code, related->other);
        json_sentences(related->text, SX_SENTENCES);
        fputs(", \"sources\": ", stdout);
        json_string(related->sources);
        puts("},");
    } else {
        puts("null,");
    }
    printf("%s\"key_differences\": [", in);
    for (size_t i = 0; i < comparison.differ_count; i++) {
        lk_difference(text, sizeof text, &a->facts, &b->facts, comparison.differ[i]);
        printf("%s\n%s  {\"fact\": \"%s\", \"text\": ", i ? "," : "", in,
               lk_fact_key(comparison.differ[i]));
        json_string(text);
        putchar('}');
    }
    printf("%s],\n", comparison.differ_count ? "\n      " : "");
    printf("%s\"in_common\": [", in);
    for (size_t i = 0; i < comparison.same_count; i++)
        printf("%s\"%s\"", i ? ", " : "", lk_fact_key(comparison.same[i]));
    puts("],");
    printf("%s\"when_to_use\": [\n", in);
    send_when_of(a, text, sizeof text);
    printf("%s  {\"code\": %u, \"text\": ", in, a->facts.code);
    json_string(text);
    puts("},");
    send_when_of(b, text, sizeof text);
    printf("%s  {\"code\": %u, \"text\": ", in, b->facts.code);
    json_string(text);
    printf("}\n%s]\n", in);
    printf("    }%s\n", last ? "" : ",");
}

static void print_json(const entry *entries, size_t count, const char *method)
{
    size_t pairs = count * (count - 1) / 2, pair = 0;

    puts("{");
    puts("  \"responses\": [");
    for (size_t i = 0; i < count; i++)
        print_entry_json(&entries[i], method, i + 1 == count);
    printf("  ],\n  \"differences\": [%s", pairs ? "\n" : "");
    for (size_t i = 0; i < count; i++) {
        for (size_t j = i + 1; j < count; j++) {
            pair++;
            print_comparison_json(&entries[i], &entries[j], pair == pairs);
        }
    }
    printf("%s]\n}\n", pairs ? "  " : "");
}

/* ---- --sources, JSON ---------------------------------------------------- */

/* One text of a code: {"kind": ..., "key": ..., <more>, "text": [...], "sources": ...} */
static void json_source_start(int *first, const char *kind, const char *key)
{
    printf("%s\n        {\"kind\": \"%s\", \"key\": ", *first ? "" : ",", kind);
    json_string(key);
    *first = 0;
}

static void json_source_end(const char *const *sentences, size_t max, const char *sources)
{
    fputs(", \"text\": ", stdout);
    json_sentences(sentences, max);
    fputs(", \"sources\": ", stdout);
    json_string(sources);
    putchar('}');
}

static void print_sources_json_of(const entry *e, const char *method, int last)
{
    const lk_code *f = &e->facts;
    size_t first_related, related_count = sx_related_of(f->code, &first_related);
    char key[64];
    int first = 1;

    puts("    {");
    printf("      \"code\": %u,\n", f->code);
    printf("      \"summary\": ");
    json_string(e->summary);
    printf(",\n      \"rfc\": ");
    json_string(rfc_of(e));
    printf(",\n      \"texts\": [");

    snprintf(key, sizeof key, e->text ? "%u" : "class %u", e->text ? f->code : f->response_class);
    json_source_start(&first, "entry", key);
    fputs(", \"brief\": ", stdout);
    json_string(e->text ? e->text->brief : e->class_text->brief);
    fputs(", \"explanation\": ", stdout);
    json_sentences(explanation_of(e), SX_SENTENCES);
    fputs(", \"when\": ", stdout);
    json_sentences(when_of(e), SX_SENTENCES);
    fputs(", \"fix\": ", stdout);
    json_sentences(fix_of(e), SX_STEPS);
    fputs(", \"send_when\": ", stdout);
    json_string(e->text ? e->text->send_when : NULL);
    fputs(", \"sources\": ", stdout);
    json_string(sources_of(e));
    putchar('}');

    for (size_t i = 0; i < sx_answer_texts_count; i++) {
        const sx_answer_text *answer = &sx_answer_texts[i];
        const char *sentences[2] = { answer->present, answer->absent };

        if (answer->code != f->code)
            continue;
        snprintf(key, sizeof key, "%u.%s", answer->code, answer->header);
        json_source_start(&first, "answer", key);
        fputs(", \"header\": ", stdout);
        json_string(answer->header);
        fputs(", \"present\": ", stdout);
        json_string(sentences[0]);
        fputs(", \"absent\": ", stdout);
        json_string(sentences[1]);
        fputs(", \"sources\": ", stdout);
        json_string(answer->sources);
        putchar('}');
    }
    for (size_t i = 0; i < sx_contexts_count; i++) {
        const sx_context_info *row = &sx_contexts[i];
        const sx_context_text *row_text = &sx_context_texts[i];

        if (row->code != f->code || !row_applies(row, method))
            continue;
        json_source_start(&first, "context", row->key);
        fputs(", \"method\": ", stdout);
        json_string(row->method);
        fputs(", \"condition\": ", stdout);
        json_string(sx_condition_labels[row->condition].key);
        printf(", \"problem\": %s, \"brief\": ", row->problem ? "true" : "false");
        json_string(row_text->brief);
        json_source_end(row_text->text, SX_SENTENCES, row_text->sources);
    }
    for (size_t i = first_related; i < first_related + related_count; i++) {
        snprintf(key, sizeof key, "%u.%u", sx_related[i].code, sx_related[i].other);
        json_source_start(&first, "related", key);
        printf(", \"other\": %u", sx_related[i].other);
        json_source_end(sx_related_texts[i].text, SX_SENTENCES, sx_related_texts[i].sources);
    }
    printf("\n      ]\n    }%s\n", last ? "" : ",");
}

static void print_sources_json(const entry *entries, size_t count, const char *method)
{
    puts("{");
    if (method) {
        fputs("  \"method\": ", stdout);
        json_string(method);
        puts(",");
    }
    puts("  \"sources\": [");
    for (size_t i = 0; i < count; i++)
        print_sources_json_of(&entries[i], method, i + 1 == count);
    puts("  ]\n}");
}

/* ---- command line ------------------------------------------------------- */

/* Kept in step with sipexplain-lookup.1, which says the same at more length. */
static void usage(FILE *out)
{
    fprintf(out,
            "Usage: " PROGRAM " [--method METHOD] [--sources] [--json] [--width N] CODE...\n"
            "\n"
            "Explains SIP response codes with the reference tables of the sipexplain\n"
            "Wireshark plugin: class, who sends the code, what a client may do next, what\n"
            "it means, when it is seen, what to check, when to send it, and the codes it is\n"
            "often confused with.\n"
            "\n"
            "  CODE               a status code, 100-699; a code outside the IANA registry\n"
            "                     is explained by its class (RFC 3261 §8.1.3.2)\n"
            "  CODE CODE...       each code, then each pair compared: its look-alike text,\n"
            "                     the key differences in the facts, when to use which\n"
            "  -m, --method M     also what the code means in a response to method M\n"
            "                     (REGISTER, INVITE...), in each state the capture can show\n"
            "  -s, --sources      the specification sections each text of the code rests\n"
            "                     on, text by text, instead of the explanation\n"
            "  -j, --json         JSON for scripts: {\"responses\": [...], \"differences\":\n"
            "                     [...]}, or with --sources {\"sources\": [...]}\n"
            "  -w, --width N      wrap the text at N columns, 40-1000 (default: COLUMNS,\n"
            "                     the terminal's width, or 80)\n"
            "  -h, --help         this help\n"
            "  -V, --version      the version\n"
            "\n"
            "Examples:\n"
            "  " PROGRAM " 603\n"
            "  " PROGRAM " 200 603\n"
            "  " PROGRAM " --method REGISTER 401\n"
            "  " PROGRAM " --sources 486\n"
            "\n"
            "Exit status: 0 explained, 1 the output could not be written, 2 bad usage or\n"
            "not a SIP status code (100-699). See also: man " PROGRAM ".\n");
}

static int parse_width(const char *text, unsigned *width)
{
    char *end;
    long value;

    errno = 0;
    value = strtol(text, &end, 10);
    if (errno || end == text || *end || value < MIN_WIDTH || value > MAX_WIDTH)
        return 0;
    *width = (unsigned)value;
    return 1;
}

/* --width, else COLUMNS, else the terminal's width, else 80. */
static unsigned find_width(void)
{
    const char *columns = getenv("COLUMNS");
    struct winsize size;
    unsigned width;

    if (columns && parse_width(columns, &width))
        return width;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 &&
        size.ws_col > 0)
        return size.ws_col < MIN_WIDTH ? MIN_WIDTH : size.ws_col;
    return DEFAULT_WIDTH;
}

/* A status code is three digits (RFC 3261 §25.1); only 100-699 have a class. */
static int parse_code(const char *text, unsigned *code)
{
    size_t length = strlen(text);

    if (length == 0 || strspn(text, "0123456789") != length ||
        (length > 3 && text[0] == '0')) {
        fprintf(stderr, PROGRAM ": '%s' is not a status code: give three digits, 100-699\n",
                text);
        return 0;
    }
    if (length != 3 || text[0] < '1' || text[0] > '6') {
        fprintf(stderr, PROGRAM ": %s is not a SIP status code: only 100-699 have a class "
                "(RFC 3261 §7.2)\n", text);
        return 0;
    }
    *code = (unsigned)strtoul(text, NULL, 10);
    return 1;
}

/* A method is a SIP token; methods are written in capitals, so accept any case. */
static int normalize_method(char *method)
{
    static const char token_chars[] = "-.!%*_+`'~";

    if (*method == '\0')
        return 0;
    for (char *p = method; *p; p++) {
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
        else if (!((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                   strchr(token_chars, *p)))
            return 0;
    }
    return 1;
}

int main(int argc, char **argv)
{
    static const struct option options[] = {
        { "method", required_argument, NULL, 'm' },
        { "sources", no_argument, NULL, 's' },
        { "json", no_argument, NULL, 'j' },
        { "width", required_argument, NULL, 'w' },
        { "help", no_argument, NULL, 'h' },
        { "version", no_argument, NULL, 'V' },
        { NULL, 0, NULL, 0 },
    };
    static entry entries[MAX_CODES];
    char *method = NULL;
    int json = 0, sources = 0, width_given = 0, option;
    size_t count = 0;

    while ((option = getopt_long(argc, argv, "m:sjw:hV", options, NULL)) != -1) {
        switch (option) {
        case 'm':
            method = optarg;
            if (!normalize_method(method)) {
                fprintf(stderr, PROGRAM ": '%s' is not a SIP method name\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 's':
            sources = 1;
            break;
        case 'j':
            json = 1;
            break;
        case 'w':
            if (!parse_width(optarg, &output_width)) {
                fprintf(stderr, PROGRAM ": --width takes a number from %d to %d\n",
                        MIN_WIDTH, MAX_WIDTH);
                return EXIT_USAGE;
            }
            width_given = 1;
            break;
        case 'h':
            usage(stdout);
            return fflush(stdout) == 0 ? 0 : 1;
        case 'V':
            puts(PROGRAM " " SIPEXPLAIN_VERSION);
            return fflush(stdout) == 0 ? 0 : 1;
        default:
            fprintf(stderr, "Try '" PROGRAM " --help'.\n");
            return EXIT_USAGE;
        }
    }
    if (optind == argc) {
        fprintf(stderr, PROGRAM ": no status code given\n");
        usage(stderr);
        return EXIT_USAGE;
    }
    if (argc - optind > MAX_CODES) {
        fprintf(stderr, PROGRAM ": at most %d codes at once\n", MAX_CODES);
        return EXIT_USAGE;
    }
    /* Check every code before printing any, so that a typo prints nothing half-done. */
    for (int i = optind; i < argc; i++) {
        unsigned code;

        if (!parse_code(argv[i], &code))
            return EXIT_USAGE;
        get_entry(code, &entries[count++]);
    }
    if (!width_given)
        output_width = find_width();

    if (sources && json)
        print_sources_json(entries, count, method);
    else if (sources)
        print_sources(entries, count, method);
    else if (json)
        print_json(entries, count, method);
    else
        print_plain(entries, count, method);

    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, PROGRAM ": cannot write the output: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}
