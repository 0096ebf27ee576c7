/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What sipexplain reads of one SIP message to follow the exchange: the
 * transaction and dialog it belongs to, the credentials or challenge it
 * carries, what it does to a registration. Read from the message's bytes;
 * the spans point into the frame's data for this dissection only.
 */
#ifndef SIPEXPLAIN_MESSAGE_VIEW_H
#define SIPEXPLAIN_MESSAGE_VIEW_H

#include <epan/packet.h>

#include "frame_messages.h"

/* Realms of credentials kept per message; more are rare and not compared. */
#define SX_VIEW_REALMS 4

typedef struct {
    const sx_frame_message *frame;
    const sx_message *message;
    gboolean  is_response;
    unsigned  code;
    gboolean  has_cseq;          /* a CSeq header at all */
    gboolean  has_cseq_number;
    uint32_t  cseq;
    sx_span   method;            /* the CSeq method; length 0 when absent or not a token */
    sx_span   call_id;
    sx_span   from_tag;
    sx_span   to_tag;
    gboolean  has_to_tag;
    sx_span   phrase;            /* responses: the reason phrase as sent */
    sx_span   software;          /* responses: Server, else User-Agent; length 0 when neither */
    /* Requests: SX_SEEN_AUTHORIZATION, SX_SEEN_PROXY_AUTH, SX_SEEN_EMPTY_AUTH. */
    unsigned  credentials;
    uint32_t  realms[SX_VIEW_REALMS];  /* hashes of the realms credentials answer */
    unsigned  realm_count;
    /* 401/407: the challenge of the response itself. */
    gboolean  stale;
    uint32_t  challenge_realms[SX_VIEW_REALMS];
    unsigned  challenge_realm_count;
    gboolean  deregisters;       /* a REGISTER removing its bindings (RFC 3261 §10.2.2) */
    gboolean  has_rseq;          /* a reliable provisional (RFC 3262) */
    uint32_t  rseq;
    gboolean  has_rack;          /* a PRACK: which provisional it acknowledges */
    uint32_t  rack_rseq;
    uint32_t  rack_cseq;         /* ... by the CSeq number of its INVITE (RFC 3262 §7.2) */
    long long asked_expires;     /* requests: the expires asked for (Contact, else Expires), -1 */
    long long session_expires;   /* requests: Session-Expires, -1 when absent */
    /* Requests: headers a response may refuse (489 Event, 420 Require, 406 Accept). */
    sx_span   event, require, proxy_require, accept;
    uint64_t  bytes_hash;        /* of the whole message: copies have the same */
    size_t    length;
} sx_view;

/* Reads a message found in the frame. */
void sx_view_read(const sx_frame_message *frame, sx_view *view);

/* Whether a span holds exactly this method (methods are case-sensitive). */
gboolean sx_view_method_is(const sx_view *view, const char *method);

/* The method as a string from pool, or NULL. */
const char *sx_view_method(const sx_view *view, wmem_allocator_t *pool);

/* A 32-bit hash of a span, for realms and tags. */
uint32_t sx_span_hash(sx_span span);

/*
 * The URI of a name-addr or addr-spec value (From, To, one Contact
 * element): inside <...>, else up to its parameters; a span of the value.
 */
sx_span sx_view_uri(sx_span value);

#endif
