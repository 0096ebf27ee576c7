/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Building the explanation of one message: its subtree under the SIP
 * layer, its expert items, its Info column text and what the taps report.
 * Short lines, the most useful first: what it means here and what to check,
 * then what the capture showed around it, then the reference texts.
 */
#ifndef SIPEXPLAIN_EXPLAIN_H
#define SIPEXPLAIN_EXPLAIN_H

#include <epan/packet.h>

#include "demand.h"
#include "exchange.h"
#include "message_view.h"

void sx_explain_response(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
                         const sx_view *view, const sx_message_record *record,
                         const sx_plan *plan);

/* A request gets a subtree only when there is something to say about it. */
void sx_explain_request(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
                        const sx_view *view, const sx_message_record *record,
                        const sx_plan *plan);

/* How a call ended, in words (sx_calls' templates), into out. */
void sx_explain_call_words(const sx_call_outcome *call, char *out, size_t size);

/* On the first pass: what a message's Reason headers tell the call's outcome. */
void sx_explain_note_reasons(const sx_view *view, const sx_message_record *record);

/* On the first pass: whether the final response to a call's INVITE can be acted on. */
void sx_explain_note_final(packet_info *pinfo, const sx_view *view,
                           const sx_message_record *record);

#endif
