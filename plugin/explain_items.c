/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "explain_items.h"
#include "fields.h"

void sx_item_set_value(sx_template_values *values, const char *name, const char *value)
{
    for (size_t i = 0; i < values->count; i++) {
        if (strcmp(values->names[i], name) == 0) {
            values->values[i] = value;
            return;
        }
    }
    if (values->count < G_N_ELEMENTS(values->names)) {
        values->names[values->count] = name;
        values->values[values->count] = value;
        values->count++;
    }
}

const char *sx_item_filled(wmem_allocator_t *pool, const char *text, const sx_template_values *values)
{
    char buffer[SX_TEXT_MAX];

    if (values == NULL || strchr(text, '{') == NULL)
        return text;
    sx_expand_template(buffer, sizeof buffer, text, values->names, values->values, values->count);
    return wmem_strdup(pool, buffer);
}

/* Whether an item can be read: shown in a visible tree, or asked for by a filter. */
gboolean sx_item_kept(const sx_output *out, int hf)
{
    return out->tree && proto_field_is_referenced(out->tree, hf);
}

char *sx_item_joined(wmem_allocator_t *pool, const char *const *lines, size_t count)
{
    size_t lengths[SX_MAX_STEPS], total = 0, at = 0;
    char *text;

    /* Measured once, copied once: a joined text is made for every item shown. */
    count = MIN(count, G_N_ELEMENTS(lengths));
    for (size_t i = 0; i < count; i++)
        total += (lengths[i] = strlen(lines[i])) + 1;
    text = (char *)wmem_alloc(pool, total ? total : 1);
    for (size_t i = 0; i < count; i++) {
        if (i)
            text[at++] = ' ';
        memcpy(text + at, lines[i], lengths[i]);
        at += lengths[i];
    }
    text[at] = '\0';
    return text;
}

/* Up to max lines of a text, placeholders filled in; returns how many. */
size_t sx_item_fill_lines(wmem_allocator_t *pool, const char *const *sentences, size_t max,
                         const sx_template_values *values, const char **lines)
{
    size_t count = sx_sentence_count(sentences, max);

    for (size_t i = 0; i < count; i++)
        lines[i] = sx_item_filled(pool, sentences[i], values);
    return count;
}

/*
 * A text of several lines: one filterable value (the lines joined), shown
 * as its first line with the others below it, so that each stays readable
 * in a details pane of normal width.
 */
proto_item *sx_item_add_lines(const sx_output *out, int hf, const char *label,
                             const char *const *lines, size_t count, gboolean shown)
{
    proto_item *item;

    if (count == 0 || !sx_item_kept(out, hf))
        return NULL;
    item = proto_tree_add_string_format(out->tree, hf, out->tvb, 0, 0,
                                        sx_item_joined(out->pinfo->pool, lines, count), "%s: %s", label,
                                        lines[0]);
    proto_item_set_generated(item);
    if (!shown)
        proto_item_set_hidden(item);
    if (count > 1) {
        proto_tree *below = proto_item_add_subtree(item, sx_ett.sentences);
        for (size_t i = 1; i < count; i++) {
            proto_item *line;
            proto_tree_add_subtree(below, out->tvb, 0, 0, sx_ett.sentences, &line, lines[i]);
            proto_item_set_generated(line);
        }
    }
    return item;
}

proto_item *sx_item_add_text(const sx_output *out, int hf, const char *label,
                            const char *const *sentences, size_t max,
                            const sx_template_values *values, gboolean shown)
{
    const char *lines[SX_MAX_STEPS];

    if (!sx_item_kept(out, hf))
        return NULL;
    return sx_item_add_lines(out, hf, label, lines,
                     sx_item_fill_lines(out->pinfo->pool, sentences, MIN(max, SX_MAX_STEPS), values, lines),
                     shown);
}

proto_item *sx_item_add_string(const sx_output *out, int hf, const char *value)
{
    proto_item *item;

    if (!sx_item_kept(out, hf))
        return NULL;
    item = proto_tree_add_string(out->tree, hf, out->tvb, 0, 0, value);
    proto_item_set_generated(item);
    return item;
}

proto_item *sx_item_add_uint(const sx_output *out, int hf, uint32_t value)
{
    proto_item *item;

    if (!sx_item_kept(out, hf))
        return NULL;
    item = proto_tree_add_uint(out->tree, hf, out->tvb, 0, 0, value);
    proto_item_set_generated(item);
    return item;
}

/* A boolean field, present only when true, so that "sipexplain.problem" means what it says. */
proto_item *sx_item_add_flag(const sx_output *out, int hf, gboolean value)
{
    proto_item *item;

    if (!value || !sx_item_kept(out, hf))
        return NULL;
    item = proto_tree_add_boolean(out->tree, hf, out->tvb, 0, 0, TRUE);
    proto_item_set_generated(item);
    return item;
}

/* "4.2 s", "2 min 3 s", "1 h 2 min": how long, for people. */
const char *sx_item_duration(wmem_allocator_t *pool, double seconds)
{
    long whole = (long)(seconds + 0.5);

    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return wmem_strdup_printf(pool, "%.1f s", seconds);
    if (whole < 3600)
        return wmem_strdup_printf(pool, "%ld min %ld s", whole / 60, whole % 60);
    return wmem_strdup_printf(pool, "%ld h %ld min", whole / 3600, (whole % 3600) / 60);
}


const char *sx_item_printable(wmem_allocator_t *pool, const char *text, size_t length, size_t max)
{
    wmem_strbuf_t *out = wmem_strbuf_new(pool, "");
    size_t shown = 0;

    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)text[i];
        /* Folded lines read as one: their CR LF and indentation become a space. */
        if (c == '\r' || c == '\n' || c == '\t') {
            if (wmem_strbuf_get_len(out) && wmem_strbuf_get_str(out)[wmem_strbuf_get_len(out) - 1] != ' ')
                wmem_strbuf_append_c(out, ' ');
            continue;
        }
        if (shown >= max) {
            wmem_strbuf_append(out, "...");
            break;
        }
        if (c >= 0x20 && c < 0x7f)
            wmem_strbuf_append_c(out, (char)c);
        else
            wmem_strbuf_append_printf(out, "\\x%02x", c);
        shown++;
    }
    return wmem_strbuf_finalize(out);
}

const char *sx_item_wire_text(wmem_allocator_t *pool, const char *text, size_t length)
{
    wmem_strbuf_t *out = wmem_strbuf_new(pool, "");

    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)text[i];
        /* Not inside a UTF-8 sequence: cut before a byte that starts a character. */
        if (wmem_strbuf_get_len(out) >= SX_WIRE_TEXT_MAX && (c & 0xc0) != 0x80) {
            wmem_strbuf_append(out, "...");
            break;
        }
        if (c == '\r' || c == '\n' || c == '\t')
            wmem_strbuf_append_c(out, ' ');
        else if (c < 0x20 || c == 0x7f)
            wmem_strbuf_append_printf(out, "\\x%02x", c);
        else
            wmem_strbuf_append_c(out, (char)c);
    }
    return wmem_strbuf_finalize(out);
}
