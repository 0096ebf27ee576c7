/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "call_state.h"
#include "frame_messages.h"
#include "sip_fields.h"
#include "sip_headers.h"

static const char *span_string(wmem_allocator_t *pool, sx_span span)
{
    return span.length ? wmem_strndup(pool, span.start, span.length) : NULL;
}

/* Whether any Contact value has the parameter expires=0. */
static gboolean contact_expires_zero(const sx_message *message)
{
    for (const sx_header_field *field = sx_header_first(message, SX_H_CONTACT); field;
         field = sx_header_next(message, field)) {
        sx_span value;
        if (sx_find_param(field->value, "expires", &value) && sx_span_is(value, "0"))
            return TRUE;
    }
    return FALSE;
}

static void read_message(packet_info *pinfo, const sx_frame_message *frame, sx_sip_message *sip)
{
    const sx_message *message = frame->message;
    const sx_header_field *field;
    wmem_allocator_t *pool = pinfo->pool;

    memset(sip, 0, sizeof *sip);
    sip->is_response = message->is_response;
    sip->code = message->code;
    sip->quoted_in_icmp = frame->quoted_in_icmp;
    sip->retry_after = -1;
    if ((field = sx_header_first(message, SX_H_CSEQ)) != NULL) {
        sx_cseq cseq = sx_parse_cseq(field->value);
        sip->method = span_string(pool, cseq.method);
        sip->has_cseq_seq = cseq.has_number;
        sip->cseq_seq = cseq.number;
    }
    if ((field = sx_header_first(message, SX_H_CALL_ID)) != NULL)
        sip->call_id = span_string(pool, field->value);
    if ((field = sx_header_first(message, SX_H_TO)) != NULL)
        sip->has_to_tag = sx_find_param(field->value, "tag", NULL);
    sip->has_credentials = sx_header_first(message, SX_H_AUTHORIZATION) != NULL ||
                           sx_header_first(message, SX_H_PROXY_AUTHORIZATION) != NULL;
    if ((field = sx_header_first(message, SX_H_EXPIRES)) != NULL)
        sip->deregisters = sx_parse_number(field->value) == 0;
    sip->deregisters |= contact_expires_zero(message);
    if ((field = sx_header_first(message, SX_H_RETRY_AFTER)) != NULL)
        sip->retry_after = sx_parse_retry_after(wmem_strndup(pool, field->value.start,
                                                             field->value.length));
    sip->reason = sx_frame_header_joined(pool, message, SX_H_REASON);
    sip->warning = sx_frame_header_joined(pool, message, SX_H_WARNING);
}

unsigned sx_sip_fields_messages(packet_info *pinfo, sx_sip_message **messages)
{
    sx_frame_message *frame;
    unsigned count = sx_frame_messages(pinfo, &frame);
    sx_sip_message *result;

    *messages = NULL;
    if (count == 0)
        return 0;
    result = wmem_alloc_array(pinfo->pool, sx_sip_message, count);
    for (unsigned i = 0; i < count; i++) {
        read_message(pinfo, &frame[i], &result[i]);
        result[i].resend = sx_call_state_resent(pinfo, &result[i]);
    }
    *messages = result;
    return count;
}
