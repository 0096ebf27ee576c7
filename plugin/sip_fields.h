/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Reading the SIP dissector's fields out of a finished protocol tree: every
 * SIP message of the frame, each with the headers of its own message.
 */
#ifndef SIPEXPLAIN_SIP_FIELDS_H
#define SIPEXPLAIN_SIP_FIELDS_H

#include <epan/packet.h>

typedef enum {
    SX_SIP_MESSAGE,          /* "sip": one per SIP message, the others lie inside */
    SX_SIP_STATUS_CODE,
    SX_SIP_REQUEST_METHOD,
    SX_SIP_CSEQ_METHOD,
    SX_SIP_CSEQ_SEQ,
    SX_SIP_CALL_ID,
    SX_SIP_TO_TAG,
    SX_SIP_AUTHORIZATION,
    SX_SIP_PROXY_AUTHORIZATION,
    SX_SIP_EXPIRES,
    SX_SIP_CONTACT_PARAM,
    SX_SIP_RETRY_AFTER,
    SX_SIP_REASON,
    SX_SIP_WARNING,
    SX_SIP_RESEND,
    SX_SIP_BODY,             /* a message in another's body is not on the wire */
    SX_ICMP,                 /* a SIP message inside these was quoted by an ICMP error */
    SX_ICMPV6,
    SX_SIP_FIELD_COUNT
} sx_sip_field;

typedef struct {
    int id[SX_SIP_FIELD_COUNT];
} sx_sip_field_ids;

/* One SIP message as the SIP dissector read it. */
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

/* Looks the SIP fields up by name; call once every protocol is registered. */
void sx_sip_fields_resolve(sx_sip_field_ids *ids);

/*
 * The ids a post-dissector must ask for, all or only those the status code's
 * own explanation needs; NULL if a needed one is missing.
 */
GArray *sx_sip_fields_wanted(const sx_sip_field_ids *ids, gboolean code_only);

/*
 * Marks the SIP fields as referenced without asking Wireshark for a tree:
 * whenever a tree is built anyway, they are kept in it (until the tree is
 * reset after a frame that held them).
 */
void sx_sip_fields_prime(const sx_sip_field_ids *ids);

/* How sx_sip_fields_messages reads the tree. */
enum {
    SX_READ_CODE_ONLY = 1 << 0,  /* only the fields wanted with code_only */
    SX_READ_WALK_TREE = 1 << 1,  /* find the fields by walking a visible tree, not primed */
};

/*
 * The SIP messages of this frame's tree, requests and responses in order,
 * allocated from pool; returns their count. how: SX_READ_* flags.
 */
unsigned sx_sip_fields_messages(proto_tree *tree, const sx_sip_field_ids *ids,
                                wmem_allocator_t *pool, unsigned how,
                                sx_sip_message **messages);

#endif
