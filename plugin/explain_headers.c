/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdio.h>
#include <string.h>

#include <epan/expert.h>

#include "context.h"
#include "explain.h"
#include "explain_headers.h"
#include "fields.h"
#include "sip_headers.h"

/* Reason and Warning values shown per message; more get an expert note. */
#define MAX_HEADER_VALUES 16


static gboolean protocol_is(sx_span protocol, const char *name)
{
    size_t length = strlen(name);
    return protocol.length == length && g_ascii_strncasecmp(protocol.start, name, length) == 0;
}

static sx_kept_reason kept_reason(const sx_reason_value *value)
{
    sx_kept_reason reason = { 0, 0 };

    if (value->cause < 0)
        return reason;
    if (protocol_is(value->protocol, "Q.850"))
        reason.protocol = 2;
    else if (protocol_is(value->protocol, "SIP"))
        reason.protocol = 1;
    reason.cause = (uint16_t)MIN(value->cause, 65535);
    return reason;
}

/*
 * What a Reason value means; *name names a known cause, *mismatch says the
 * cause and the code disagree with RFC 3398, with what to fill its text with.
 */
static const char *const *reason_text(wmem_allocator_t *pool, const sx_reason_value *value,
                                      unsigned code, const char **name, gboolean *mismatch,
                                      sx_template_values *mapping_values, sx_template_values *values)
{
    *name = NULL;
    *mismatch = FALSE;
    if (value->cause < 0)
        return sx_texts.reason_no_cause.text;
    if (protocol_is(value->protocol, "Q.850")) {
        const sx_q850_info *cause = sx_find_q850(value->cause);
        if (cause == NULL)
            return sx_texts.reason_unknown_q850.text;
        *name = cause->name;
        if (code && sx_class_of(code) >= 3 && !sx_q850_agrees(value->cause, code)) {
            char mapped[128];
            sx_format_code_name(mapped, sizeof mapped, cause->sip_code);
            sx_item_set_value(mapping_values, "cause", wmem_strdup_printf(pool, "%ld", value->cause));
            sx_item_set_value(mapping_values, "mapped", wmem_strdup(pool, mapped));
            sx_item_set_value(mapping_values, "code", wmem_strdup_printf(pool, "%u", code));
            *mismatch = TRUE;
        }
        return sx_q850_text_of(cause)->explanation;
    }
    if (protocol_is(value->protocol, "SIP")) {
        char summary[256];
        const sx_response_info *info = sx_find_response((unsigned)MIN(value->cause, 65535));
        *name = info ? info->phrase : NULL;
        sx_format_summary(summary, sizeof summary, (unsigned)MIN(value->cause, 65535), NULL);
        sx_item_set_value(values, "summary", wmem_strdup(pool, summary));
        return sx_texts.reason_sip_cause.text;
    }
    return sx_texts.reason_unknown_protocol.text;
}

void sx_explain_reasons(const sx_output *out, proto_item *root, const sx_view *view, unsigned code,
                        const sx_text *context)
{
    wmem_allocator_t *pool = out->pinfo->pool;
    const char *header = sx_frame_header_joined(pool, view->message, SX_H_REASON);
    sx_reason_value values[MAX_HEADER_VALUES];
    bool truncated;
    size_t count;

    if (header == NULL)
        return;
    count = sx_parse_reason(header, values, MAX_HEADER_VALUES, &truncated);
    for (size_t i = 0; i < count; i++) {
        const sx_reason_value *value = &values[i];
        sx_template_values fill = { { NULL }, { NULL }, 0 };
        sx_template_values mapping_values = { { NULL }, { NULL }, 0 };
        const char *name;
        gboolean mismatch;
        const char *const *text = reason_text(pool, value, code, &name, &mismatch, &mapping_values,
                                              &fill);
        const char *protocol = wmem_strndup(pool, value->protocol.start, value->protocol.length);
        sx_output sub = *out;
        proto_item *item, *explanation;

        sub.tree = proto_tree_add_subtree_format(out->tree, out->tvb, 0, 0, sx_ett.reason, &item,
                                                 "Reason: %s", protocol);
        proto_item_set_generated(item);
        if (value->cause >= 0)
            proto_item_append_text(item, " cause %ld", value->cause);
        if (name)
            proto_item_append_text(item, " (%s)", name);
        sx_item_add_string(&sub, sx_hf.reason_protocol, protocol);
        if (value->cause >= 0)
            sx_item_add_uint(&sub, sx_hf.reason_cause, (uint32_t)MIN(value->cause, (long)UINT32_MAX));
        if (value->text.length)
            sx_item_add_string(&sub, sx_hf.reason_text,
                       sx_item_wire_text(pool, value->text.start, value->text.length));
        if (value->location.length)
            sx_item_add_string(&sub, sx_hf.reason_location,
                       sx_item_wire_text(pool, value->location.start, value->location.length));
        explanation = sx_item_add_text(&sub, sx_hf.reason_explanation, "Explanation", text, SX_SENTENCES,
                               &fill, TRUE);
        if (context && i == 0)
            sx_item_add_text(&sub, sx_hf.reason_explanation, "Here", context->text, SX_SENTENCES, NULL,
                     TRUE);
        if (mismatch) {
            /* One sentence a line, like every text: a long label would be cut in the tree. */
            proto_item *mapped = sx_item_add_text(&sub, sx_hf.reason_mapping, "RFC 3398 mapping",
                                                  sx_texts.reason_mapping.text, SX_SENTENCES,
                                                  &mapping_values, TRUE);
            expert_add_info(out->pinfo, mapped ? mapped : root, &sx_ei.cause_mismatch);
        }
        if (value->malformed)
            expert_add_info(out->pinfo, explanation ? explanation : root, &sx_ei.malformed_header);
    }
    if (truncated)
        expert_add_info_format(out->pinfo, root, &sx_ei.too_many_values,
                               "More than %d Reason values: only the first are explained",
                               MAX_HEADER_VALUES);
}

void sx_explain_warnings(const sx_output *out, proto_item *root, const sx_view *view)
{
    wmem_allocator_t *pool = out->pinfo->pool;
    const char *header = sx_frame_header_joined(pool, view->message, SX_H_WARNING);
    sx_warning_value values[MAX_HEADER_VALUES];
    bool truncated;
    size_t count;

    if (header == NULL)
        return;
    count = sx_parse_warning(header, values, MAX_HEADER_VALUES, &truncated);
    for (size_t i = 0; i < count; i++) {
        const sx_warning_value *value = &values[i];
        const sx_warning_info *known = sx_find_warning(value->code);
        const char *const *text = known ? sx_warning_text_of(known)->explanation
                                        : sx_warning_unregistered_text(value->code)->text;
        sx_output sub = *out;
        proto_item *item, *explanation;

        if (value->code >= 0)
            sub.tree = proto_tree_add_subtree_format(out->tree, out->tvb, 0, 0, sx_ett.warning,
                                                     &item, "Warning: %d", value->code);
        else
            sub.tree = proto_tree_add_subtree(out->tree, out->tvb, 0, 0, sx_ett.warning, &item,
                                              "Warning: no valid code");
        proto_item_set_generated(item);
        if (known)
            proto_item_append_text(item, " (%s)", known->name);
        if (value->code >= 0)
            sx_item_add_uint(&sub, sx_hf.warning_code, (uint32_t)value->code);
        if (value->agent.length)
            sx_item_add_string(&sub, sx_hf.warning_agent,
                       sx_item_wire_text(pool, value->agent.start, value->agent.length));
        if (value->text.length)
            sx_item_add_string(&sub, sx_hf.warning_text,
                       sx_item_wire_text(pool, value->text.start, value->text.length));
        explanation = sx_item_add_text(&sub, sx_hf.warning_explanation, "Explanation", text, SX_SENTENCES,
                               NULL, TRUE);
        if (value->malformed)
            expert_add_info(out->pinfo, explanation ? explanation : root, &sx_ei.malformed_header);
    }
    if (truncated)
        expert_add_info_format(out->pinfo, root, &sx_ei.too_many_values,
                               "More than %d Warning values: only the first are explained",
                               MAX_HEADER_VALUES);
}

void sx_explain_note_reasons(const sx_view *view, const sx_message_record *record)
{
    const sx_header_field *field = sx_header_first(view->message, SX_H_REASON);
    char header[512];
    sx_reason_value values[4];
    bool truncated;
    size_t count;
    char method[SX_METHOD_MAX + 1];

    if (field == NULL || record->transaction == NULL)
        return;
    /* The first Reason line is enough for the outcome: Q.850 first, else SIP. */
    snprintf(header, sizeof header, "%.*s", (int)MIN(field->value.length, sizeof header - 1),
             field->value.start);
    snprintf(method, sizeof method, "%.*s", (int)view->method.length, view->method.start);
    count = sx_parse_reason(header, values, G_N_ELEMENTS(values), &truncated);
    for (int want = 2; want >= 1; want--) {
        for (size_t i = 0; i < count; i++) {
            sx_kept_reason reason = kept_reason(&values[i]);
            if (reason.protocol == want) {
                sx_exchange_note_reason(record, view->is_response, view->code, method, reason);
                return;
            }
        }
    }
}


/* ---- the headers that carry a response's answer ---- */

/* Values read are shown whole up to this many characters. */
#define VALUE_MAX 160
/* Elements of a list header shown one per line. */
#define ELEMENTS_MAX 8

/* Headers whose value is a number of seconds: anything else is unusable. */
static gboolean holds_seconds(sx_header_id id)
{
    return id == SX_H_MIN_EXPIRES || id == SX_H_MIN_SE;
}

/* Headers sipexplain reads elsewhere: Retry-After, Warning and Reason have subtrees. */
static gboolean read_elsewhere(sx_header_id id)
{
    return id == SX_H_RETRY_AFTER || id == SX_H_WARNING || id == SX_H_REASON;
}

/* A challenge as it is answered: realm, algorithm, qop, stale; the nonce is noise. */
static const char *challenge_words(wmem_allocator_t *pool, sx_span value)
{
    static const char *const names[] = { "realm", "algorithm", "qop", "stale" };
    wmem_strbuf_t *words = wmem_strbuf_new(pool, "");
    size_t scheme = 0;

    while (scheme < value.length && value.start[scheme] != ' ' && value.start[scheme] != '\t')
        scheme++;
    wmem_strbuf_append(words, sx_item_printable(pool, value.start, scheme, 24));
    for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
        sx_span found;
        if (sx_find_auth_param(value, names[i], &found))
            wmem_strbuf_append_printf(words, "%s %s=%s", i == 0 ? "" : ",", names[i],
                                      sx_item_printable(pool, found.start, found.length, 64));
    }
    return wmem_strbuf_finalize(words);
}

/* A Contact target as a client follows it: its URI, q-value and expires. */
static const char *contact_words(wmem_allocator_t *pool, sx_span element)
{
    wmem_strbuf_t *words = wmem_strbuf_new(pool, "");
    const char *open = memchr(element.start, '<', element.length);
    const char *close = open ? memchr(open, '>', (size_t)(element.start + element.length - open))
                             : NULL;
    sx_span q, expires;

    if (open && close)
        wmem_strbuf_append(words, sx_item_printable(pool, open + 1, (size_t)(close - open - 1),
                                                    VALUE_MAX));
    else
        wmem_strbuf_append(words, sx_item_printable(pool, element.start, element.length,
                                                    VALUE_MAX));
    if (open && close) {
        if (sx_find_param(element, "q", &q))
            wmem_strbuf_append_printf(words, ", q=%s", sx_item_printable(pool, q.start, q.length, 8));
        if (sx_find_param(element, "expires", &expires))
            wmem_strbuf_append_printf(words, ", expires=%s",
                                      sx_item_printable(pool, expires.start, expires.length, 12));
    }
    return wmem_strbuf_finalize(words);
}

static proto_item *add_header_line(const sx_output *out, const char *label, const char *name,
                                   const char *value)
{
    proto_item *item;
    const char *line = wmem_strdup_printf(out->pinfo->pool, "%s: %s", name, value);

    if (!sx_item_kept(out, sx_hf.header))
        return NULL;
    item = proto_tree_add_string_format(out->tree, sx_hf.header, out->tvb, 0, 0, line, "%s: %s",
                                        label, line);
    proto_item_set_generated(item);
    return item;
}

/* A request header kept with the transaction, beside the response's answer. */
static void add_asked_line(const sx_output *out, const char *name, sx_span value)
{
    if (value.length)
        add_header_line(out, "The request asked", name,
                        sx_item_printable(out->pinfo->pool, value.start, value.length,
                                          VALUE_MAX));
}

static void add_step(const char **steps, size_t *count, size_t max, const char *step)
{
    if (*count < max)
        steps[(*count)++] = step;
}

/* One answer header: its lines, and the step its value gives; FALSE when unusable. */
static gboolean read_answer(const sx_output *out, proto_item *root, const sx_view *view,
                            unsigned code, sx_header_id id, const char **steps, size_t *count,
                            size_t max, gboolean notes)
{
    wmem_allocator_t *pool = out->pinfo->pool;
    const char *name = sx_header_name(id);
    const sx_answer_text *text = sx_find_answer_text(code, name);
    const sx_header_field *field = sx_header_first(view->message, id);
    const char *first = NULL;
    unsigned shown = 0;
    gboolean usable = TRUE;

    if (field == NULL) {
        if (text && text->absent) {
            add_step(steps, count, max, text->absent);
            return FALSE;
        }
        return TRUE;
    }
    /* Only whether the answer is there (answers_complete): no words, no steps. */
    if (!notes && out->tree == NULL) {
        if (!holds_seconds(id))
            return TRUE;
        for (; field && shown < ELEMENTS_MAX; field = sx_header_next(view->message, field), shown++) {
            if (sx_parse_number(field->value) >= 0)
                return TRUE;
        }
        return FALSE;
    }
    for (; field && shown < ELEMENTS_MAX; field = sx_header_next(view->message, field)) {
        const char *value;

        if (id == SX_H_WWW_AUTHENTICATE || id == SX_H_PROXY_AUTHENTICATE) {
            value = challenge_words(pool, field->value);
        } else if (id == SX_H_CONTACT) {
            size_t position = 0;
            sx_span element;
            while (shown < ELEMENTS_MAX && sx_next_element(field->value, &position, &element)) {
                value = contact_words(pool, element);
                add_header_line(out, "Read from this response", name, value);
                if (first == NULL)
                    first = value;
                shown++;
            }
            continue;
        } else {
            value = sx_item_printable(pool, field->value.start, field->value.length, VALUE_MAX);
            if (holds_seconds(id) && sx_parse_number(field->value) < 0) {
                proto_item *item = add_header_line(out, "Read from this response", name, value);
                if (notes)
                    expert_add_info(out->pinfo, item ? item : root, &sx_ei.malformed_header);
                usable = FALSE;
                shown++;
                continue;
            }
        }
        add_header_line(out, "Read from this response", name, value);
        if (first == NULL)
            first = value;
        shown++;
    }
    if (!usable && first == NULL) {
        if (text && text->absent)
            add_step(steps, count, max, text->absent);
        return FALSE;
    }
    if (text && text->present && first) {
        sx_template_values values = { { NULL }, { NULL }, 0 };
        sx_item_set_value(&values, "value", first);
        sx_item_set_value(&values, "code", wmem_strdup_printf(pool, "%u", code));
        add_step(steps, count, max, sx_item_filled(pool, text->present, &values));
    }
    return TRUE;
}

gboolean sx_explain_answers(const sx_output *out, proto_item *root, const sx_view *view,
                            const sx_message_record *record, const sx_response_info *info,
                            const char **steps, size_t *count, size_t max, gboolean notes)
{
    wmem_allocator_t *pool = out->pinfo->pool;
    sx_request_values asked;
    gboolean complete = TRUE;

    if (info) {
        for (size_t i = 0; i < SX_ANSWER_HEADERS && info->answer[i]; i++) {
            sx_header_id id = sx_header_id_of(info->answer[i], strlen(info->answer[i]));
            if (id != SX_H_OTHER && !read_elsewhere(id))
                complete &= read_answer(out, root, view, info->code, id, steps, count, max,
                                        notes);
        }
    }
    /* Error-Info may come with any failure (RFC 3261 §20.18). */
    if (view->code >= 300) {
        const sx_header_field *field = sx_header_first(view->message, SX_H_ERROR_INFO);
        if (field)
            add_header_line(out, "Read from this response", "Error-Info",
                            sx_item_printable(pool, field->value.start, field->value.length,
                                              VALUE_MAX));
    }
    /* What the request asked for, beside what the response allows. */
    sx_exchange_request_values(record, &asked);
    if (view->code == 423 && asked.expires >= 0)
        add_header_line(out, "The request asked", "Expires",
                        wmem_strdup_printf(pool, "%lld", asked.expires));
    if (view->code == 422 && asked.session_expires >= 0)
        add_header_line(out, "The request asked", "Session-Expires",
                        wmem_strdup_printf(pool, "%lld", asked.session_expires));
    if (view->code == 489)
        add_asked_line(out, "Event", asked.event);
    if (view->code == 420) {
        add_asked_line(out, "Require", asked.require);
        add_asked_line(out, "Proxy-Require", asked.proxy_require);
    }
    if (view->code == 406)
        add_asked_line(out, "Accept", asked.accept);
    return complete;
}

/* ---- who sent it ---- */

/* Appends one part of the origin, "; " between parts. */
static void add_origin_part(wmem_allocator_t *pool, wmem_strbuf_t *origin, const char *text,
                            const sx_template_values *values)
{
    if (wmem_strbuf_get_len(origin))
        wmem_strbuf_append(origin, "; ");
    wmem_strbuf_append(origin, sx_item_filled(pool, text, values));
}

/* Whether a Warning agent was already named: one line per host is enough. */
static gboolean agent_named(const sx_span *named, size_t count, sx_span agent)
{
    for (size_t i = 0; i < count; i++) {
        if (named[i].length == agent.length &&
            g_ascii_strncasecmp(named[i].start, agent.start, agent.length) == 0)
            return TRUE;
    }
    return FALSE;
}

const char *sx_explain_origin(wmem_allocator_t *pool, const sx_view *view,
                              const sx_message_record *record)
{
    wmem_strbuf_t *origin = wmem_strbuf_new(pool, "");
    const sx_header_field *field = sx_header_first(view->message, SX_H_SERVER);
    sx_template_values values = { { NULL }, { NULL }, 0 };
    sx_span named[4];
    size_t named_count = 0;
    sx_request_values asked;

    if (field == NULL)
        field = sx_header_first(view->message, SX_H_USER_AGENT);
    if (field) {
        sx_item_set_value(&values, "header", sx_header_name((sx_header_id)field->id));
        sx_item_set_value(&values, "value", sx_item_printable(pool, field->value.start,
                                                              field->value.length, 80));
        add_origin_part(pool, origin, sx_origins.software, &values);
    }
    /* The hosts that added Warning values: an SBC or proxy on the path says so there. */
    for (field = sx_header_first(view->message, SX_H_WARNING); field;
         field = sx_header_next(view->message, field)) {
        sx_warning_value warnings[4];
        bool truncated;
        char *header = wmem_strndup(pool, field->value.start, field->value.length);
        size_t count = sx_parse_warning(header, warnings, G_N_ELEMENTS(warnings), &truncated);
        for (size_t i = 0; i < count && named_count < G_N_ELEMENTS(named); i++) {
            sx_span agent = warnings[i].agent;
            if (agent.length == 0 || (agent.length == 1 && agent.start[0] == '-') ||
                agent_named(named, named_count, agent))
                continue;
            named[named_count++] = agent;
            sx_item_set_value(&values, "agent",
                              sx_item_printable(pool, agent.start, agent.length, 64));
            add_origin_part(pool, origin, sx_origins.warning_agent, &values);
        }
    }
    /* A Q.850 cause comes from the telephone network, through a gateway (RFC 6432). */
    for (field = sx_header_first(view->message, SX_H_REASON); field;
         field = sx_header_next(view->message, field)) {
        if (field->value.length >= 5 && g_ascii_strncasecmp(field->value.start, "Q.850", 5) == 0) {
            add_origin_part(pool, origin, sx_origins.q850_gateway, &values);
            break;
        }
    }
    sx_exchange_request_values(record, &asked);
    if ((record->facts & SX_RESPONSE_OTHER_SENDER) && asked.provisional_frame) {
        sx_item_set_value(&values, "frame", wmem_strdup_printf(pool, "%u", asked.provisional_frame));
        add_origin_part(pool, origin, sx_origins.other_sender, &values);
    }
    return wmem_strbuf_get_len(origin) ? wmem_strbuf_finalize(origin) : NULL;
}

/* ---- the phrase in the sender's words ---- */

static gboolean word_in(const char *word, size_t length, const char *phrase)
{
    size_t phrase_length = strlen(phrase);

    for (size_t i = 0; i + length <= phrase_length; i++) {
        if ((i == 0 || !g_ascii_isalnum(phrase[i - 1])) &&
            (i + length == phrase_length || !g_ascii_isalnum(phrase[i + length])) &&
            g_ascii_strncasecmp(phrase + i, word, length) == 0)
            return TRUE;
    }
    return FALSE;
}

/*
 * A phrase that only restates the registered one ("Busy" for "Busy Here")
 * or translates it (not plain ASCII, "Occupé") says nothing more; one with a
 * word of its own ("Wrong password", "No DNS results") is shown.
 */
const char *sx_explain_sent_phrase(wmem_allocator_t *pool, const sx_view *view)
{
    const sx_response_info *info = sx_find_response(view->code);
    sx_span phrase = sx_span_trim(view->phrase);
    gboolean own_word = FALSE;
    size_t i = 0;

    if (phrase.length == 0)
        return NULL;
    for (size_t c = 0; c < phrase.length; c++) {
        if ((unsigned char)phrase.start[c] >= 0x80)
            return NULL;
    }
    while (i < phrase.length) {
        size_t start;
        while (i < phrase.length && !g_ascii_isalnum(phrase.start[i]))
            i++;
        start = i;
        while (i < phrase.length && g_ascii_isalnum(phrase.start[i]))
            i++;
        if (i > start && !(info && word_in(phrase.start + start, i - start, info->phrase)))
            own_word = TRUE;
    }
    return own_word ? sx_item_printable(pool, phrase.start, phrase.length, VALUE_MAX) : NULL;
}
