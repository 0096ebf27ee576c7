/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdio.h>

#include "context.h"
#include "explain.h"
#include "explain_calls.h"
#include "explain_items.h"
#include "responses.h"


static const char *reason_words(wmem_allocator_t *pool, sx_kept_reason reason)
{
    sx_template_values values = { { NULL }, { NULL }, 0 };
    const char *name = NULL;

    if (reason.protocol == 2) {
        const sx_q850_info *cause = sx_find_q850(reason.cause);
        name = cause ? cause->name : "not a Q.850 cause";
        sx_item_set_value(&values, "protocol", "Q.850");
    } else if (reason.protocol == 1) {
        const sx_response_info *info = sx_find_response(reason.cause);
        name = info ? info->phrase : "unregistered";
        sx_item_set_value(&values, "protocol", "SIP");
    } else {
        return "";
    }
    sx_item_set_value(&values, "cause", wmem_strdup_printf(pool, "%u", reason.cause));
    sx_item_set_value(&values, "name", name);
    return sx_item_filled(pool, sx_calls.reason, &values);
}

const char *sx_explain_outcome_words(wmem_allocator_t *pool, const sx_call_outcome *call)
{
    /* A Reason that only repeats the final code says nothing more. */
    sx_kept_reason reason = call->reason;
    sx_template_values values = { { NULL }, { NULL }, 0 };
    const char *text = NULL;
    char code[96];
    wmem_strbuf_t *words;

    sx_format_code_name(code, sizeof code, call->final_code);
    sx_item_set_value(&values, "setup", sx_item_duration(pool, call->setup_seconds));
    sx_item_set_value(&values, "ring", sx_item_duration(pool, call->ring_seconds));
    sx_item_set_value(&values, "talk", sx_item_duration(pool, call->talk_seconds));
    sx_item_set_value(&values, "code", wmem_strdup(pool, code));
    sx_item_set_value(&values, "side", call->ended_by_callee ? sx_calls.callee : sx_calls.caller);
    switch (call->state) {
    case SX_CALL_UNKNOWN: return NULL;
    case SX_CALL_SETTING_UP: text = sx_calls.setting_up; break;
    case SX_CALL_NO_ANSWER:
        sx_item_set_value(&values, "seconds", sx_item_duration(pool, SX_TRANSACTION_TIMEOUT));
        text = sx_calls.no_answer;
        break;
    case SX_CALL_REJECTED: text = sx_calls.rejected; break;
    case SX_CALL_REDIRECTED: text = sx_calls.redirected; break;
    case SX_CALL_TERMINATED: text = sx_calls.terminated; break;
    case SX_CALL_CANCELLED:
        text = call->ring_seconds > 0 ? sx_calls.cancelled_ringing : sx_calls.cancelled;
        break;
    case SX_CALL_ANSWERED_ELSEWHERE: text = sx_calls.answered_elsewhere; break;
    case SX_CALL_ANSWERED: text = sx_calls.answered; break;
    case SX_CALL_ENDED:
        text = call->ack_timeout ? sx_calls.ended_ack_timeout
             : call->refresh_failed ? sx_calls.ended_refresh_failed : sx_calls.ended;
        if (call->refresh_failed)
            sx_item_set_value(&values, "refresh", wmem_strdup_printf(pool, "%u", call->refresh_failed));
        break;
    }
    words = wmem_strbuf_new(pool, sx_item_filled(pool, text, &values));
    if (call->state == SX_CALL_REDIRECTED && call->final_target.length) {
        sx_item_set_value(&values, "target",
                          sx_item_printable(pool, call->final_target.start,
                                            call->final_target.length, 80));
        wmem_strbuf_append(words, sx_item_filled(pool, sx_calls.redirected_to, &values));
    }
    if ((call->state == SX_CALL_REJECTED || call->state == SX_CALL_REDIRECTED ||
         call->state == SX_CALL_TERMINATED) && call->final_software.length) {
        sx_item_set_value(&values, "software",
                          sx_item_printable(pool, call->final_software.start,
                                            call->final_software.length, 64));
        wmem_strbuf_append(words, sx_item_filled(pool, sx_calls.rejected_by, &values));
    }
    if (call->state == SX_CALL_REJECTED && call->prack_timeout)
        wmem_strbuf_append(words, sx_calls.rejected_prack);
    if (reason.protocol == 1 && reason.cause == call->final_code && call->state != SX_CALL_ENDED)
        reason.protocol = 0;
    if (call->state != SX_CALL_ANSWERED_ELSEWHERE)
        wmem_strbuf_append(words, reason_words(pool, reason));
    if (call->state == SX_CALL_REDIRECTED && call->final_incomplete)
        wmem_strbuf_append(words, sx_calls.redirected_nowhere);
    if (call->state == SX_CALL_TERMINATED)
        wmem_strbuf_append(words, sx_calls.terminated_unseen);
    if (call->cancel_crossed)
        wmem_strbuf_append(words, sx_calls.cancel_crossed);
    return wmem_strbuf_finalize(words);
}

void sx_explain_call_words(const sx_call_outcome *call, char *out, size_t size)
{
    wmem_allocator_t *pool = wmem_allocator_new(WMEM_ALLOCATOR_SIMPLE);
    const char *words = sx_explain_outcome_words(pool, call);

    snprintf(out, size, "%s", words ? words : "");
    wmem_destroy_allocator(pool);
}

/*
 * The one verdict on a call, for the calls report and stats tree, and for
 * sipexplain.problem on the request that ends it. It agrees with that flag
 * on the messages: a 4xx-6xx final is a problem, a 3xx one only when it
 * names nowhere to go, a 487 never (a CANCEL asked for it, here or on
 * another leg); a call that timed out, lost its ACK or failed a refresh is
 * marked on its INVITE or BYE.
 */
gboolean sx_explain_call_failed(const sx_call_outcome *call)
{
    switch (call->state) {
    case SX_CALL_NO_ANSWER:
    case SX_CALL_REJECTED:
        return TRUE;
    /* RFC 3261 §8.1.3.4: the caller follows a redirect to its Contact; without one it cannot. */
    case SX_CALL_REDIRECTED:
        return call->final_incomplete;
    case SX_CALL_ENDED:
        return call->ack_timeout || call->refresh_failed;
    default:
        return FALSE;
    }
}

