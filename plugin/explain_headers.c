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

/* What a Reason value means; *name names a known cause, *mapping a disagreement. */
static const char *const *reason_text(wmem_allocator_t *pool, const sx_reason_value *value,
                                      unsigned code, const char **name, const char **mapping,
                                      sx_template_values *values)
{
    *name = NULL;
    *mapping = NULL;
    if (value->cause < 0)
        return sx_texts.reason_no_cause.text;
    if (protocol_is(value->protocol, "Q.850")) {
        const sx_q850_info *cause = sx_find_q850(value->cause);
        if (cause == NULL)
            return sx_texts.reason_unknown_q850.text;
        *name = cause->name;
        if (code && sx_class_of(code) >= 3 && !sx_q850_agrees(value->cause, code)) {
            char mapped[128];
            sx_template_values mapping_values = { { NULL }, { NULL }, 0 };
            sx_format_code_name(mapped, sizeof mapped, cause->sip_code);
            sx_item_set_value(&mapping_values, "cause", wmem_strdup_printf(pool, "%ld", value->cause));
            sx_item_set_value(&mapping_values, "mapped", wmem_strdup(pool, mapped));
            sx_item_set_value(&mapping_values, "code", wmem_strdup_printf(pool, "%u", code));
            *mapping = sx_item_joined(pool, sx_texts.reason_mapping.text,
                              sx_sentence_count(sx_texts.reason_mapping.text, SX_SENTENCES));
            *mapping = sx_item_filled(pool, *mapping, &mapping_values);
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
        const char *name, *mapping;
        const char *const *text = reason_text(pool, value, code, &name, &mapping, &fill);
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
                       wmem_strndup(pool, value->text.start, value->text.length));
        if (value->location.length)
            sx_item_add_string(&sub, sx_hf.reason_location,
                       wmem_strndup(pool, value->location.start, value->location.length));
        explanation = sx_item_add_text(&sub, sx_hf.reason_explanation, "Explanation", text, SX_SENTENCES,
                               &fill, TRUE);
        if (context && i == 0)
            sx_item_add_text(&sub, sx_hf.reason_explanation, "Here", context->text, SX_SENTENCES, NULL,
                     TRUE);
        if (mapping) {
            proto_item *mapped = sx_item_add_string(&sub, sx_hf.reason_mapping, mapping);
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
                       wmem_strndup(pool, value->agent.start, value->agent.length));
        if (value->text.length)
            sx_item_add_string(&sub, sx_hf.warning_text,
                       wmem_strndup(pool, value->text.start, value->text.length));
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

