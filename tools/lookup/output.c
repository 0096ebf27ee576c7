/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdio.h>
#include <string.h>

#include "output.h"
#include "texts.h"

unsigned output_width = 80;

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

void print_block(const char *prefix, unsigned first, unsigned indent, const char *text)
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
        for (size_t i = 0; i < length; i++)
            putchar(word[i] == NO_BREAK ? ' ' : word[i]);
        column += columns;
        line_has_word = 1;
        word += length;
    }
    putchar('\n');
}

size_t join_sentences(char *out, size_t size, const char *const *sentences, size_t max)
{
    size_t length = 0, count = sx_sentence_count(sentences, max);

    if (size == 0)
        return 0;
    out[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        int written = snprintf(out + length, size - length, "%s%s", i ? " " : "", sentences[i]);
        if (written < 0)
            break;
        length += (size_t)written;
        if (length >= size) {
            length = size - 1;
            break;
        }
    }
    return length;
}

void json_string(const char *text)
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

void json_sentences(const char *const *sentences, size_t max)
{
    size_t count = sx_sentence_count(sentences, max);

    putchar('[');
    for (size_t i = 0; i < count; i++) {
        fputs(i ? ", " : "", stdout);
        json_string(sentences[i]);
    }
    putchar(']');
}
