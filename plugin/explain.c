/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdio.h>
#include <string.h>

#include <epan/column.h>
#include <epan/expert.h>

#include "context.h"
#include "explain.h"
#include "fields.h"
#include "preferences.h"
#include "responses.h"
#include "sip_headers.h"
#include "statistics.h"
#include "user_notes.h"

/* Reason and Warning values shown per message; more get an expert note. */
#define MAX_HEADER_VALUES 16
/* The longest text sipexplain writes into one line, placeholders filled in. */
#define TEXT_MAX 1024
/* Lines of "What to check": Retry-After's, then the user's or the table's. */
#define MAX_STEPS (SX_SENTENCES + SX_STEPS)

/* Where an explanation goes. */
typedef struct {
    proto_tree  *tree;   /* the explanation's subtree, or NULL */
    tvbuff_t    *tvb;
    packet_info *pinfo;
} output;

/* Placeholder names and values for the templates of a text. */
typedef struct {
    const char *names[8];
    const char *values[8];
    size_t      count;
} template_values;

static void set_value(template_values *values, const char *name, const char *value)
{
    if (values->count < G_N_ELEMENTS(values->names)) {
        values->names[values->count] = name;
        values->values[values->count] = value;
        values->count++;
    }
}

static const char *filled(wmem_allocator_t *pool, const char *text, const template_values *values)
{
    char buffer[TEXT_MAX];

    if (values == NULL || strchr(text, '{') == NULL)
        return text;
    sx_expand_template(buffer, sizeof buffer, text, values->names, values->values, values->count);
    return wmem_strdup(pool, buffer);
}

/* Whether an item can be read: shown in a visible tree, or asked for by a filter. */
static gboolean kept(const output *out, int hf)
{
    return out->tree && proto_field_is_referenced(out->tree, hf);
}

static char *joined(wmem_allocator_t *pool, const char *const *lines, size_t count)
{
    wmem_strbuf_t *text = wmem_strbuf_new(pool, "");

    for (size_t i = 0; i < count; i++) {
        if (i)
            wmem_strbuf_append_c(text, ' ');
        wmem_strbuf_append(text, lines[i]);
    }
    return wmem_strbuf_finalize(text);
}

/* Up to max lines of a text, placeholders filled in; returns how many. */
static size_t fill_lines(wmem_allocator_t *pool, const char *const *sentences, size_t max,
                         const template_values *values, const char **lines)
{
    size_t count = sx_sentence_count(sentences, max);

    for (size_t i = 0; i < count; i++)
        lines[i] = filled(pool, sentences[i], values);
    return count;
}

/*
 * A text of several lines: one filterable value (the lines joined), shown
 * as its first line with the others below it, so that each stays readable
 * in a details pane of normal width.
 */
static proto_item *add_lines(const output *out, int hf, const char *label,
                             const char *const *lines, size_t count, gboolean shown)
{
    proto_item *item;
    proto_tree *below;

    if (count == 0 || !kept(out, hf))
        return NULL;
    item = proto_tree_add_string_format(out->tree, hf, out->tvb, 0, 0,
                                        joined(out->pinfo->pool, lines, count), "%s: %s", label,
                                        lines[0]);
    proto_item_set_generated(item);
    if (!shown)
        proto_item_set_hidden(item);
    if (count > 1) {
        below = proto_item_add_subtree(item, sx_ett.sentences);
        for (size_t i = 1; i < count; i++) {
            proto_item *line;
            proto_tree_add_subtree(below, out->tvb, 0, 0, sx_ett.sentences, &line, lines[i]);
            proto_item_set_generated(line);
        }
    }
    return item;
}

static proto_item *add_text(const output *out, int hf, const char *label,
                            const char *const *sentences, size_t max,
                            const template_values *values, gboolean shown)
{
    const char *lines[MAX_STEPS];

    if (!kept(out, hf))
        return NULL;
    return add_lines(out, hf, label, lines,
                     fill_lines(out->pinfo->pool, sentences, MIN(max, MAX_STEPS), values, lines),
                     shown);
}

static proto_item *add_string(const output *out, int hf, const char *value)
{
    proto_item *item;

    if (!kept(out, hf))
        return NULL;
    item = proto_tree_add_string(out->tree, hf, out->tvb, 0, 0, value);
    proto_item_set_generated(item);
    return item;
}

static proto_item *add_uint(const output *out, int hf, uint32_t value)
{
    proto_item *item;

    if (!kept(out, hf))
        return NULL;
    item = proto_tree_add_uint(out->tree, hf, out->tvb, 0, 0, value);
    proto_item_set_generated(item);
    return item;
}

/* A boolean field, present only when true, so that "sipexplain.problem" means what it says. */
static proto_item *add_flag(const output *out, int hf, gboolean value)
{
    proto_item *item;

    if (!value || !kept(out, hf))
        return NULL;
    item = proto_tree_add_boolean(out->tree, hf, out->tvb, 0, 0, TRUE);
    proto_item_set_generated(item);
    return item;
}

/* "4.2 s", "2 min 3 s", "1 h 2 min": how long, for people. */
static const char *duration(wmem_allocator_t *pool, double seconds)
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

/* ---- Reason and Warning ---- */

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
                                      template_values *values)
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
            template_values mapping_values = { { NULL }, { NULL }, 0 };
            sx_format_code_name(mapped, sizeof mapped, cause->sip_code);
            set_value(&mapping_values, "cause", wmem_strdup_printf(pool, "%ld", value->cause));
            set_value(&mapping_values, "mapped", wmem_strdup(pool, mapped));
            set_value(&mapping_values, "code", wmem_strdup_printf(pool, "%u", code));
            *mapping = joined(pool, sx_texts.reason_mapping.text,
                              sx_sentence_count(sx_texts.reason_mapping.text, SX_SENTENCES));
            *mapping = filled(pool, *mapping, &mapping_values);
        }
        return sx_q850_text_of(cause)->explanation;
    }
    if (protocol_is(value->protocol, "SIP")) {
        char summary[256];
        const sx_response_info *info = sx_find_response((unsigned)MIN(value->cause, 65535));
        *name = info ? info->phrase : NULL;
        sx_format_summary(summary, sizeof summary, (unsigned)MIN(value->cause, 65535), NULL);
        set_value(values, "summary", wmem_strdup(pool, summary));
        return sx_texts.reason_sip_cause.text;
    }
    return sx_texts.reason_unknown_protocol.text;
}

static void add_reasons(const output *out, proto_item *root, const sx_view *view, unsigned code,
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
        template_values fill = { { NULL }, { NULL }, 0 };
        const char *name, *mapping;
        const char *const *text = reason_text(pool, value, code, &name, &mapping, &fill);
        const char *protocol = wmem_strndup(pool, value->protocol.start, value->protocol.length);
        output sub = *out;
        proto_item *item, *explanation;

        sub.tree = proto_tree_add_subtree_format(out->tree, out->tvb, 0, 0, sx_ett.reason, &item,
                                                 "Reason: %s", protocol);
        proto_item_set_generated(item);
        if (value->cause >= 0)
            proto_item_append_text(item, " cause %ld", value->cause);
        if (name)
            proto_item_append_text(item, " (%s)", name);
        add_string(&sub, sx_hf.reason_protocol, protocol);
        if (value->cause >= 0)
            add_uint(&sub, sx_hf.reason_cause, (uint32_t)MIN(value->cause, (long)UINT32_MAX));
        if (value->text.length)
            add_string(&sub, sx_hf.reason_text,
                       wmem_strndup(pool, value->text.start, value->text.length));
        if (value->location.length)
            add_string(&sub, sx_hf.reason_location,
                       wmem_strndup(pool, value->location.start, value->location.length));
        explanation = add_text(&sub, sx_hf.reason_explanation, "Explanation", text, SX_SENTENCES,
                               &fill, TRUE);
        if (context && i == 0)
            add_text(&sub, sx_hf.reason_explanation, "Here", context->text, SX_SENTENCES, NULL,
                     TRUE);
        if (mapping) {
            proto_item *mapped = add_string(&sub, sx_hf.reason_mapping, mapping);
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

static void add_warnings(const output *out, proto_item *root, const sx_view *view)
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
        output sub = *out;
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
            add_uint(&sub, sx_hf.warning_code, (uint32_t)value->code);
        if (value->agent.length)
            add_string(&sub, sx_hf.warning_agent,
                       wmem_strndup(pool, value->agent.start, value->agent.length));
        if (value->text.length)
            add_string(&sub, sx_hf.warning_text,
                       wmem_strndup(pool, value->text.start, value->text.length));
        explanation = add_text(&sub, sx_hf.warning_explanation, "Explanation", text, SX_SENTENCES,
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

/* ---- the call's outcome ---- */

static const char *reason_words(wmem_allocator_t *pool, sx_kept_reason reason)
{
    template_values values = { { NULL }, { NULL }, 0 };
    const char *name = NULL;

    if (reason.protocol == 2) {
        const sx_q850_info *cause = sx_find_q850(reason.cause);
        name = cause ? cause->name : "not a Q.850 cause";
        set_value(&values, "protocol", "Q.850");
    } else if (reason.protocol == 1) {
        const sx_response_info *info = sx_find_response(reason.cause);
        name = info ? info->phrase : "unregistered";
        set_value(&values, "protocol", "SIP");
    } else {
        return "";
    }
    set_value(&values, "cause", wmem_strdup_printf(pool, "%u", reason.cause));
    set_value(&values, "name", name);
    return filled(pool, sx_calls.reason, &values);
}

static const char *outcome_words(wmem_allocator_t *pool, const sx_call_outcome *call)
{
    /* A Reason that only repeats the final code says nothing more. */
    sx_kept_reason reason = call->reason;
    template_values values = { { NULL }, { NULL }, 0 };
    const char *text = NULL;
    char code[96];
    wmem_strbuf_t *words;

    sx_format_code_name(code, sizeof code, call->final_code);
    set_value(&values, "setup", duration(pool, call->setup_seconds));
    set_value(&values, "ring", duration(pool, call->ring_seconds));
    set_value(&values, "talk", duration(pool, call->talk_seconds));
    set_value(&values, "code", wmem_strdup(pool, code));
    set_value(&values, "side", call->ended_by_callee ? sx_calls.callee : sx_calls.caller);
    switch (call->state) {
    case SX_CALL_UNKNOWN: return NULL;
    case SX_CALL_SETTING_UP: text = sx_calls.setting_up; break;
    case SX_CALL_NO_ANSWER:
        set_value(&values, "seconds", duration(pool, SX_TRANSACTION_TIMEOUT));
        text = sx_calls.no_answer;
        break;
    case SX_CALL_REJECTED: text = sx_calls.rejected; break;
    case SX_CALL_CANCELLED:
        text = call->ring_seconds > 0 ? sx_calls.cancelled_ringing : sx_calls.cancelled;
        break;
    case SX_CALL_ANSWERED_ELSEWHERE: text = sx_calls.answered_elsewhere; break;
    case SX_CALL_ANSWERED: text = sx_calls.answered; break;
    case SX_CALL_ENDED:
        text = call->ack_timeout ? sx_calls.ended_ack_timeout
             : call->refresh_failed ? sx_calls.ended_refresh_failed : sx_calls.ended;
        if (call->refresh_failed)
            set_value(&values, "refresh", wmem_strdup_printf(pool, "%u", call->refresh_failed));
        break;
    }
    words = wmem_strbuf_new(pool, filled(pool, text, &values));
    if (reason.protocol == 1 && reason.cause == call->final_code && call->state != SX_CALL_ENDED)
        reason.protocol = 0;
    if (call->state != SX_CALL_ANSWERED_ELSEWHERE)
        wmem_strbuf_append(words, reason_words(pool, reason));
    if (call->cancel_crossed)
        wmem_strbuf_append(words, sx_calls.cancel_crossed);
    return wmem_strbuf_finalize(words);
}

void sx_explain_call_words(const sx_call_outcome *call, char *out, size_t size)
{
    wmem_allocator_t *pool = wmem_allocator_new(WMEM_ALLOCATOR_SIMPLE);
    const char *words = outcome_words(pool, call);

    snprintf(out, size, "%s", words ? words : "");
    wmem_destroy_allocator(pool);
}

/* Whether a call failed: what a CI pipeline must fail on. */
static gboolean call_failed(const sx_call_outcome *call)
{
    switch (call->state) {
    case SX_CALL_NO_ANSWER:
        return TRUE;
    case SX_CALL_REJECTED:
        return TRUE;
    case SX_CALL_ENDED:
        return call->ack_timeout || call->refresh_failed;
    default:
        return FALSE;
    }
}

/* ---- copies of a message ---- */

static const sx_text *copy_text(const sx_view *view, const sx_message_record *record,
                                gboolean invite)
{
    if (record->copy_kind == SX_COPY_DUPLICATE)
        return &sx_texts.capture_duplicate;
    if (record->copy_kind != SX_COPY_RETRANSMISSION)
        return NULL;
    if (!view->is_response)
        return sx_view_method_is(view, "ACK") ? &sx_texts.ack_resend : &sx_texts.request_resend;
    if (view->code < 200)
        return view->has_rseq ? &sx_texts.resend_reliable : &sx_texts.resend_provisional;
    if (invite)
        return view->code < 300 ? &sx_texts.resend_2xx_invite : &sx_texts.resend_final_invite;
    return &sx_texts.resend_other;
}

static void copy_values(wmem_allocator_t *pool, const sx_message_record *record,
                        template_values *values)
{
    set_value(values, "copy", wmem_strdup_printf(pool, "%u", record->copy));
    set_value(values, "seconds", wmem_strdup_printf(pool, "%.1f", record->since_first_ms / 1000.0));
    set_value(values, "frame", wmem_strdup_printf(pool, "%u", record->duplicate_of));
    set_value(values, "ms", wmem_strdup_printf(pool, "%.1f", record->since_first_ms > 0 ?
                                                             record->since_first_ms : 0.0));
}

/* ---- a response ---- */

static expert_field *response_expert(unsigned code, gboolean problem)
{
    switch (sx_class_of(code)) {
    case 1: return &sx_ei.provisional;
    case 2: return &sx_ei.success;
    case 3: return &sx_ei.redirect;
    case 4: return problem ? &sx_ei.client_problem : &sx_ei.client_normal;
    case 5: return problem ? &sx_ei.server : &sx_ei.client_normal;
    case 6: return problem ? &sx_ei.global : &sx_ei.client_normal;
    default: return NULL;
    }
}

static gboolean expert_for(gboolean problem)
{
    return sx_prefs.expert_mode == SX_EXPERT_ALL ||
           (sx_prefs.expert_mode == SX_EXPERT_PROBLEMS && problem);
}

/* Retry-After, read as the code makes it mean (RFC 3261 §20.33, §21.5.4, §14.2). */
static size_t retry_after_lines(wmem_allocator_t *pool, const sx_view *view, unsigned code,
                                const char *method, unsigned seen, const char **lines)
{
    const sx_header_field *field = sx_header_first(view->message, SX_H_RETRY_AFTER);
    template_values values = { { NULL }, { NULL }, 0 };
    const sx_text *text;
    long long seconds;

    if (field == NULL)
        return 0;
    seconds = sx_parse_retry_after(wmem_strndup(pool, field->value.start, field->value.length));
    if (seconds < 0)
        return 0;
    switch (sx_retry_after_kind_of(code, method, seen)) {
    case SX_RETRY_AFTER_SERVER: text = &sx_texts.retry_after_server; break;
    case SX_RETRY_AFTER_CALLEE: text = &sx_texts.retry_after_callee; break;
    case SX_RETRY_AFTER_GLARE: text = &sx_texts.retry_after_glare; break;
    default: text = &sx_texts.retry_after_other; break;
    }
    set_value(&values, "seconds", wmem_strdup_printf(pool, "%lld", seconds));
    return fill_lines(pool, text->text, SX_SENTENCES, &values, lines);
}

/* What sipexplain concluded about a response. */
typedef struct {
    const sx_context_info *row;
    const sx_text         *copy;       /* a retransmission or duplicate, or NULL */
    const sx_text         *notes[3];   /* what followed: the ACK, PRACK or credentials missing */
    size_t                 note_count;
    sx_call_outcome        call;
    gboolean               has_call;
    gboolean               problem;
    const char            *brief;      /* for the summary; NULL: the code's own */
} judgement;

static void judge_response(packet_info *pinfo, const sx_view *view,
                           const sx_message_record *record, const char *method, judgement *j)
{
    unsigned code = view->code;
    gboolean invite = method && strcmp(method, "INVITE") == 0;
    gboolean resent_final = record->copy_kind == SX_COPY_RETRANSMISSION && code >= 200 && invite;
    sx_transaction_outcome after;

    memset(j, 0, sizeof *j);
    j->row = (record->seen & SX_SEEN_NO_CSEQ) ? NULL : sx_select_context(code, method, record->seen);
    j->copy = copy_text(view, record, invite);
    j->problem = sx_is_problem(code, j->row);
    if (j->row && sx_context_text_of(j->row)->brief)
        j->brief = sx_context_text_of(j->row)->brief;
    /* RFC 3261 §13.3.1.4, §17.2.1: a final response to INVITE resent calls for attention. */
    if (resent_final) {
        j->problem = TRUE;
        j->brief = j->copy->brief;
    }
    /* RFC 3261 §8.1.1: CSeq is mandatory; without it nothing ties the response to a request. */
    if (record->seen & SX_SEEN_NO_CSEQ)
        j->problem = TRUE;
    /* What came after is known only once the frames after this one were read. */
    if (PINFO_FD_VISITED(pinfo)) {
        sx_exchange_transaction_outcome(record, code, &after);
        /* A copy of a response says it was not acknowledged; the first copy is the answer. */
        if (record->copy_kind == SX_COPY_RETRANSMISSION && after.ack_missing)
            j->notes[j->note_count++] = &sx_texts.ack_never_arrived;
        if (record->copy_kind == SX_COPY_RETRANSMISSION && after.prack_missing)
            j->notes[j->note_count++] = &sx_texts.prack_never_arrived;

        if (after.challenge_unanswered && !j->problem)
            j->notes[j->note_count++] = &sx_texts.challenge_unanswered;
        /* A negotiation the client is expected to finish by itself (§10.3, §14.1, RFC 4028). */
        if ((code == 422 || code == 423 || code == 491) && !j->problem && after.retry_overdue)
            j->notes[j->note_count++] = &sx_texts.retry_missing;
        if (j->note_count) {
            j->problem = TRUE;
            j->brief = j->notes[0]->brief;
        }
        if (record->facts & SX_RESPONSE_ENDS_SETUP)
            j->has_call = sx_exchange_call_outcome(record, &j->call);
    }
    /* A packet captured twice says nothing new: the first copy carries the verdict. */
    if (record->copy_kind == SX_COPY_DUPLICATE) {
        j->problem = FALSE;
        j->brief = j->copy->brief;
    }
}

void sx_explain_response(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
                         const sx_view *view, const sx_message_record *record,
                         const sx_plan *plan)
{
    wmem_allocator_t *pool = pinfo->pool;
    unsigned code = view->code;
    unsigned response_class = sx_class_of(code);
    const sx_response_info *info = sx_find_response(code);
    const sx_response_text *text = sx_response_text_of(info);
    const sx_class_text *class_text = &sx_class_texts[response_class];
    const char *method = sx_view_method(view, pool);
    const sx_context_text *context = NULL;
    const sx_user_note *note;
    const char *user_fix = NULL, *outcome = NULL;
    const char *steps[MAX_STEPS];
    size_t step_count;
    char summary[512];
    judgement j;
    output out = { NULL, tvb, pinfo };
    proto_item *root = NULL, *code_item;
    template_values copy_fill = { { NULL }, { NULL }, 0 };

    if (tree) {
        root = proto_tree_add_item(tree, sx_hf.proto, tvb, 0, 0, ENC_NA);
        proto_item_set_generated(root);
        out.tree = proto_item_add_subtree(root, sx_ett.main);
    }
    if (view->frame->quoted_in_icmp) {
        /* What an ICMP error quotes never reached its peer: no response to explain. */
        proto_item_set_text(root, "SIP Explanation: %u quoted in an ICMP error", code);
        if (plan->expert)
            expert_add_info(pinfo, root, &sx_ei.quoted_in_icmp);
        return;
    }
    judge_response(pinfo, view, record, method, &j);
    context = sx_context_text_of(j.row);
    sx_format_summary(summary, sizeof summary, code, j.brief);
    proto_item_set_text(root, "SIP Explanation: %s", summary);
    if (j.has_call)
        outcome = outcome_words(pool, &j.call);

    add_string(&out, sx_hf.summary, summary);
    add_flag(&out, sx_hf.problem, j.problem);
    /* What it means here, then what the capture showed around it. */
    if (record->seen & SX_SEEN_NO_CSEQ)
        add_text(&out, sx_hf.context, "In this context", sx_texts.no_cseq.text, SX_SENTENCES, NULL,
                 TRUE);
    else if (context)
        add_text(&out, sx_hf.context, "In this context", context->text, SX_SENTENCES, NULL, TRUE);
    if (j.copy) {
        copy_values(pool, record, &copy_fill);
        if (record->copy_kind == SX_COPY_DUPLICATE) {
            add_flag(&out, sx_hf.duplicate, TRUE);
            add_text(&out, sx_hf.retransmission, "Capture duplicate", j.copy->text, SX_SENTENCES,
                     &copy_fill, TRUE);
        } else {
            add_text(&out, sx_hf.retransmission, "Retransmission", j.copy->text, SX_SENTENCES,
                     &copy_fill, TRUE);
        }
    }
    if (j.note_count) {
        template_values note_fill = { { NULL }, { NULL }, 0 };
        set_value(&note_fill, "method", method ? method : "request");
        for (size_t n = 0; n < j.note_count; n++)
            add_text(&out, sx_hf.exchange, "What followed", j.notes[n]->text, SX_SENTENCES,
                     &note_fill, TRUE);
    }
    if (outcome)
        add_string(&out, sx_hf.call_outcome, outcome);

    /* What to check: Retry-After first, then the site's fix or the table's. */
    for (note = sx_user_notes_next(code, method, NULL); note;
         note = sx_user_notes_next(code, method, note)) {
        if (user_fix == NULL && note->fix && note->fix[0])
            user_fix = note->fix;
    }
    step_count = retry_after_lines(pool, view, code, method, record->seen, steps);
    if (user_fix)
        steps[step_count++] = user_fix;
    else
        step_count += fill_lines(pool, text ? text->fix : class_text->fix, SX_STEPS, NULL,
                                 steps + step_count);
    if (kept(&out, sx_hf.fix))
        add_lines(&out, sx_hf.fix, "What to check", steps, step_count, sx_prefs.show_fix);
    for (note = sx_user_notes_next(code, method, NULL); note;
         note = sx_user_notes_next(code, method, note))
        add_string(&out, sx_hf.note, note->note);
    add_reasons(&out, root, view, code, NULL);
    add_warnings(&out, root, view);

    /* The reference texts, then the facts. */
    add_text(&out, sx_hf.explanation, "Explanation", text ? text->explanation : class_text->explanation,
             SX_SENTENCES, NULL, sx_prefs.show_explanation);
    add_text(&out, sx_hf.when, "When you see it", text ? text->when : class_text->when, SX_SENTENCES,
             NULL, sx_prefs.show_when);
    if (kept(&out, sx_hf.related)) {
        size_t first, count = sx_related_of(code, &first);
        for (size_t r = first; r < first + count; r++) {
            char label[128], other[96];
            sx_format_code_name(other, sizeof other, sx_related[r].other);
            snprintf(label, sizeof label, "Not to be confused with %s", other);
            add_text(&out, sx_hf.related, label, sx_related_texts[r].text, SX_SENTENCES, NULL,
                     sx_prefs.show_related);
        }
    }
    code_item = add_uint(&out, sx_hf.code, code);
    if (response_class != SX_CLASS_INVALID)
        add_uint(&out, sx_hf.klass, response_class);
    if (info)
        add_string(&out, sx_hf.phrase, info->phrase);
    if (method)
        add_string(&out, sx_hf.method, method);
    if (kept(&out, sx_hf.registered))
        proto_item_set_generated(proto_tree_add_boolean(out.tree, sx_hf.registered, tvb, 0, 0,
                                                        info != NULL));
    if (info == NULL && response_class != SX_CLASS_INVALID && kept(&out, sx_hf.treated_as)) {
        const sx_response_info *handled = sx_find_response(sx_handled_as(code));
        proto_item_set_generated(proto_tree_add_uint_format_value(out.tree, sx_hf.treated_as, tvb,
                                 0, 0, handled->code, "%u %s", handled->code, handled->phrase));
    }
    if (kept(&out, sx_hf.rfc)) {
        proto_item *rfc = add_string(&out, sx_hf.rfc, info ? info->rfc : sx_classes[response_class].rfc);
        if (!sx_prefs.show_rfc)
            proto_item_set_hidden(rfc);
    }
    if (kept(&out, sx_hf.sources)) {
        proto_item *sources = add_string(&out, sx_hf.sources,
                                         text ? text->sources : class_text->sources);
        if (!sx_prefs.show_rfc)
            proto_item_set_hidden(sources);
    }

    if (plan->expert) {
        expert_field *expert = response_expert(code, j.problem);
        if (response_class == SX_CLASS_INVALID)
            expert_add_info_format(pinfo, code_item ? code_item : root, &sx_ei.invalid_code,
                                   "Status code %u is not valid SIP: only 100-699 have a class",
                                   code);
        else if (expert && expert_for(j.problem))
            expert_add_info_format(pinfo, root, expert, "%s", summary);
        if (method == NULL)
            expert_add_info(pinfo, root, &sx_ei.no_method);
        if (record->copy_kind == SX_COPY_DUPLICATE)
            expert_add_info(pinfo, root, &sx_ei.duplicate);
        else if (record->copy_kind == SX_COPY_RETRANSMISSION && code >= 200 && method &&
                 strcmp(method, "INVITE") == 0)
            expert_add_info(pinfo, root, &sx_ei.resent_final);
        for (size_t n = 0; n < j.note_count; n++)
            expert_add_info_format(pinfo, root,
                                   j.notes[n] == &sx_texts.ack_never_arrived ? &sx_ei.ack_missing :
                                   j.notes[n] == &sx_texts.prack_never_arrived ? &sx_ei.prack_missing :
                                   j.notes[n] == &sx_texts.retry_missing ? &sx_ei.retry_missing :
                                   &sx_ei.challenge_unanswered, "%s", summary);
    }
    if (sx_prefs.info_column) {
        /* SIP ends its Info text with "| "; otherwise keep the summary apart. */
        const char *info_text = col_get_text(pinfo->cinfo, COL_INFO);
        gboolean spaced = info_text == NULL || info_text[0] == '\0' ||
                          info_text[strlen(info_text) - 1] == ' ';
        col_append_fstr(pinfo->cinfo, COL_INFO, "%s[%s]", spaced ? "" : " ", summary);
    }
    if (sx_statistics_wanted()) {
        sx_tap_record tapped = { TRUE, code, method, j.problem, NULL, NULL, NULL, record, view };
        if (sx_statistics_wants_texts()) {
            const char *lines[MAX_STEPS];
            const sx_text *no_cseq = (record->seen & SX_SEEN_NO_CSEQ) ? &sx_texts.no_cseq : NULL;
            tapped.summary = wmem_strdup(pool, summary);
            if (no_cseq || context)
                tapped.context = joined(pool, lines, fill_lines(pool,
                                        no_cseq ? no_cseq->text : context->text, SX_SENTENCES,
                                        NULL, lines));
            tapped.fix = joined(pool, steps, step_count);
        }
        sx_statistics_queue(pinfo, &tapped);
    }
}

/* ---- a request ---- */

void sx_explain_request(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
                        const sx_view *view, const sx_message_record *record,
                        const sx_plan *plan)
{
    wmem_allocator_t *pool = pinfo->pool;
    const char *method = sx_view_method(view, pool);
    const sx_text *copy = copy_text(view, record, FALSE);
    const sx_text *notes[5];
    size_t note_count = 0;
    const sx_text *reason_context = NULL;
    const char *brief = NULL, *outcome = NULL;
    gboolean problem = FALSE, unanswered = FALSE, has_reason;
    sx_transaction_outcome after;
    sx_call_outcome call;
    template_values fill = { { NULL }, { NULL }, 0 };
    char summary[512];
    output out = { NULL, tvb, pinfo };
    proto_item *root = NULL;

    if (view->frame->quoted_in_icmp || method == NULL)
        return;
    has_reason = sx_header_first(view->message, SX_H_REASON) != NULL;
    if (has_reason && strcmp(method, "BYE") == 0)
        reason_context = &sx_texts.reason_on_bye;
    else if (has_reason && strcmp(method, "CANCEL") == 0)
        reason_context = &sx_texts.reason_on_cancel;
    if (record->facts & SX_REQUEST_AFTER_ACK_TIMEOUT) {
        notes[note_count++] = &sx_texts.bye_after_ack_timeout;
        problem = TRUE;
    }
    /* What the request breaks of the rules, seen from what came before it. */
    if (record->facts & SX_REQUEST_AFTER_REFUSAL)
        notes[note_count++] = &sx_texts.resent_after_refusal;
    if (record->facts & SX_REQUEST_OVERLAPPING)
        notes[note_count++] = &sx_texts.overlapping_invite;
    if (record->facts & SX_REQUEST_OUT_OF_ORDER)
        notes[note_count++] = &sx_texts.out_of_order;
    if (record->facts & (SX_REQUEST_AFTER_REFUSAL | SX_REQUEST_OVERLAPPING | SX_REQUEST_OUT_OF_ORDER)) {
        set_value(&fill, "frame", wmem_strdup_printf(pool, "%u", record->other_frame));
        set_value(&fill, "cseq", wmem_strdup_printf(pool, "%u", view->cseq));
        set_value(&fill, "last", wmem_strdup_printf(pool, "%u", record->other_cseq));
        problem = TRUE;
    }
    if (PINFO_FD_VISITED(pinfo)) {
        sx_exchange_transaction_outcome(record, 0, &after);
        /* The first copy carries the verdict; the copies say they are copies. */
        if (after.waiting != SX_WAITING_NONE && record->copy_kind == SX_COPY_FIRST &&
            note_count < G_N_ELEMENTS(notes)) {
            unanswered = after.waiting == SX_WAITING_TIMED_OUT;
            notes[note_count++] = unanswered ? &sx_texts.unanswered_timed_out
                                             : &sx_texts.unanswered_at_end;
            set_value(&fill, "seconds", wmem_strdup_printf(pool, "%.1f", after.seconds));
            set_value(&fill, "copies", wmem_strdup_printf(pool, "%u", after.copies));
            problem |= unanswered;
        }
        /* The first copy carries it; an ACK resent for each 2xx copy only repeats it. */
        if (after.ack_lost && record->copy_kind == SX_COPY_FIRST && note_count < G_N_ELEMENTS(notes)) {
            notes[note_count++] = &sx_texts.ack_lost;
            problem = TRUE;
        }
        if (after.prack_lost && record->copy_kind == SX_COPY_FIRST && note_count < G_N_ELEMENTS(notes)) {
            notes[note_count++] = &sx_texts.prack_lost;
            problem = TRUE;
        }
        if (after.refresh_failed_code && record->copy_kind == SX_COPY_FIRST &&
            note_count < G_N_ELEMENTS(notes)) {
            notes[note_count++] = &sx_texts.bye_after_failed_refresh;
            set_value(&fill, "code", wmem_strdup_printf(pool, "%u", after.refresh_failed_code));
            problem = TRUE;
        }
        if ((record->facts & SX_REQUEST_ENDS_CALL) && sx_exchange_call_outcome(record, &call)) {
            outcome = outcome_words(pool, &call);
            problem |= call_failed(&call);
        }
    }
    set_value(&fill, "method", method);
    /* A BYE or CANCEL that ends a call says so, with a Reason or without. */
    if (reason_context == NULL && (record->facts & SX_REQUEST_ENDS_CALL))
        reason_context = strcmp(method, "CANCEL") == 0 ? &sx_texts.reason_on_cancel
                                                       : &sx_texts.reason_on_bye;
    if (copy == NULL && note_count == 0 && reason_context == NULL && outcome == NULL) {
        /* Nothing to show; the calls report still learns where each call starts. */
        if ((record->facts & SX_REQUEST_STARTS_CALL) && sx_statistics_wanted()) {
            sx_tap_record tapped = { FALSE, 0, method, FALSE, NULL, NULL, NULL, record, view };
            sx_statistics_queue(pinfo, &tapped);
        }
        return;
    }
    if (record->copy_kind == SX_COPY_DUPLICATE)
        problem = FALSE;
    brief = note_count ? notes[0]->brief : copy ? copy->brief
                                         : reason_context ? reason_context->brief : NULL;
    sx_format_request_summary(summary, sizeof summary, method, brief);

    if (tree) {
        root = proto_tree_add_item(tree, sx_hf.proto, tvb, 0, 0, ENC_NA);
        proto_item_set_generated(root);
        proto_item_set_text(root, "SIP Explanation: %s", summary);
        out.tree = proto_item_add_subtree(root, sx_ett.main);
    }
    add_string(&out, sx_hf.summary, summary);
    add_flag(&out, sx_hf.problem, problem);
    add_string(&out, sx_hf.request, method);
    add_flag(&out, sx_hf.unanswered, unanswered);
    for (size_t n = 0; n < note_count; n++)
        add_text(&out, sx_hf.exchange, "What followed", notes[n]->text, SX_SENTENCES, &fill, TRUE);
    if (copy) {
        template_values copy_fill = { { NULL }, { NULL }, 0 };
        copy_values(pool, record, &copy_fill);
        if (record->copy_kind == SX_COPY_DUPLICATE)
            add_flag(&out, sx_hf.duplicate, TRUE);
        add_text(&out, sx_hf.retransmission,
                 record->copy_kind == SX_COPY_DUPLICATE ? "Capture duplicate" : "Retransmission",
                 copy->text, SX_SENTENCES, &copy_fill, TRUE);
    }
    if (outcome)
        add_string(&out, sx_hf.call_outcome, outcome);
    if (has_reason)
        add_reasons(&out, root, view, 0, reason_context);

    if (plan->expert) {
        if (record->copy_kind == SX_COPY_DUPLICATE)
            expert_add_info(pinfo, root, &sx_ei.duplicate);
        if (unanswered)
            expert_add_info_format(pinfo, root, &sx_ei.unanswered, "%s", summary);
        if (record->facts & SX_REQUEST_AFTER_ACK_TIMEOUT)
            expert_add_info_format(pinfo, root, &sx_ei.ack_timeout_bye, "%s", summary);
        for (size_t n = 0; n < note_count; n++) {
            if (notes[n] == &sx_texts.ack_lost)
                expert_add_info_format(pinfo, root, &sx_ei.ack_lost, "%s", summary);
        }
    }
    if (sx_statistics_wanted()) {
        sx_tap_record tapped = { FALSE, 0, method, problem, NULL, NULL, NULL, record, view };
        if (sx_statistics_wants_texts())
            tapped.summary = wmem_strdup(pool, summary);
        sx_statistics_queue(pinfo, &tapped);
    }
}
