/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The SIP messages of a frame, read from its bytes: the frame's protocol
 * layers say whether SIP's dissector took part, its data sources (the frame,
 * a reassembled TCP stream, decrypted TLS, unmasked WebSocket data...) hold
 * the messages. No protocol tree is needed, so Wireshark builds none for
 * sipexplain, and every pass reads the same messages.
 */
#ifndef SIPEXPLAIN_FRAME_MESSAGES_H
#define SIPEXPLAIN_FRAME_MESSAGES_H

#include <epan/packet.h>

#include "sip_message.h"

/* At most this many messages per frame are read; more are ignored. */
#define SX_FRAME_MESSAGES_MAX 16

typedef struct {
    tvbuff_t         *tvb;            /* the data source that holds it */
    const char       *data;           /* its bytes, for this dissection */
    const sx_message *message;
    gboolean          quoted_in_icmp; /* part of an ICMP error: never reached its peer */
} sx_frame_message;

/* Looks up the protocols it tests for; call once every protocol is registered. */
void sx_frame_messages_resolve(void);

/* Whether SIP's dissector took part in this frame: one list walk, no allocation. */
gboolean sx_frame_has_sip(packet_info *pinfo);

/* The SIP messages of the frame, in the order SIP dissected them, from pinfo->pool. */
unsigned sx_frame_messages(packet_info *pinfo, sx_frame_message **messages);

/* A header's value as a string from pool, or NULL when absent. */
const char *sx_frame_header(wmem_allocator_t *pool, const sx_message *message, sx_header_id id);

/* Every line of a header, joined with ", " as list headers are, or NULL. */
const char *sx_frame_header_joined(wmem_allocator_t *pool, const sx_message *message,
                                   sx_header_id id);

#endif
