/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Checks the reference table on its own, without Wireshark: complete against
 * the IANA registry, phrases as registered, every text present and short
 * enough for a Wireshark tree label, and the class rules of RFC 3261.
 *
 * Usage: test_reference <iana-sip-response-codes.tsv>
 */
#include <stdlib.h>

#include "check.h"

#include "sip_responses.h"

/* Wireshark cuts tree labels at 240 bytes; the longest title is 15 bytes. */
enum { MAX_TEXT = 220, MAX_BRIEF = 70, MAX_RFC = 48, MAX_REGISTRY = 128 };

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

static void check_text(unsigned code, const char *name, const char *text)
{
    char owner[64];

    snprintf(owner, sizeof owner, "%u %s", code, name);
    check_sentences(owner, text, MAX_TEXT);
}

static void check_brief(unsigned code, const char *brief)
{
    size_t length = brief ? strlen(brief) : 0;

    check(length > 0 && length <= MAX_BRIEF, "%u brief: %zu bytes, want 1-%d",
          code, length, MAX_BRIEF);
    if (length == 0)
        return;
    check(plain_text(brief, 0), "%u brief: not plain ASCII", code);
    check(brief[0] >= 'a' && brief[0] <= 'z', "%u brief: must continue a sentence", code);
    check(brief[length - 1] != '.', "%u brief: ends with a period", code);
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
        check(strncmp(got->rfc, want->defined_in, strlen(want->defined_in)) == 0,
              "%u rfc '%s' does not start with '%s'", want->code, got->rfc, want->defined_in);
    }
}

static void check_entries(void)
{
    for (size_t i = 0; i < sx_responses_count; i++) {
        const sx_response_info *entry = &sx_responses[i];
        unsigned code = entry->code;

        check(i == 0 || sx_responses[i - 1].code < code, "%u out of order", code);
        check(sx_class_of(code) >= 1 && sx_class_of(code) <= 6, "%u has no class", code);
        check(strlen(entry->rfc) <= MAX_RFC && plain_text(entry->rfc, 1),
              "%u rfc too long or not plain", code);
        check_brief(code, entry->brief);
        check_text(code, "explanation", entry->explanation);
        check_text(code, "when", entry->when);
        check_text(code, "fix", entry->fix);
        /* The summary already shows the phrase just before the brief. */
        check(strstr(entry->brief, entry->phrase) == NULL, "%u brief repeats the phrase", code);
    }
}

static void check_classes(void)
{
    for (unsigned c = 0; c < SX_CLASS_COUNT; c++) {
        const sx_class_info *info = &sx_classes[c];

        check(info->name && info->name[0], "class %u: no name", c);
        check(info->rfc && strncmp(info->rfc, "RFC 3261", 8) == 0, "class %u: rfc", c);
        check_brief(c, info->brief);
        check_text(c, "class explanation", info->explanation);
        check_text(c, "class when", info->when);
        check_text(c, "class fix", info->fix);
    }
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
    check_entries();
    check_classes();
    check_class_rules();
    return checks_finish("reference table");
}
