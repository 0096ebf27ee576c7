/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What sipexplain reads of each SIP message of a frame, from its bytes (see
 * frame_messages.h): requests and responses in order, each with the headers
 * of its own message.
 */
#ifndef SIPEXPLAIN_SIP_FIELDS_H
#define SIPEXPLAIN_SIP_FIELDS_H

#include <epan/packet.h>

/* One SIP message as sipexplain reads it. */
typedef struct {
    gboolean    is_response;
    uint32_t    code;
    const char *method;        /* the CSeq method; NULL when absent */
    gboolean    has_cseq_seq;
    uint32_t    cseq_seq;
    const char *call_id;       /* NULL when absent */
    gboolean    has_to_tag;
    gboolean    has_credentials;
    gboolean    deregisters;   /* Expires 0, as a header or a Contact parameter */
    gboolean    resend;
    gboolean    quoted_in_icmp; /* part of an ICMP error, not a message on the wire */
    gboolean    nested;         /* the body of another message (message/sip) */
    int64_t     retry_after;   /* seconds, -1 when absent or not delta-seconds */
    const char *reason;        /* every Reason value, joined with ", "; NULL when none */
    const char *warning;       /* every Warning value, likewise */
} sx_sip_message;

/* The SIP messages of this frame, allocated from pinfo->pool; returns their count. */
unsigned sx_sip_fields_messages(packet_info *pinfo, sx_sip_message **messages);

#endif
