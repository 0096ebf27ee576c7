/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * How the reference texts are written, whatever the language: short
 * sentences, the most useful first, each short enough to be read whole in
 * Wireshark's packet details at a normal window width, and every entry with
 * the sections of the specifications it rests on.
 *
 * The tables come in pairs: language-neutral facts (codes, mappings,
 * conditions, look-alike pairs) in plugin/reference/<table>.c, and the
 * English prose in <table>_en.c, matched entry by entry through a key that
 * tests/unit/test_reference.c checks. A translation would replace the
 * _en.c files only, so it could never change a fact.
 *
 * Templates: a text may hold placeholders in braces, {value}, {code},
 * {seconds}..., filled in when it is shown (sx_expand_template); each table
 * says which names its texts may use. Nothing is passed to printf.
 */
#ifndef SIPEXPLAIN_TEXTS_H
#define SIPEXPLAIN_TEXTS_H

#include <stddef.h>

/* Sentences of one text: up to SX_SENTENCES, unused ones NULL. */
enum { SX_SENTENCES = 4, SX_STEPS = 5 };

/*
 * The longest sentence: with a label of 15 characters ("What to check: ")
 * and the tree's indentation it still fits a details pane of about 800
 * pixels, half of a common screen.
 */
enum { SX_SENTENCE_MAX = 90, SX_BRIEF_MAX = 55 };

typedef const char *sx_sentences[SX_SENTENCES];
typedef const char *sx_steps[SX_STEPS];

/* A text for a situation rather than a code: sentences and their sources. */
typedef struct {
    sx_sentences text;
    /*
     * The sections the sentences rest on, e.g. "RFC 3261 §13.3.1.4;
     * RFC 3262 §3". A sentence that states what vendors do rather than what
     * an RFC says begins its source with "practice:", e.g. "practice:
     * Asterisk and FreeSWITCH answer wrong passwords with 403".
     */
    const char *sources;
    /* A lower-case clause for the one-line summary when this situation decides it. */
    const char *brief;
} sx_text;

/* How many sentences a text holds. */
size_t sx_sentence_count(const char *const *sentences, size_t max);

/*
 * Fills the placeholders of a template into out (always terminated; cut at
 * size): "{name}" takes the value of that name in names/values, an unknown
 * name is left as written. Returns the length written.
 */
size_t sx_expand_template(char *out, size_t size, const char *template_text,
                          const char *const *names, const char *const *values, size_t count);

#endif
