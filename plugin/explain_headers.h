/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What a message's own headers say: its Reason and Warning values, the
 * headers that carry a response's answer (Min-Expires, Allow, Contact, the
 * challenge...), who sent it, and the reason phrase in the sender's words.
 */
#ifndef SIPEXPLAIN_EXPLAIN_HEADERS_H
#define SIPEXPLAIN_EXPLAIN_HEADERS_H

#include "exchange.h"
#include "explain_items.h"
#include "message_view.h"
#include "responses.h"

/* The subtrees of the Reason values; context, when given, says what they mean here. */
void sx_explain_reasons(const sx_output *out, proto_item *root, const sx_view *view,
                        unsigned code, const sx_text *context);

void sx_explain_warnings(const sx_output *out, proto_item *root, const sx_view *view);

/*
 * The headers that carry a response's answer, as items, and the steps of
 * "What to check" their values give, appended to steps (at most max in
 * all). Returns FALSE when one its RFC makes mandatory is missing or
 * unusable. notes: add the expert note for a malformed value.
 */
gboolean sx_explain_answers(const sx_output *out, proto_item *root, const sx_view *view,
                            const sx_message_record *record, const sx_response_info *info,
                            const char **steps, size_t *count, size_t max, gboolean notes);

/* Who sent a response, as far as it says: Server, User-Agent, a Warning agent... or NULL. */
const char *sx_explain_origin(wmem_allocator_t *pool, const sx_view *view,
                              const sx_message_record *record);

/* The reason phrase on the wire, when it says more than the registered one, or NULL. */
const char *sx_explain_sent_phrase(wmem_allocator_t *pool, const sx_view *view);

#endif
