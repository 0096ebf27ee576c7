/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sipexplain's registered fields, subtrees and expert items, shared by the
 * registration (packet-sipexplain.c) and the tree building (explain_*.c).
 */
#ifndef SIPEXPLAIN_FIELDS_H
#define SIPEXPLAIN_FIELDS_H

#include <epan/packet.h>
#include <epan/expert.h>

typedef struct {
    int proto;
    /* A response */
    int summary, code, klass, phrase, method, problem, context, explanation, when, fix, rfc,
        sources, registered, treated_as, related, note;
    /* The exchange */
    int retransmission, duplicate, exchange, request, unanswered, call_outcome;
    /* What the response's own headers say */
    int header, origin, sent_phrase;
    /* Headers read from the message */
    int reason_protocol, reason_cause, reason_text, reason_location, reason_explanation,
        reason_mapping;
    int warning_code, warning_agent, warning_text, warning_explanation;
} sx_field_ids;

typedef struct {
    gint main, reason, warning, sentences, related;
} sx_subtree_ids;

/* Expert items, named by what they hold: Expert Information groups them so. */
typedef struct {
    expert_field provisional, success, redirect, client_normal, client_problem, server, global;
    expert_field invalid_code, no_method, cause_mismatch, malformed_header, too_many_values,
        quoted_in_icmp;
    expert_field duplicate, resent_final, unanswered, ack_missing, prack_missing,
        challenge_unanswered, ack_timeout_bye, retry_missing, ack_lost;
} sx_expert_ids;

extern sx_field_ids sx_hf;
extern sx_subtree_ids sx_ett;
extern sx_expert_ids sx_ei;

#endif
