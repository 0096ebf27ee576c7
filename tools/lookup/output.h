/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Wrapped plain text and JSON strings for sipexplain-lookup. */
#ifndef SIPEXPLAIN_LOOKUP_OUTPUT_H
#define SIPEXPLAIN_LOOKUP_OUTPUT_H

#include <stddef.h>

/* The column at which plain text wraps (--width, COLUMNS, the terminal, 80). */
extern unsigned output_width;

/* Written between two words that must stay on one line; printed as a space. */
#define NO_BREAK '\x1f'
#define NO_BREAK_STRING "\x1f"

/*
 * Prints prefix, pads it to column first, then text wrapped at
 * output_width with every further line indented by indent. A word longer
 * than a line gets a line of its own rather than being cut.
 */
void print_block(const char *prefix, unsigned first, unsigned indent, const char *text);

/* Sentences of a table text (up to max, NULL ends them), joined by spaces, into out. */
size_t join_sentences(char *out, size_t size, const char *const *sentences, size_t max);

/* A JSON string, quotes, backslashes and control characters escaped; NULL as null. */
void json_string(const char *text);

/* A JSON array of the sentences of a text: ["...", "..."]. */
void json_sentences(const char *const *sentences, size_t max);

#endif
