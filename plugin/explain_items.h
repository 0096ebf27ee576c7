/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Writing explanation items: short lines, one filterable value each, texts
 * from the tables with their placeholders filled in. Shared by explain.c
 * (the responses and requests) and explain_headers.c (what their headers say).
 */
#ifndef SIPEXPLAIN_EXPLAIN_ITEMS_H
#define SIPEXPLAIN_EXPLAIN_ITEMS_H

#include <epan/packet.h>

#include "texts.h"

/* The longest text sipexplain writes into one line, placeholders filled in. */
#define SX_TEXT_MAX 1024
/* Lines of "What to check": answer headers and Retry-After first, then the fix. */
#define SX_MAX_STEPS (2 * SX_SENTENCES + SX_STEPS)

/* Where an explanation goes. */
typedef struct {
    proto_tree  *tree;   /* the explanation's subtree, or NULL */
    tvbuff_t    *tvb;
    packet_info *pinfo;
} sx_output;

/* Placeholder names and values for the templates of a text. */
typedef struct {
    const char *names[8];
    const char *values[8];
    size_t      count;
} sx_template_values;

/* Sets a placeholder's value; setting a name again replaces it. */
void sx_item_set_value(sx_template_values *values, const char *name, const char *value);
const char *sx_item_filled(wmem_allocator_t *pool, const char *text, const sx_template_values *values);
/* Whether an item can be read: shown in a visible tree, or asked for by a filter. */
gboolean sx_item_kept(const sx_output *out, int hf);
char *sx_item_joined(wmem_allocator_t *pool, const char *const *lines, size_t count);
size_t sx_item_fill_lines(wmem_allocator_t *pool, const char *const *sentences, size_t max,
                          const sx_template_values *values, const char **lines);
proto_item *sx_item_add_lines(const sx_output *out, int hf, const char *label,
                              const char *const *lines, size_t count, gboolean shown);
proto_item *sx_item_add_text(const sx_output *out, int hf, const char *label,
                             const char *const *sentences, size_t max,
                             const sx_template_values *values, gboolean shown);
proto_item *sx_item_add_string(const sx_output *out, int hf, const char *value);
proto_item *sx_item_add_uint(const sx_output *out, int hf, uint32_t value);
proto_item *sx_item_add_flag(const sx_output *out, int hf, gboolean value);
const char *sx_item_duration(wmem_allocator_t *pool, double seconds);
/* A header value as read: bounded, with bytes that are not printable written as \xNN. */
const char *sx_item_printable(wmem_allocator_t *pool, const char *text, size_t length, size_t max);

/*
 * A value from the wire as an item holds it: line ends and tabs a space,
 * other control bytes written \xNN, the rest (UTF-8 text) as sent, so every
 * Wireshark version shows and prints it alike; past SX_WIRE_TEXT_MAX bytes
 * cut with "...", so that no version cuts its label instead.
 */
#define SX_WIRE_TEXT_MAX 160
const char *sx_item_wire_text(wmem_allocator_t *pool, const char *text, size_t length);

#endif
