/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sipexplain-lookup: the plugin's reference texts for SIP status codes on the
 * command line, without Wireshark or a capture.
 *
 *   sipexplain-lookup 603                   one code
 *   sipexplain-lookup 486 603               both, then how they differ
 *   sipexplain-lookup --method REGISTER 401 what 401 means to a REGISTER
 *   sipexplain-lookup --json 486            the same as JSON, for scripts
 *
 * Exit status: 0 when every code was explained, 2 for a usage error or a
 * code that is not a SIP status code, 1 when the output could not be written.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "sip_context.h"
#include "sip_responses.h"

#ifndef SIPEXPLAIN_VERSION
#define SIPEXPLAIN_VERSION "unknown"
#endif

#define PROGRAM "sipexplain-lookup"
#define MAX_CODES 16
#define DEFAULT_WIDTH 80
#define MIN_WIDTH 40
#define MAX_WIDTH 1000
#define LABEL_WIDTH 14              /* "Explanation:  " */
#define EXIT_USAGE 2

/*
 * What each class means as a whole (RFC 3261 §21), for comparing two codes
 * that have no written comparison. The tables' class texts describe
 * unregistered codes, so they do not fit here.
 */
static const char *const class_meaning[SX_CLASS_COUNT] = {
    [1] = "the request is still in progress: a final response is still to come, and a 1xx "
          "other than 100 may set up an early dialog",
    [2] = "the request succeeded",
    [3] = "the request is to be tried elsewhere: the Contact headers say where, and the "
          "client decides whether to follow",
    [4] = "this server refuses the request as it was sent: it should not be repeated "
          "unchanged, but a changed request or another server may succeed",
    [5] = "the server failed to handle a request that may be valid: another server, or the "
          "same one later, may succeed",
    [6] = "the request fails at every server of this user: a forking proxy stops trying "
          "other branches and the client should not try elsewhere",
};

/* Every sx_condition in words, as labels of the context texts. */
static const char *const condition_words[] = {
    [SX_WHEN_ANY] = "in any case",
    [SX_WHEN_NO_CREDENTIALS] = "request without credentials",
    [SX_WHEN_CREDENTIALS_SENT] = "credentials sent",
    [SX_WHEN_CANCELLED] = "CANCEL seen for the INVITE",
    [SX_WHEN_NOT_CANCELLED] = "INVITE seen, no CANCEL",
    [SX_WHEN_INITIAL] = "new call (INVITE without To tag)",
    [SX_WHEN_REINVITE] = "re-INVITE (INVITE with a To tag)",
    [SX_WHEN_DEREGISTER] = "de-registration (Expires: 0)",
};

/* The same conditions as stable JSON keys. */
static const char *const condition_keys[] = {
    [SX_WHEN_ANY] = "any",
    [SX_WHEN_NO_CREDENTIALS] = "no_credentials",
    [SX_WHEN_CREDENTIALS_SENT] = "credentials_sent",
    [SX_WHEN_CANCELLED] = "cancelled",
    [SX_WHEN_NOT_CANCELLED] = "not_cancelled",
    [SX_WHEN_INITIAL] = "initial",
    [SX_WHEN_REINVITE] = "reinvite",
    [SX_WHEN_DEREGISTER] = "deregister",
};

static unsigned output_width = DEFAULT_WIDTH;

/* ---- plain text, wrapped ------------------------------------------------ */

/* Columns taken by UTF-8 text: one per character (the tables hold no wide ones). */
static unsigned text_columns(const char *text, size_t length)
{
    unsigned columns = 0;

    for (size_t i = 0; i < length; i++) {
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            columns++;
    }
    return columns;
}

/*
 * Prints prefix, pads it to column first, then text wrapped at output_width
 * with every further line indented by indent. A word longer than a line gets
 * a line of its own rather than being cut.
 */
static void print_block(const char *prefix, unsigned first, unsigned indent, const char *text)
{
    size_t prefix_length = strlen(prefix);
    unsigned column = text_columns(prefix, prefix_length);
    int line_has_word = 0;
    const char *word = text;

    fputs(prefix, stdout);
    if (prefix_length && prefix[prefix_length - 1] != ' ' && column >= first) {
        /* A label as wide as its column still needs a space before the text. */
        putchar(' ');
        column++;
    }
    for (; column < first; column++)
        putchar(' ');

    for (;;) {
        size_t length;
        unsigned columns;

        while (*word == ' ' || *word == '\n')
            word++;
        if (*word == '\0')
            break;
        length = strcspn(word, " \n");
        columns = text_columns(word, length);
        if (line_has_word && column + 1 + columns > output_width) {
            putchar('\n');
            for (column = 0; column < indent; column++)
                putchar(' ');
            line_has_word = 0;
        }
        if (line_has_word) {
            putchar(' ');
            column++;
        }
        fwrite(word, 1, length, stdout);
        column += columns;
        line_has_word = 1;
        word += length;
    }
    putchar('\n');
}

/* A paragraph: first line at indent, the others too. */
static void print_paragraph(unsigned indent, const char *text)
{
    print_block("", indent, indent, text);
}

static void print_field(const char *label, const char *text)
{
    char prefix[LABEL_WIDTH + 2];

    snprintf(prefix, sizeof prefix, "%s:", label);
    print_block(prefix, LABEL_WIDTH, LABEL_WIDTH, text);
}

/* ---- what is known of a code -------------------------------------------- */

typedef struct {
    unsigned code;
    unsigned response_class;
    const sx_response_info *info;     /* NULL for an unregistered code */
    const sx_response_info *handled;  /* the entry the code is handled as */
    const sx_class_info *rule;
    char summary[512];
} code_facts;

static void get_facts(unsigned code, code_facts *facts)
{
    facts->code = code;
    facts->response_class = sx_class_of(code);
    facts->info = sx_find_response(code);
    facts->handled = sx_find_response(sx_handled_as(code));
    facts->rule = &sx_classes[facts->response_class];
    /* The same summary line as the plugin's sipexplain.summary. */
    if (facts->info)
        snprintf(facts->summary, sizeof facts->summary, "%u %s (%s): %s", code,
                 facts->info->phrase, facts->rule->name, facts->info->brief);
    else
        snprintf(facts->summary, sizeof facts->summary, "%u Unregistered (%s): %s %u %s",
                 code, facts->rule->name, facts->rule->brief, facts->handled->code,
                 facts->handled->phrase);
}

static const char *explanation_of(const code_facts *facts)
{
    return facts->info ? facts->info->explanation : facts->rule->explanation;
}

static const char *when_of(const code_facts *facts)
{
    return facts->info ? facts->info->when : facts->rule->when;
}

static const char *fix_of(const code_facts *facts)
{
    return facts->info ? facts->info->fix : facts->rule->fix;
}

static const char *rfc_of(const code_facts *facts)
{
    return facts->info ? facts->info->rfc : facts->rule->rfc;
}

/* The related text of code about other, or NULL. */
static const char *related_text(unsigned code, unsigned other)
{
    const sx_related_info *first;
    size_t count = sx_related_of(code, &first);

    for (size_t i = 0; i < count; i++) {
        if (first[i].other == other)
            return first[i].text;
    }
    return NULL;
}

/*
 * The methods with texts of their own for a code, in table order, without
 * repeats; *others tells whether a text for any other method follows.
 */
static size_t context_methods(unsigned code, const char **methods, size_t room, int *others)
{
    size_t count = 0;

    *others = 0;
    for (size_t i = 0; i < sx_contexts_count; i++) {
        const sx_context_info *entry = &sx_contexts[i];
        size_t j;

        if (entry->code != code)
            continue;
        if (entry->method == NULL) {
            *others = 1;
            continue;
        }
        for (j = 0; j < count && strcmp(methods[j], entry->method) != 0; j++)
            ;
        if (j == count && count < room)
            methods[count++] = entry->method;
    }
    return count;
}

/*
 * The context texts a response to this method can get, one per entry that
 * wins for some state of the capture. Rather than re-reading the table's
 * rules, every state the capture can show for this method is put to
 * sx_context_text, the plugin's own choice.
 */
typedef struct {
    const sx_context_info *entry;
    int problem;                      /* 0 never, 1 always, -1 depends */
    int request_seen;                 /* some state where it wins has the request */
} context_choice;

#define MAX_CHOICES 32
#define STATE_COUNT 32                /* the five SX_SEEN_* flags a request can show */

/* State number n as SX_SEEN_* flags, or -1 for a state the capture cannot show. */
static long state_flags(unsigned n, const char *method)
{
    int invite = strcmp(method, "INVITE") == 0;
    int reg = strcmp(method, "REGISTER") == 0;
    unsigned seen = 0;

    if (n & 1)
        seen |= SX_SEEN_REQUEST;
    if (n & 2)
        seen |= SX_SEEN_CREDENTIALS;
    if (n & 4)
        seen |= SX_SEEN_REINVITE;
    if (n & 8)
        seen |= SX_SEEN_DEREGISTER;
    if (n & 16)
        seen |= SX_SEEN_CANCEL;
    /* Credentials, re-INVITE and Expires 0 are read from the request itself. */
    if ((n & 14) && !(n & 1))
        return -1;
    if (((n & 4) || (n & 16)) && !invite)
        return -1;
    if ((n & 8) && !reg)
        return -1;
    return (long)seen;
}

static size_t context_choices(unsigned code, const char *method, context_choice *choices)
{
    size_t count = 0;

    for (unsigned n = 0; n < STATE_COUNT; n++) {
        long seen = state_flags(n, method);
        const char *text;
        const sx_context_info *entry = NULL;
        size_t i;
        int problem;

        if (seen < 0)
            continue;
        text = sx_context_text(code, method, (unsigned)seen);
        if (text == NULL)
            continue;
        for (i = 0; i < sx_contexts_count; i++) {
            if (sx_contexts[i].text == text) {
                entry = &sx_contexts[i];
                break;
            }
        }
        if (entry == NULL)
            continue;
        problem = sx_is_problem(code, method, (unsigned)seen) != 0;
        for (i = 0; i < count && choices[i].entry != entry; i++)
            ;
        if (i == count) {
            if (count == MAX_CHOICES)
                continue;
            choices[count].entry = entry;
            choices[count].problem = problem;
            choices[count].request_seen = 0;
            count++;
        } else if (choices[i].problem != problem) {
            choices[i].problem = -1;
        }
        if (seen & SX_SEEN_REQUEST)
            choices[i].request_seen = 1;
    }
    /* In table order, the order in which the plugin tries them. */
    for (size_t a = 1; a < count; a++) {
        for (size_t b = a; b > 0 && choices[b - 1].entry > choices[b].entry; b--) {
            context_choice swap = choices[b];
            choices[b] = choices[b - 1];
            choices[b - 1] = swap;
        }
    }
    return count;
}

#define CONDITION_COUNT (sizeof condition_words / sizeof condition_words[0])

/* "in any case" reads wrong after other entries: say what is left. */
static const char *choice_words(const context_choice *choice, size_t count)
{
    /* A condition added to the tables later than this tool still gets a label. */
    if ((size_t)choice->entry->condition >= CONDITION_COUNT)
        return "in another state of the capture";
    if (choice->entry->condition != SX_WHEN_ANY)
        return condition_words[choice->entry->condition];
    if (count == 1)
        return condition_words[SX_WHEN_ANY];
    if (!choice->request_seen)
        return "request not in the capture";
    return "in any other case";
}

static const char *choice_key(const context_choice *choice, size_t count)
{
    if ((size_t)choice->entry->condition >= CONDITION_COUNT)
        return "other";
    if (choice->entry->condition != SX_WHEN_ANY || count == 1)
        return condition_keys[choice->entry->condition];
    return choice->request_seen ? "otherwise" : "request_not_seen";
}

/* ---- comparisons -------------------------------------------------------- */

/* The brief of a code, or for an unregistered one what it is handled as. */
static void describe(const code_facts *facts, char *text, size_t size)
{
    if (facts->info)
        snprintf(text, size, "%s", facts->info->brief);
    else
        snprintf(text, size, "not registered, handled as %u %s", facts->handled->code,
                 facts->handled->phrase);
}

/* A comparison by class, for two codes without a written one. */
static void class_comparison(const code_facts *a, const code_facts *b, char *text, size_t size)
{
    char about_a[256], about_b[256];

    if (a->code == b->code) {
        snprintf(text, size, "%u and %u are the same code.", a->code, b->code);
        return;
    }
    describe(a, about_a, sizeof about_a);
    describe(b, about_b, sizeof about_b);
    if (a->response_class == b->response_class) {
        snprintf(text, size, "No written comparison of these two; both are %uxx (%s): %s. "
                 "%u: %s; %u: %s.", a->response_class, a->rule->name,
                 class_meaning[a->response_class], a->code, about_a, b->code, about_b);
        return;
    }
    /* Unregistered codes are acted on as their class's x00: say so, or it misleads. */
    snprintf(text, size, "No written comparison of these two; by class, %u is a %uxx (%s): "
             "%s%s%s. %u is a %uxx (%s): %s%s%s.",
             a->code, a->response_class, a->rule->name, class_meaning[a->response_class],
             a->info ? "" : "; it is ", a->info ? "" : about_a,
             b->code, b->response_class, b->rule->name, class_meaning[b->response_class],
             b->info ? "" : "; it is ", b->info ? "" : about_b);
}

/* ---- plain output ------------------------------------------------------- */

static void print_contexts_plain(const code_facts *facts, const char *method)
{
    context_choice choices[MAX_CHOICES];
    size_t count = context_choices(facts->code, method, choices);
    char heading[128];

    putchar('\n');
    snprintf(heading, sizeof heading, "In a response to %s:", method);
    puts(heading);
    if (count == 0) {
        print_paragraph(2, "No text specific to this method and code: the entry above "
                        "applies as it is.");
        return;
    }
    for (size_t i = 0; i < count; i++) {
        char label[160];

        snprintf(label, sizeof label, "%s%s", choice_words(&choices[i], count),
                 choices[i].problem == 1 ? " [problem]:"
                 : choices[i].problem == 0 ? " [normal]:" : ":");
        if (label[0] >= 'a' && label[0] <= 'z')
            label[0] = (char)(label[0] - 'a' + 'A');
        print_paragraph(2, label);
        print_paragraph(6, choices[i].entry->text);
    }
}

static void print_code_plain(const code_facts *facts, const char *method)
{
    const sx_related_info *related;
    size_t related_count = sx_related_of(facts->code, &related);
    const char *methods[16];
    int others;
    size_t method_count = context_methods(facts->code, methods, 16, &others);
    char text[256];

    /* The summary as a heading; its continuation indented so it stands out. */
    print_block("", 0, 4, facts->summary);
    putchar('\n');
    snprintf(text, sizeof text, "%u", facts->code);
    print_field("Code", text);
    print_field("Phrase", facts->info ? facts->info->phrase : "(not registered)");
    snprintf(text, sizeof text, "%u %s", facts->response_class, facts->rule->name);
    print_field("Class", text);
    if (!facts->info) {
        snprintf(text, sizeof text, "%u %s (RFC 3261 §8.1.3.2: a client acts on an unknown "
                 "code as on this one)", facts->handled->code, facts->handled->phrase);
        print_field("Handled as", text);
    }
    print_field("Explanation", explanation_of(facts));
    print_field("When", when_of(facts));
    print_field("Fix", fix_of(facts));
    print_field("RFC", rfc_of(facts));
    if (method_count || others) {
        size_t used = 0;

        text[0] = '\0';
        for (size_t i = 0; i < method_count && used < sizeof text; i++)
            used += (size_t)snprintf(text + used, sizeof text - used, "%s%s",
                                     i ? ", " : "", methods[i]);
        if (others && used < sizeof text)
            used += (size_t)snprintf(text + used, sizeof text - used, "%sother methods",
                                     method_count ? ", " : "");
        if (used < sizeof text)
            snprintf(text + used, sizeof text - used, ": see --method METHOD");
        print_field("In context", text);
    }
    if (related_count) {
        putchar('\n');
        puts("Not to be confused with:");
        for (size_t i = 0; i < related_count; i++) {
            snprintf(text, sizeof text, "  %u:", related[i].other);
            print_block(text, 8, 8, related[i].text);
        }
    }
    if (method)
        print_contexts_plain(facts, method);
}

static void print_differences_plain(const code_facts *a, const code_facts *b)
{
    const char *ab = related_text(a->code, b->code);
    const char *ba = related_text(b->code, a->code);
    char heading[64];

    snprintf(heading, sizeof heading, "Key differences between %u and %u:", a->code, b->code);
    puts(heading);
    if (ab)
        print_paragraph(2, ab);
    if (ab && ba)
        putchar('\n');
    if (ba)
        print_paragraph(2, ba);
    if (!ab && !ba) {
        char text[1024];

        class_comparison(a, b, text, sizeof text);
        print_paragraph(2, text);
    }
}

static void print_rule(void)
{
    for (unsigned i = 0; i < output_width; i++)
        putchar('=');
    putchar('\n');
}

static void print_plain(const code_facts *facts, size_t count, const char *method)
{
    for (size_t i = 0; i < count; i++) {
        if (i) {
            putchar('\n');
            print_rule();
            putchar('\n');
        }
        print_code_plain(&facts[i], method);
    }
    if (count < 2)
        return;
    putchar('\n');
    print_rule();
    for (size_t i = 0; i < count; i++) {
        for (size_t j = i + 1; j < count; j++) {
            putchar('\n');
            print_differences_plain(&facts[i], &facts[j]);
        }
    }
}

/* ---- JSON --------------------------------------------------------------- */

/* A JSON string: quotes, backslashes and control characters escaped; UTF-8 passes. */
static void json_string(const char *text)
{
    if (text == NULL) {
        fputs("null", stdout);
        return;
    }
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        switch (*p) {
        case '"':  fputs("\\\"", stdout); break;
        case '\\': fputs("\\\\", stdout); break;
        case '\n': fputs("\\n", stdout); break;
        case '\r': fputs("\\r", stdout); break;
        case '\t': fputs("\\t", stdout); break;
        case '\b': fputs("\\b", stdout); break;
        case '\f': fputs("\\f", stdout); break;
        default:
            if (*p < 0x20 || *p == 0x7F)
                printf("\\u%04x", *p);
            else
                putchar(*p);
        }
    }
    putchar('"');
}

static void json_member(const char *indent, const char *name, const char *value, int last)
{
    printf("%s\"%s\": ", indent, name);
    json_string(value);
    puts(last ? "" : ",");
}

static void print_code_json(const code_facts *facts, const char *method, int last)
{
    const sx_related_info *related;
    size_t related_count = sx_related_of(facts->code, &related);
    const char *methods[16];
    int others;
    size_t method_count = context_methods(facts->code, methods, 16, &others);
    const char *in = "      ";

    puts("    {");
    printf("%s\"code\": %u,\n", in, facts->code);
    printf("%s\"registered\": %s,\n", in, facts->info ? "true" : "false");
    json_member(in, "phrase", facts->info ? facts->info->phrase : NULL, 0);
    printf("%s\"class\": %u,\n", in, facts->response_class);
    json_member(in, "class_name", facts->rule->name, 0);
    printf("%s\"handled_as\": %u,\n", in, facts->handled->code);
    json_member(in, "summary", facts->summary, 0);
    json_member(in, "explanation", explanation_of(facts), 0);
    json_member(in, "when", when_of(facts), 0);
    json_member(in, "fix", fix_of(facts), 0);
    json_member(in, "rfc", rfc_of(facts), 0);
    printf("%s\"context_methods\": [", in);
    for (size_t i = 0; i < method_count; i++) {
        fputs(i ? ", " : "", stdout);
        json_string(methods[i]);
    }
    puts("],");
    printf("%s\"related\": [", in);
    for (size_t i = 0; i < related_count; i++) {
        printf("%s\n%s  {\"other\": %u, \"text\": ", i ? "," : "", in, related[i].other);
        json_string(related[i].text);
        putchar('}');
    }
    printf("%s]", related_count ? "\n      " : "");
    if (method) {
        context_choice choices[MAX_CHOICES];
        size_t count = context_choices(facts->code, method, choices);

        puts(",");
        json_member(in, "method", method, 0);
        printf("%s\"contexts\": [", in);
        for (size_t i = 0; i < count; i++) {
            printf("%s\n%s  {\"condition\": ", i ? "," : "", in);
            json_string(choice_key(&choices[i], count));
            fputs(", \"label\": ", stdout);
            json_string(choice_words(&choices[i], count));
            printf(", \"problem\": %s, \"text\": ", choices[i].problem == 1 ? "true"
                   : choices[i].problem == 0 ? "false" : "null");
            json_string(choices[i].entry->text);
            putchar('}');
        }
        printf("%s]", count ? "\n      " : "");
    }
    printf("\n    }%s\n", last ? "" : ",");
}

static void print_json(const code_facts *facts, size_t count, const char *method)
{
    size_t pairs = count * (count - 1) / 2, pair = 0;

    puts("{");
    puts("  \"responses\": [");
    for (size_t i = 0; i < count; i++)
        print_code_json(&facts[i], method, i + 1 == count);
    printf("  ],\n  \"differences\": [");
    for (size_t i = 0; i < count; i++) {
        for (size_t j = i + 1; j < count; j++) {
            const char *ab = related_text(facts[i].code, facts[j].code);
            const char *ba = related_text(facts[j].code, facts[i].code);
            char text[1024];

            printf("%s\n    {\"codes\": [%u, %u], \"related\": [", pair ? "," : "",
                   facts[i].code, facts[j].code);
            if (ab)
                json_string(ab);
            if (ab && ba)
                fputs(", ", stdout);
            if (ba)
                json_string(ba);
            fputs("], \"by_class\": ", stdout);
            if (ab || ba) {
                json_string(NULL);
            } else {
                class_comparison(&facts[i], &facts[j], text, sizeof text);
                json_string(text);
            }
            putchar('}');
            pair++;
        }
    }
    printf("%s]\n}\n", pairs ? "\n  " : "");
}

/* ---- command line ------------------------------------------------------- */

static void usage(FILE *out)
{
    fprintf(out,
            "Usage: " PROGRAM " [--method METHOD] [--json] [--width N] CODE [CODE...]\n"
            "\n"
            "Explains SIP response codes with the texts of the sipexplain Wireshark plugin:\n"
            "phrase, class, what the code means, when it is seen, what to check, the\n"
            "defining RFC and the codes it is often confused with.\n"
            "\n"
            "  CODE               a status code, 100-699; a code outside the IANA registry\n"
            "                     is explained by its class (RFC 3261 §8.1.3.2)\n"
            "  CODE CODE...       each code, then the key differences of each pair\n"
            "  -m, --method M     also what the code means in a response to method M\n"
            "                     (REGISTER, INVITE...), in each state the capture can show\n"
            "  -j, --json         JSON for scripts: {\"responses\": [...], \"differences\": [...]}\n"
            "  -w, --width N      wrap the text at N columns (default: COLUMNS, the\n"
            "                     terminal's width, or 80)\n"
            "  -h, --help         this help\n"
            "  -V, --version      the version\n"
            "\n"
            "Examples:\n"
            "  " PROGRAM " 603\n"
            "  " PROGRAM " 486 603\n"
            "  " PROGRAM " --method REGISTER 401\n"
            "\n"
            "Exit status: 0 explained, 2 bad usage or not a SIP status code (100-699).\n");
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

    if (length == 0 || strspn(text, "0123456789") != length) {
        fprintf(stderr, PROGRAM ": '%s' is not a status code: give three digits, 100-699\n",
                text);
        return 0;
    }
    if (length > 3 && text[0] == '0') {
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
        { "json", no_argument, NULL, 'j' },
        { "width", required_argument, NULL, 'w' },
        { "help", no_argument, NULL, 'h' },
        { "version", no_argument, NULL, 'V' },
        { NULL, 0, NULL, 0 },
    };
    code_facts facts[MAX_CODES];
    char *method = NULL;
    int json = 0, width_given = 0, option;
    size_t count = 0;

    while ((option = getopt_long(argc, argv, "m:jw:hV", options, NULL)) != -1) {
        switch (option) {
        case 'm':
            method = optarg;
            if (!normalize_method(method)) {
                fprintf(stderr, PROGRAM ": '%s' is not a SIP method name\n", optarg);
                return EXIT_USAGE;
            }
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
        get_facts(code, &facts[count++]);
    }
    if (!width_given)
        output_width = find_width();

    if (json)
        print_json(facts, count, method);
    else
        print_plain(facts, count, method);

    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, PROGRAM ": cannot write the output: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}
