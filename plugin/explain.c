/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdio.h>
#include <string.h>

#include <epan/column.h>
#include <epan/expert.h>

#include "context.h"
#include "explain.h"
#include "explain_calls.h"
#include "explain_headers.h"
#include "explain_items.h"
#include "fields.h"
#include "preferences.h"
#include "responses.h"
#include "sip_headers.h"
#include "statistics.h"
#include "user_notes.h"

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
                        sx_template_values *values)
{
    sx_item_set_value(values, "copy", wmem_strdup_printf(pool, "%u", record->copy));
    sx_item_set_value(values, "seconds", wmem_strdup_printf(pool, "%.1f", record->since_first_ms / 1000.0));
    sx_item_set_value(values, "frame", wmem_strdup_printf(pool, "%u", record->duplicate_of));
    sx_item_set_value(values, "ms", wmem_strdup_printf(pool, "%.1f", record->duplicate_us / 1000.0));
}

/* What followed a message, as sipexplain.exchange holds it: each note's lines filled, joined. */
static const char *followed_text(wmem_allocator_t *pool, const sx_text *const *notes, size_t count,
                                 const sx_template_values *values)
{
    const char *parts[8];
    size_t kept = 0;

    for (size_t n = 0; n < count && kept < G_N_ELEMENTS(parts); n++) {
        const char *lines[SX_SENTENCES];
        parts[kept++] = sx_item_joined(pool, lines, sx_item_fill_lines(pool, notes[n]->text,
                                                                        SX_SENTENCES, values, lines));
    }
    return kept ? sx_item_joined(pool, parts, kept) : NULL;
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
    sx_template_values values = { { NULL }, { NULL }, 0 };
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
    sx_item_set_value(&values, "seconds", wmem_strdup_printf(pool, "%lld", seconds));
    return sx_item_fill_lines(pool, text->text, SX_SENTENCES, &values, lines);
}

/* Whether a response carries every header its RFC makes mandatory for its answer. */
static gboolean answers_complete(packet_info *pinfo, tvbuff_t *tvb, const sx_view *view,
                                 const sx_message_record *record, const sx_response_info *info)
{
    sx_output quiet = { NULL, tvb, pinfo };
    const char *unused[SX_MAX_STEPS];
    size_t unused_count = 0;

    return sx_explain_answers(&quiet, NULL, view, record, info, unused, &unused_count,
                              SX_MAX_STEPS, FALSE);
}

void sx_explain_note_final(packet_info *pinfo, const sx_view *view,
                           const sx_message_record *record)
{
    /* The call's outcome needs it after the first pass: a redirect that names nowhere fails. */
    if (view->is_response && (record->facts & SX_RESPONSE_ENDS_SETUP) &&
        !view->frame->quoted_in_icmp &&
        !answers_complete(pinfo, NULL, view, record, sx_find_response(view->code)))
        sx_exchange_note_incomplete_final(record);
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
        if (record->copy_kind == SX_COPY_FIRST && after.final_after_prack_missing)
            j->notes[j->note_count++] = &sx_texts.final_after_prack_timeout;

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
    const char *user_fix = NULL, *outcome = NULL, *origin, *sent_phrase;
    gboolean answer_missing = FALSE, fix_wanted;
    const char *steps[SX_MAX_STEPS];
    size_t step_count;
    char summary[512];
    judgement j;
    sx_output out = { NULL, tvb, pinfo };
    proto_item *root = NULL, *code_item;
    sx_template_values copy_fill = { { NULL }, { NULL }, 0 };
    sx_template_values note_fill = { { NULL }, { NULL }, 0 };

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
    /* A response that cannot be acted on calls for attention (checked before any item). */
    answer_missing = !answers_complete(pinfo, tvb, view, record, info) &&
                     record->copy_kind != SX_COPY_DUPLICATE;
    if (answer_missing) {
        j.problem = TRUE;
        if (j.brief == NULL || j.row == NULL || !j.row->problem)
            j.brief = sx_texts.answer_missing.brief;
    }
    context = sx_context_text_of(j.row);
    /* What no item, tap or column will show is not worked out (a filter on one field). */
    origin = sx_item_kept(&out, sx_hf.origin) ? sx_explain_origin(pool, view, record) : NULL;
    sent_phrase = sx_item_kept(&out, sx_hf.sent_phrase) ? sx_explain_sent_phrase(pool, view) : NULL;
    summary[0] = '\0';
    if (sx_item_kept(&out, sx_hf.summary) || plan->expert || sx_prefs.info_column ||
        sx_statistics_wants_texts())
        sx_format_summary(summary, sizeof summary, code, j.brief);
    proto_item_set_text(root, "SIP Explanation: %s", summary);
    if (j.has_call)
        outcome = sx_explain_outcome_words(pool, &j.call);

    sx_item_add_string(&out, sx_hf.summary, summary);
    sx_item_add_flag(&out, sx_hf.problem, j.problem);
    /* What it means here, then what the capture showed around it. */
    if (record->seen & SX_SEEN_NO_CSEQ)
        sx_item_add_text(&out, sx_hf.context, "In this context", sx_texts.no_cseq.text, SX_SENTENCES, NULL,
                 TRUE);
    else if (context)
        sx_item_add_text(&out, sx_hf.context, "In this context", context->text, SX_SENTENCES, NULL, TRUE);
    if (j.copy) {
        copy_values(pool, record, &copy_fill);
        if (record->copy_kind == SX_COPY_DUPLICATE) {
            sx_item_add_flag(&out, sx_hf.duplicate, TRUE);
            sx_item_add_text(&out, sx_hf.retransmission, "Capture duplicate", j.copy->text, SX_SENTENCES,
                     &copy_fill, TRUE);
        } else {
            sx_item_add_text(&out, sx_hf.retransmission, "Retransmission", j.copy->text, SX_SENTENCES,
                     &copy_fill, TRUE);
        }
    }
    if (origin)
        sx_item_add_string(&out, sx_hf.origin, origin);
    if (sent_phrase)
        sx_item_add_string(&out, sx_hf.sent_phrase, sent_phrase);
    sx_item_set_value(&note_fill, "method", method ? method : "request");
    for (size_t n = 0; n < j.note_count; n++)
        sx_item_add_text(&out, sx_hf.exchange, "What followed", j.notes[n]->text, SX_SENTENCES,
                 &note_fill, TRUE);
    if (outcome)
        sx_item_add_string(&out, sx_hf.call_outcome, outcome);

    /* What to check: Retry-After first, then the site's fix or the table's. */
    for (note = sx_user_notes_next(code, method, NULL); note;
         note = sx_user_notes_next(code, method, note)) {
        if (user_fix == NULL && note->fix && note->fix[0])
            user_fix = note->fix;
    }
    step_count = 0;
    fix_wanted = sx_item_kept(&out, sx_hf.fix) || sx_statistics_wants_texts();
    /* The answer headers add their items and expert notes, and lead the steps. */
    if (fix_wanted || sx_item_kept(&out, sx_hf.header) || plan->expert)
        sx_explain_answers(&out, root, view, record, info, steps, &step_count, SX_MAX_STEPS, TRUE);
    if (fix_wanted) {
        step_count += retry_after_lines(pool, view, code, method, record->seen, steps + step_count);
        if (user_fix)
            steps[step_count++] = user_fix;
        else
            step_count += sx_item_fill_lines(pool, text ? text->fix : class_text->fix, SX_STEPS, NULL,
                                     steps + step_count);
        sx_item_add_lines(&out, sx_hf.fix, "What to check", steps, step_count, sx_prefs.show_fix);
    }
    for (note = sx_user_notes_next(code, method, NULL); note;
         note = sx_user_notes_next(code, method, note))
        sx_item_add_string(&out, sx_hf.note, note->note);
    sx_explain_reasons(&out, root, view, code, NULL);
    sx_explain_warnings(&out, root, view);

    /* The reference texts, then the facts. */
    sx_item_add_text(&out, sx_hf.explanation, "Explanation", text ? text->explanation : class_text->explanation,
             SX_SENTENCES, NULL, sx_prefs.show_explanation);
    sx_item_add_text(&out, sx_hf.when, "When you see it", text ? text->when : class_text->when, SX_SENTENCES,
             NULL, sx_prefs.show_when);
    if (sx_item_kept(&out, sx_hf.related)) {
        size_t first, count = sx_related_of(code, &first);
        for (size_t r = first; r < first + count; r++) {
            char label[128], other[96];
            sx_format_code_name(other, sizeof other, sx_related[r].other);
            snprintf(label, sizeof label, "Not to be confused with %s", other);
            sx_item_add_text(&out, sx_hf.related, label, sx_related_texts[r].text, SX_SENTENCES, NULL,
                     sx_prefs.show_related);
        }
    }
    code_item = sx_item_add_uint(&out, sx_hf.code, code);
    if (response_class != SX_CLASS_INVALID)
        sx_item_add_uint(&out, sx_hf.klass, response_class);
    if (info)
        sx_item_add_string(&out, sx_hf.phrase, info->phrase);
    if (method)
        sx_item_add_string(&out, sx_hf.method, method);
    if (sx_item_kept(&out, sx_hf.registered))
        proto_item_set_generated(proto_tree_add_boolean(out.tree, sx_hf.registered, tvb, 0, 0,
                                                        info != NULL));
    if (info == NULL && response_class != SX_CLASS_INVALID && sx_item_kept(&out, sx_hf.treated_as)) {
        const sx_response_info *handled = sx_find_response(sx_handled_as(code));
        proto_item_set_generated(proto_tree_add_uint_format_value(out.tree, sx_hf.treated_as, tvb,
                                 0, 0, handled->code, "%u %s", handled->code, handled->phrase));
    }
    if (sx_item_kept(&out, sx_hf.rfc)) {
        proto_item *rfc = sx_item_add_string(&out, sx_hf.rfc, info ? info->rfc : sx_classes[response_class].rfc);
        if (!sx_prefs.show_rfc)
            proto_item_set_hidden(rfc);
    }
    if (sx_item_kept(&out, sx_hf.sources)) {
        proto_item *sources = sx_item_add_string(&out, sx_hf.sources,
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
                                   j.notes[n] == &sx_texts.prack_never_arrived ||
                                   j.notes[n] == &sx_texts.final_after_prack_timeout ? &sx_ei.prack_missing :
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
        sx_tap_record tapped = { .is_response = TRUE, .explained = TRUE, .code = code,
                                 .method = method, .problem = j.problem, .record = record,
                                 .view = view };
        if (sx_statistics_wants_texts()) {
            const sx_text *no_cseq = (record->seen & SX_SEEN_NO_CSEQ) ? &sx_texts.no_cseq : NULL;
            tapped.summary = wmem_strdup(pool, summary);
            if (no_cseq || context) {
                const char *lines[SX_MAX_STEPS];
                tapped.context = sx_item_joined(pool, lines, sx_item_fill_lines(pool,
                                        no_cseq ? no_cseq->text : context->text, SX_SENTENCES,
                                        NULL, lines));
            }
            tapped.followed = followed_text(pool, j.notes, j.note_count, &note_fill);
            tapped.fix = sx_item_joined(pool, steps, step_count);
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
    sx_template_values fill = { { NULL }, { NULL }, 0 };
    char summary[512];
    sx_output out = { NULL, tvb, pinfo };
    proto_item *root = NULL;

    if (view->frame->quoted_in_icmp)
        return;
    if (method == NULL) {
        /* Nothing ties it to a transaction; the calls report still counts it. */
        if (sx_statistics_wanted()) {
            sx_tap_record tapped = { .record = record, .view = view };
            sx_statistics_queue(pinfo, &tapped);
        }
        return;
    }
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
        sx_item_set_value(&fill, "frame", wmem_strdup_printf(pool, "%u", record->other_frame));
        sx_item_set_value(&fill, "cseq", wmem_strdup_printf(pool, "%u", view->cseq));
        sx_item_set_value(&fill, "last", wmem_strdup_printf(pool, "%u", record->other_cseq));
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
            sx_item_set_value(&fill, "seconds", wmem_strdup_printf(pool, "%.1f", after.seconds));
            sx_item_set_value(&fill, "copies", wmem_strdup_printf(pool, "%u", after.copies));
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
            sx_item_set_value(&fill, "code", wmem_strdup_printf(pool, "%u", after.refresh_failed_code));
            problem = TRUE;
        }
        if ((record->facts & SX_REQUEST_ENDS_CALL) && sx_exchange_call_outcome(record, &call)) {
            outcome = sx_explain_outcome_words(pool, &call);
            problem |= sx_explain_call_failed(&call);
        }
    }
    sx_item_set_value(&fill, "method", method);
    /* A BYE or CANCEL that ends a call says so, with a Reason or without. */
    if (reason_context == NULL && (record->facts & SX_REQUEST_ENDS_CALL))
        reason_context = strcmp(method, "CANCEL") == 0 ? &sx_texts.reason_on_cancel
                                                       : &sx_texts.reason_on_bye;
    if (copy == NULL && note_count == 0 && reason_context == NULL && outcome == NULL) {
        /* Nothing to show; the calls report still counts it and learns where calls start. */
        if (sx_statistics_wanted()) {
            sx_tap_record tapped = { .method = method, .record = record, .view = view };
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
    sx_item_add_string(&out, sx_hf.summary, summary);
    sx_item_add_flag(&out, sx_hf.problem, problem);
    sx_item_add_string(&out, sx_hf.request, method);
    sx_item_add_flag(&out, sx_hf.unanswered, unanswered);
    for (size_t n = 0; n < note_count; n++)
        sx_item_add_text(&out, sx_hf.exchange, "What followed", notes[n]->text, SX_SENTENCES, &fill, TRUE);
    if (copy) {
        sx_template_values copy_fill = { { NULL }, { NULL }, 0 };
        copy_values(pool, record, &copy_fill);
        if (record->copy_kind == SX_COPY_DUPLICATE)
            sx_item_add_flag(&out, sx_hf.duplicate, TRUE);
        sx_item_add_text(&out, sx_hf.retransmission,
                 record->copy_kind == SX_COPY_DUPLICATE ? "Capture duplicate" : "Retransmission",
                 copy->text, SX_SENTENCES, &copy_fill, TRUE);
    }
    if (outcome)
        sx_item_add_string(&out, sx_hf.call_outcome, outcome);
    if (has_reason)
        sx_explain_reasons(&out, root, view, 0, reason_context);

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
        sx_tap_record tapped = { .explained = TRUE, .method = method, .problem = problem,
                                 .record = record, .view = view };
        if (sx_statistics_wants_texts()) {
            tapped.summary = wmem_strdup(pool, summary);
            tapped.followed = followed_text(pool, notes, note_count, &fill);
        }
        sx_statistics_queue(pinfo, &tapped);
    }
}
