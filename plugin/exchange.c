/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <math.h>
#include <string.h>

#include <epan/packet.h>

#include "context.h"
#include "exchange.h"

/*
 * Responses of one transaction kept apart by code, To tag and RSeq: a fork
 * answering with another To tag, or a new reliable provisional, is not a
 * copy. Four cover 100, 180, 183 and a final; a fifth kind is not followed.
 */
#define KINDS_PER_TRANSACTION 4

/* Seconds after a challenge within which a client resends with credentials. */
#define CHALLENGE_PATIENCE (8 * SX_T1_SECONDS)
/* ... and after a 491, whose retry may wait up to 4 s (RFC 3261 §14.1). */
#define RETRY_PATIENCE (10 * SX_T1_SECONDS)

typedef struct {
    uint16_t code;
    uint32_t to_tag;
    uint32_t rseq;
    uint64_t hash;
    uint32_t first_frame, last_frame;
    double   first_time, last_time;
    uint16_t copies;
} response_kind;

typedef enum {
    METHOD_OTHER, METHOD_INVITE, METHOD_ACK, METHOD_CANCEL, METHOD_BYE, METHOD_REGISTER,
    METHOD_PRACK, METHOD_SUBSCRIBE, METHOD_UPDATE, METHOD_PUBLISH, METHOD_KINDS
} method_kind;

/* Request headers a response may refuse; kept only when the request has any. */
struct asked_headers {
    sx_span event, require, proxy_require, accept;
};

struct sx_transaction {
    guint64        key;
    sx_call       *call;
    uint8_t        method;          /* method_kind */
    uint8_t        kind_count;
    uint16_t       request_copies;  /* the request's copies, duplicates apart */
    uint32_t       cseq;
    guint64        invite_key;      /* an ACK: its INVITE's transaction */
    unsigned       seen;            /* SX_SEEN_* the request and its CANCEL gave */
    uint32_t       realms[SX_VIEW_REALMS];
    uint8_t        realm_count;
    uint32_t       request_frame, last_request_frame;
    double         request_time, last_request_time;
    uint64_t       request_hash;
    uint32_t       provisional_source;  /* who sent the first 1xx */
    uint32_t       provisional_target;  /* ... and to whom: the same client, on the same leg */
    uint32_t       provisional_frame;
    int64_t        asked_expires, session_expires;  /* what the request asked for, -1 */
    struct asked_headers *asked;    /* NULL unless the request had one of them */
    uint32_t       final_frame;
    uint16_t       final_code;
    double         final_time;
    uint32_t       ack_frame, prack_frame, cancel_frame, cancel_final_frame;
    double         ack_time, prack_time;
    uint16_t       copies_after_ack;  /* 2xx copies sent after the ACK was seen: it was lost */
    uint16_t       copies_after_prack;/* reliable 1xx copies after the PRACK: it was lost */
    response_kind  kinds[KINDS_PER_TRANSACTION];
};

/* One end of a dialog: what it sent last. */
typedef struct {
    uint32_t        tag;             /* its From tag, hashed; 0 when the slot is free */
    uint32_t        max_cseq;
    gboolean        has_cseq;
    sx_transaction *pending_invite;  /* its last INVITE inside the dialog */
} call_side;

struct sx_call {
    guint64         key;             /* the Call-ID */
    size_t          index;           /* in the order calls started */
    uint32_t        caller_tag;      /* From tag of the initial INVITE */
    sx_transaction *invite;          /* the initial INVITE */
    double          invite_time;
    uint32_t        ring_frame;
    double          ring_time;
    uint32_t        final_frame;
    uint16_t        final_code;
    double          final_time;
    sx_span         final_software;  /* a 3xx-6xx's Server or User-Agent (bounded) */
    sx_span         final_target;    /* a 3xx's first Contact URI (bounded) */
    gboolean        final_incomplete;/* the final lacks a header its RFC makes mandatory */
    uint32_t        cancel_frame;
    double          cancel_time;
    uint32_t        bye_frame;
    double          bye_time;
    gboolean        bye_from_callee;
    gboolean        bye_after_ack_timeout;
    uint32_t        bye_answered_frame;   /* a 2xx to a BYE: the dialog is over */
    uint32_t        credentials_cseq;     /* the highest CSeq sent with credentials */
    gboolean        has_credentials_cseq;
    uint32_t        max_cseq[METHOD_KINDS];  /* the highest CSeq sent, by method */
    uint16_t        refresh_failed_code;     /* 408 or 481 to a re-INVITE or UPDATE */
    uint32_t        refused_realm;           /* the realm a 401/407 last refused, 0 when none */
    uint32_t        refused_frame;
    call_side       sides[2];                /* the two ends of the dialog, by From tag */
    sx_kept_reason  final_reason, cancel_reason, bye_reason, early_reason;
};

static wmem_map_t *transactions;
static wmem_map_t *calls;
static wmem_array_t *call_order;
static double last_time;            /* the latest frame seen: the capture's end so far */

static guint key_hash(gconstpointer entry)
{
    guint64 key = *(const guint64 *)entry;
    return (guint)(key ^ (key >> 32));
}

static gboolean key_equal(gconstpointer a, gconstpointer b)
{
    return *(const guint64 *)a == *(const guint64 *)b;
}

static void exchange_init(void)
{
    call_order = wmem_array_new(wmem_file_scope(), sizeof(sx_call *));
    last_time = 0;
}

void sx_exchange_register(void)
{
    transactions = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), key_hash,
                                          key_equal);
    calls = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), key_hash, key_equal);
    register_init_routine(exchange_init);
}

static method_kind method_of(const sx_view *view)
{
    static const struct { const char *name; method_kind kind; } known[] = {
        { "INVITE", METHOD_INVITE }, { "ACK", METHOD_ACK }, { "CANCEL", METHOD_CANCEL },
        { "BYE", METHOD_BYE }, { "REGISTER", METHOD_REGISTER }, { "PRACK", METHOD_PRACK },
        { "SUBSCRIBE", METHOD_SUBSCRIBE }, { "UPDATE", METHOD_UPDATE },
        { "PUBLISH", METHOD_PUBLISH },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(known); i++) {
        if (sx_view_method_is(view, known[i].name))
            return known[i].kind;
    }
    return METHOD_OTHER;
}

static double seconds_of(const packet_info *pinfo)
{
    return (double)pinfo->abs_ts.secs + pinfo->abs_ts.nsecs / 1e9;
}

/* One key per Call-ID, CSeq number and method; a separator no part holds. */
static guint64 transaction_key(const sx_view *view, uint32_t cseq, const char *method,
                               size_t method_length)
{
    uint64_t hash = sx_hash_bytes(SX_HASH_START, view->call_id.start, view->call_id.length);

    hash = sx_hash_bytes(hash, "\n", 1);
    hash = sx_hash_bytes(hash, &cseq, sizeof cseq);
    return sx_hash_bytes(hash, method, method_length);
}

static sx_call *call_of(const sx_view *view, gboolean create)
{
    guint64 key = sx_hash_bytes(SX_HASH_START, view->call_id.start, view->call_id.length);
    sx_call *call = (sx_call *)wmem_map_lookup(calls, &key);

    if (call == NULL && create) {
        call = wmem_new0(wmem_file_scope(), sx_call);
        call->key = key;
        call->index = wmem_array_get_count(call_order);
        wmem_array_append_one(call_order, call);
        wmem_map_insert(calls, &call->key, call);
    }
    return call;
}

static sx_span keep_span(sx_span value)
{
    sx_span kept = { NULL, MIN(value.length, SX_ASKED_VALUE_MAX) };

    if (kept.length)
        kept.start = (const char *)wmem_memdup(wmem_file_scope(), value.start, kept.length);
    return kept;
}

/* The request's headers a response may refuse, in file memory only when present. */
static struct asked_headers *keep_asked_headers(const sx_view *view)
{
    struct asked_headers *asked;

    if (!view->event.length && !view->require.length && !view->proxy_require.length &&
        !view->accept.length)
        return NULL;
    asked = wmem_new(wmem_file_scope(), struct asked_headers);
    asked->event = keep_span(view->event);
    asked->require = keep_span(view->require);
    asked->proxy_require = keep_span(view->proxy_require);
    asked->accept = keep_span(view->accept);
    return asked;
}

static sx_transaction *transaction_of(const sx_view *view, const char *method,
                                      size_t method_length, gboolean create)
{
    guint64 key = transaction_key(view, view->cseq, method, method_length);
    sx_transaction *transaction = (sx_transaction *)wmem_map_lookup(transactions, &key);

    if (transaction == NULL && create) {
        transaction = wmem_new0(wmem_file_scope(), sx_transaction);
        transaction->key = key;
        transaction->cseq = view->cseq;
        transaction->call = call_of(view, TRUE);
        wmem_map_insert(transactions, &transaction->key, transaction);
    }
    return transaction;
}

/* Who sent a message: its source address and port. */
static uint32_t endpoint_of(const address *where, uint32_t port)
{
    uint64_t hash = sx_hash_bytes(SX_HASH_START, where->data, (size_t)where->len);
    hash = sx_hash_bytes(hash, &port, sizeof port);
    return (uint32_t)(hash ^ (hash >> 32));
}

static uint32_t source_of(const packet_info *pinfo)
{
    return endpoint_of(&pinfo->src, pinfo->srcport);
}

static uint32_t target_of(const packet_info *pinfo)
{
    return endpoint_of(&pinfo->dst, pinfo->destport);
}

static void copy_of(sx_message_record *record, uint32_t last_frame_of_kind, double now,
                    uint32_t first_frame, double first_time, double last_time_of_kind,
                    uint64_t last_hash, uint64_t hash, uint16_t *copies)
{
    record->first_frame = first_frame;
    /* A capture out of time order can stamp a copy before its first: say 0 ms. */
    record->since_first_ms = now <= first_time
                                 ? 0
                                 : (uint32_t)MIN((now - first_time) * 1000 + 0.5, (double)UINT32_MAX);
    if (hash == last_hash && fabs(now - last_time_of_kind) < SX_DUPLICATE_WINDOW) {
        record->copy_kind = SX_COPY_DUPLICATE;
        record->copy = *copies;
        record->duplicate_of = last_frame_of_kind;
        record->duplicate_us = (uint32_t)(fabs(now - last_time_of_kind) * 1e6 + 0.5);
        return;
    }
    if (*copies < UINT16_MAX)
        (*copies)++;
    record->copy_kind = SX_COPY_RETRANSMISSION;
    record->copy = *copies;
}

static call_side *side_of(sx_call *call, uint32_t tag)
{
    for (unsigned i = 0; i < G_N_ELEMENTS(call->sides); i++) {
        if (call->sides[i].tag == tag)
            return &call->sides[i];
        if (call->sides[i].tag == 0) {
            call->sides[i].tag = tag;
            return &call->sides[i];
        }
    }
    return NULL;   /* a third tag: a fork; not followed */
}

/*
 * Each side raises CSeq with every new request (RFC 3261 §12.2.1.1) and
 * has one INVITE in progress at a time (§14.1); credentials a challenge
 * refused are not to be sent again (§22.1).
 */
static void note_order(sx_call *call, const sx_view *view, method_kind method,
                       sx_transaction *transaction, sx_message_record *record)
{
    call_side *side = side_of(call, sx_span_hash(view->from_tag) | 1u);

    if (call->refused_realm && (view->credentials & (SX_SEEN_AUTHORIZATION | SX_SEEN_PROXY_AUTH))) {
        for (unsigned r = 0; r < view->realm_count; r++) {
            if (view->realms[r] == call->refused_realm) {
                record->facts |= SX_REQUEST_AFTER_REFUSAL;
                record->other_frame = call->refused_frame;
                call->refused_realm = 0;
                break;
            }
        }
    }
    if (side == NULL || method == METHOD_ACK || method == METHOD_CANCEL)
        return;
    if (view->has_to_tag && side->has_cseq && view->cseq < side->max_cseq) {
        record->facts |= SX_REQUEST_OUT_OF_ORDER;
        record->other_cseq = side->max_cseq;
    }
    if (method == METHOD_INVITE && view->has_to_tag) {
        sx_transaction *pending = side->pending_invite;
        if (pending && pending != transaction && pending->final_frame == 0 &&
            pending->request_frame) {
            record->facts |= SX_REQUEST_OVERLAPPING;
            record->other_frame = pending->request_frame;
        }
        side->pending_invite = transaction;
    }
    if (!side->has_cseq || view->cseq > side->max_cseq)
        side->max_cseq = view->cseq;
    side->has_cseq = TRUE;
}

/*
 * Whether the UAS did not get the ACK of its final response: it resent the
 * response and no ACK came, or a 2xx kept coming after the ACK was sent.
 */
static gboolean ack_not_received(const sx_transaction *transaction, gboolean two_xx)
{
    if (two_xx && transaction->copies_after_ack)
        return TRUE;
    if (transaction->ack_frame)
        return FALSE;
    for (unsigned k = 0; k < transaction->kind_count; k++) {
        const response_kind *kind = &transaction->kinds[k];
        gboolean is_2xx = kind->code >= 200 && kind->code < 300;
        if (kind->code >= 200 && is_2xx == two_xx && kind->copies > 1)
            return TRUE;
    }
    return FALSE;
}

static void note_request(packet_info *pinfo, const sx_view *view, sx_message_record *record,
                         double now)
{
    method_kind method = method_of(view);
    sx_transaction *transaction;
    sx_call *call;

    /* An ACK or CANCEL belongs to its INVITE, and has a transaction of its own too. */
    if (method == METHOD_ACK || method == METHOD_CANCEL) {
        sx_transaction *invite = transaction_of(view, "INVITE", 6, FALSE);
        if (invite && method == METHOD_ACK && invite->ack_frame == 0) {
            invite->ack_frame = pinfo->num;
            invite->ack_time = now;
        }
        if (invite && method == METHOD_CANCEL) {
            if (invite->cancel_frame == 0)
                invite->cancel_frame = pinfo->num;
            invite->seen |= SX_SEEN_CANCEL;
            if (invite->call && invite->call->invite == invite && invite->call->cancel_frame == 0) {
                invite->call->cancel_frame = pinfo->num;
                invite->call->cancel_time = now;
            }
        }
    }
    if (method == METHOD_PRACK && view->has_rack) {
        /* RAck names the INVITE by its CSeq number and method (RFC 3262 §7.2). */
        guint64 key = transaction_key(view, view->rack_cseq, "INVITE", 6);
        sx_transaction *invite = (sx_transaction *)wmem_map_lookup(transactions, &key);
        if (invite && invite->prack_frame == 0) {
            invite->prack_frame = pinfo->num;
            invite->prack_time = now;
        }
    }
    transaction = transaction_of(view, view->method.start, view->method.length, TRUE);
    transaction->method = (uint8_t)method;
    if (method == METHOD_ACK)
        transaction->invite_key = transaction_key(view, view->cseq, "INVITE", 6);
    else if (method == METHOD_PRACK && view->has_rack)
        transaction->invite_key = transaction_key(view, view->rack_cseq, "INVITE", 6);
    call = transaction->call;
    record->transaction = transaction;
    transaction->asked_expires = view->asked_expires;
    transaction->session_expires = view->session_expires;
    if (transaction->request_frame == 0)
        transaction->asked = keep_asked_headers(view);
    if (transaction->request_frame == 0) {
        transaction->request_frame = transaction->last_request_frame = pinfo->num;
        transaction->request_time = transaction->last_request_time = now;
        transaction->request_hash = view->bytes_hash;
        transaction->request_copies = 1;
        record->copy_kind = SX_COPY_FIRST;
        record->copy = 1;
        record->first_frame = pinfo->num;
    } else {
        copy_of(record, transaction->last_request_frame, now, transaction->request_frame,
                transaction->request_time,
                transaction->last_request_time, transaction->request_hash, view->bytes_hash,
                &transaction->request_copies);
        transaction->last_request_frame = pinfo->num;
        transaction->last_request_time = now;
        transaction->request_hash = view->bytes_hash;
    }
    transaction->seen |= SX_SEEN_REQUEST | view->credentials;
    if (view->has_to_tag)
        transaction->seen |= SX_SEEN_IN_DIALOG;
    if (view->deregisters)
        transaction->seen |= SX_SEEN_DEREGISTER;
    memcpy(transaction->realms, view->realms, sizeof transaction->realms);
    transaction->realm_count = (uint8_t)view->realm_count;
    if ((view->credentials & (SX_SEEN_AUTHORIZATION | SX_SEEN_PROXY_AUTH)) &&
        (!call->has_credentials_cseq || view->cseq > call->credentials_cseq)) {
        call->credentials_cseq = view->cseq;
        call->has_credentials_cseq = TRUE;
    }
    if (view->cseq > call->max_cseq[method])
        call->max_cseq[method] = view->cseq;
    if (record->copy_kind == SX_COPY_FIRST)
        note_order(call, view, method, transaction, record);
    if (method == METHOD_INVITE && !view->has_to_tag && record->copy_kind == SX_COPY_FIRST &&
        (call->invite == NULL ||
         (call->invite != transaction && call->final_code >= 300 && view->cseq > call->invite->cseq))) {
        /*
         * The call's INVITE; one sent again with a higher CSeq after a
         * challenge or a failure is the same call's next attempt.
         */
        gboolean first_attempt = call->invite == NULL;
        call->invite = transaction;
        call->ring_frame = call->final_frame = call->cancel_frame = 0;
        call->final_code = 0;
        call->final_software.length = 0;
        call->final_target.length = 0;
        call->final_incomplete = FALSE;
        memset(&call->final_reason, 0, sizeof call->final_reason);
        memset(&call->cancel_reason, 0, sizeof call->cancel_reason);
        memset(&call->early_reason, 0, sizeof call->early_reason);
        if (first_attempt) {
            call->invite_time = now;
            call->caller_tag = sx_span_hash(view->from_tag);
            record->facts |= SX_REQUEST_STARTS_CALL;
        }
    }
    if (method == METHOD_BYE && call->invite && record->copy_kind == SX_COPY_FIRST &&
        call->bye_frame == 0) {
        sx_transaction *invite = call->invite;
        call->bye_frame = pinfo->num;
        call->bye_time = now;
        call->bye_from_callee = sx_span_hash(view->from_tag) != call->caller_tag;
        record->facts |= SX_REQUEST_ENDS_CALL;
        if (call->bye_from_callee)
            record->facts |= SX_REQUEST_FROM_CALLEE;
        /* RFC 3261 §13.3.1.4: a UAS that resent its 2xx for 64*T1 without ACK ends the call. */
        if (call->bye_from_callee && ack_not_received(invite, TRUE)) {
            call->bye_after_ack_timeout = TRUE;
            record->facts |= SX_REQUEST_AFTER_ACK_TIMEOUT;
            transaction->seen |= SX_SEEN_ACK_TIMEOUT_BYE;
        }
        /* §12.2.1.2: a 408 or 481 to a request inside the dialog ends it. */
        if (call->refresh_failed_code)
            record->facts |= SX_REQUEST_AFTER_FAILED_REFRESH;
    }
    if (method == METHOD_CANCEL && call->invite && call->invite->cseq == view->cseq &&
        record->copy_kind == SX_COPY_FIRST && call->final_frame == 0)
        record->facts |= SX_REQUEST_ENDS_CALL;
}

/* Whether the challenge asks again for a realm the request answered. */
static gboolean realm_answered(const sx_transaction *transaction, const sx_view *view)
{
    for (unsigned c = 0; c < view->challenge_realm_count; c++) {
        for (unsigned r = 0; r < transaction->realm_count; r++) {
            if (transaction->realms[r] == view->challenge_realms[c])
                return TRUE;
        }
    }
    return FALSE;
}

/* The URI of the first Contact element; length 0 when there is none. */
static sx_span first_contact(const sx_view *view)
{
    const sx_header_field *field = sx_header_first(view->message, SX_H_CONTACT);
    sx_span element = { NULL, 0 };
    size_t position = 0;

    if (field == NULL || !sx_next_element(field->value, &position, &element))
        return element;
    return sx_view_uri(element);
}

static response_kind *kind_of(sx_transaction *transaction, const sx_view *view)
{
    uint32_t to_tag = sx_span_hash(view->to_tag);
    uint32_t rseq = view->has_rseq ? view->rseq : 0;

    for (unsigned k = 0; k < transaction->kind_count; k++) {
        response_kind *kind = &transaction->kinds[k];
        if (kind->code == view->code && kind->to_tag == to_tag && kind->rseq == rseq)
            return kind;
    }
    return NULL;
}

static void note_response(packet_info *pinfo, const sx_view *view, sx_message_record *record,
                          double now)
{
    sx_transaction *transaction = transaction_of(view, view->method.start, view->method.length,
                                                 TRUE);
    sx_call *call = transaction->call;
    response_kind *kind;
    unsigned seen;

    record->transaction = transaction;
    seen = transaction->seen;
    if (transaction->cancel_final_frame)
        seen |= SX_SEEN_CANCEL_ANSWERED;
    if (call->bye_answered_frame)
        seen |= SX_SEEN_DIALOG_ENDED;
    if (view->stale)
        seen |= SX_SEEN_STALE;
    if (realm_answered(transaction, view))
        seen |= SX_SEEN_REALM_ANSWERED;
    if (view->has_rseq)
        seen |= SX_SEEN_RELIABLE;
    seen |= sx_phrase_flags(view->phrase.start, view->phrase.length);
    record->seen = seen;
    /* A challenge for the realm the credentials answered, without stale: they were refused. */
    if ((view->code == 401 || view->code == 407) && (seen & SX_SEEN_REALM_ANSWERED) &&
        !(seen & (SX_SEEN_STALE | SX_SEEN_PHRASE_NONCE)) && view->challenge_realm_count) {
        call->refused_realm = view->challenge_realms[0];
        call->refused_frame = pinfo->num;
    }

    /* Copies: the same code, To tag and RSeq again. */
    kind = kind_of(transaction, view);
    if (kind == NULL) {
        record->copy_kind = SX_COPY_FIRST;
        record->copy = 1;
        record->first_frame = pinfo->num;
        if (transaction->kind_count < KINDS_PER_TRANSACTION) {
            kind = &transaction->kinds[transaction->kind_count++];
            kind->code = (uint16_t)view->code;
            kind->to_tag = sx_span_hash(view->to_tag);
            kind->rseq = view->has_rseq ? view->rseq : 0;
            kind->hash = view->bytes_hash;
            kind->first_frame = kind->last_frame = pinfo->num;
            kind->first_time = kind->last_time = now;
            kind->copies = 1;
        }
    } else {
        copy_of(record, kind->last_frame, now, kind->first_frame, kind->first_time, kind->last_time,
                kind->hash, view->bytes_hash, &kind->copies);
        kind->last_frame = pinfo->num;
        kind->last_time = now;
        kind->hash = view->bytes_hash;
    }
    if (record->copy_kind == SX_COPY_DUPLICATE)
        return;
    if (record->copy_kind == SX_COPY_RETRANSMISSION && transaction->method == METHOD_INVITE &&
        view->code >= 200 && view->code < 300 && transaction->ack_frame &&
        now > transaction->ack_time + SX_DUPLICATE_WINDOW && transaction->copies_after_ack < UINT16_MAX)
        transaction->copies_after_ack++;
    if (record->copy_kind == SX_COPY_RETRANSMISSION && transaction->method == METHOD_INVITE &&
        view->has_rseq && transaction->prack_frame &&
        now > transaction->prack_time + SX_DUPLICATE_WINDOW && transaction->copies_after_prack < UINT16_MAX)
        transaction->copies_after_prack++;
    if ((view->code == 408 || view->code == 481) && (transaction->seen & SX_SEEN_IN_DIALOG) &&
        (transaction->method == METHOD_INVITE || transaction->method == METHOD_UPDATE) &&
        call->refresh_failed_code == 0)
        call->refresh_failed_code = (uint16_t)view->code;

    if (view->code < 200) {
        if (transaction->provisional_source == 0) {
            transaction->provisional_source = source_of(pinfo);
            transaction->provisional_target = target_of(pinfo);
            transaction->provisional_frame = pinfo->num;
        }
    } else if (transaction->provisional_source && transaction->provisional_source != source_of(pinfo) &&
               transaction->provisional_target == target_of(pinfo)) {
        /* The same client got its 1xx from one host and its final from another. */
        record->facts |= SX_RESPONSE_OTHER_SENDER;
    }
    if (view->code >= 200 && transaction->final_frame == 0) {
        transaction->final_frame = pinfo->num;
        transaction->final_code = (uint16_t)view->code;
        transaction->final_time = now;
    }
    switch (transaction->method) {
    case METHOD_INVITE:
        if (call->invite != transaction)
            break;
        if (view->code >= 180 && view->code < 200 && call->ring_frame == 0) {
            call->ring_frame = pinfo->num;
            call->ring_time = now;
        }
        if (view->code >= 200 && call->final_frame == 0) {
            call->final_frame = pinfo->num;
            call->final_code = (uint16_t)view->code;
            call->final_time = now;
            if (view->code >= 300)
                call->final_software = keep_span(view->software);
            /* RFC 3261 §8.1.3.4: a redirect's Contact is where the caller tries next. */
            if (view->code >= 300 && view->code < 400)
                call->final_target = keep_span(first_contact(view));
            record->facts |= SX_RESPONSE_ENDS_SETUP;
        }
        break;
    case METHOD_CANCEL: {
        sx_transaction *invite = transaction_of(view, "INVITE", 6, FALSE);
        if (invite && view->code >= 200 && invite->cancel_final_frame == 0)
            invite->cancel_final_frame = pinfo->num;
        break;
    }
    case METHOD_BYE:
        if (view->code >= 200 && view->code < 300 && call->bye_answered_frame == 0)
            call->bye_answered_frame = pinfo->num;
        break;
    default:
        break;
    }
}

void sx_exchange_note(packet_info *pinfo, const sx_view *view, sx_message_record *record)
{
    double now = seconds_of(pinfo);

    memset(record, 0, sizeof *record);
    record->copy = 1;
    record->first_frame = pinfo->num;
    if (now > last_time)
        last_time = now;
    if (!view->has_cseq) {
        record->seen = SX_SEEN_NO_CSEQ | sx_phrase_flags(view->phrase.start, view->phrase.length);
        return;
    }
    /* Without Call-ID, CSeq number and method a message belongs to nothing it can be told from. */
    if (view->call_id.length == 0 || !view->has_cseq_number || view->method.length == 0) {
        record->seen = sx_phrase_flags(view->phrase.start, view->phrase.length);
        return;
    }
    if (view->is_response)
        note_response(pinfo, view, record, now);
    else
        note_request(pinfo, view, record, now);
}

void sx_exchange_note_incomplete_final(const sx_message_record *record)
{
    sx_call *call = record->transaction ? record->transaction->call : NULL;

    if (call && call->invite == record->transaction && (record->facts & SX_RESPONSE_ENDS_SETUP))
        call->final_incomplete = TRUE;
}

void sx_exchange_note_reason(const sx_message_record *record, gboolean is_response,
                             unsigned code, const char *method, sx_kept_reason reason)
{
    sx_call *call;

    if (record->transaction == NULL || reason.protocol == 0)
        return;
    call = record->transaction->call;
    if (call == NULL || call->invite == NULL)
        return;
    if (is_response) {
        if (record->transaction != call->invite)
            return;
        if (code >= 200 && call->final_reason.protocol == 0)
            call->final_reason = reason;
        else if (code < 200 && call->early_reason.protocol == 0)
            call->early_reason = reason;
    } else if (method && strcmp(method, "CANCEL") == 0 && call->cancel_reason.protocol == 0) {
        call->cancel_reason = reason;
    } else if (method && strcmp(method, "BYE") == 0 && call->bye_reason.protocol == 0) {
        call->bye_reason = reason;
    }
}

/* A reliable provisional resent with no PRACK, or resent after the PRACK (it was lost). */
static gboolean reliable_unacknowledged(const sx_transaction *transaction)
{
    if (transaction->copies_after_prack > 0)
        return TRUE;
    for (unsigned k = 0; k < transaction->kind_count && transaction->prack_frame == 0; k++) {
        if (transaction->kinds[k].rseq && transaction->kinds[k].copies > 1)
            return TRUE;
    }
    return FALSE;
}

void sx_exchange_transaction_outcome(const sx_message_record *record, unsigned code,
                                     sx_transaction_outcome *outcome)
{
    const sx_transaction *transaction = record->transaction;

    memset(outcome, 0, sizeof *outcome);
    if (transaction == NULL)
        return;
    outcome->copies = transaction->request_copies;
    for (unsigned k = 0; k < transaction->kind_count; k++) {
        if (transaction->kinds[k].code == code)
            outcome->final_copies = transaction->kinds[k].copies;
    }
    if (transaction->request_frame && transaction->final_frame == 0) {
        /* An INVITE that got a provisional waits for its final without a timer (§17.1.1.2). */
        gboolean provisional = transaction->kind_count > 0;
        if (!(transaction->method == METHOD_INVITE && provisional) &&
            transaction->method != METHOD_ACK) {
            double waited = last_time - transaction->request_time;
            outcome->waiting = waited >= SX_TRANSACTION_TIMEOUT ? SX_WAITING_TIMED_OUT
                                                                 : SX_WAITING_AT_END;
            outcome->seconds = transaction->last_request_time - transaction->request_time;
            if (outcome->waiting == SX_WAITING_AT_END)
                outcome->seconds = waited;
        }
    }
    if (transaction->method == METHOD_INVITE && code >= 200)
        outcome->ack_missing = ack_not_received(transaction, code < 300);
    if (transaction->method == METHOD_INVITE && code > 100 && code < 200)
        outcome->prack_missing = reliable_unacknowledged(transaction);
    if (transaction->method == METHOD_INVITE && code >= 300)
        outcome->final_after_prack_missing = reliable_unacknowledged(transaction);
    /* A client answers a challenge at once; give it a few T1 before saying it did not. */
    if (transaction->method == METHOD_ACK || transaction->method == METHOD_PRACK) {
        guint64 key = transaction->invite_key;
        const sx_transaction *invite = (const sx_transaction *)wmem_map_lookup(transactions, &key);
        if (transaction->method == METHOD_ACK)
            outcome->ack_lost = invite && invite->copies_after_ack > 0;
        else
            outcome->prack_lost = invite && invite->copies_after_prack > 0;
    }
    if (transaction->call && transaction->method < METHOD_KINDS) {
        outcome->retried = transaction->call->max_cseq[transaction->method] > transaction->cseq;
        outcome->retry_overdue = !outcome->retried && transaction->final_frame &&
                                 last_time - transaction->final_time >= RETRY_PATIENCE;
    }
    if ((record->facts & SX_REQUEST_AFTER_FAILED_REFRESH) && transaction->call)
        outcome->refresh_failed_code = transaction->call->refresh_failed_code;
    if ((code == 401 || code == 407) && transaction->call && transaction->final_frame &&
        last_time - transaction->final_time >= CHALLENGE_PATIENCE) {
        const sx_call *call = transaction->call;
        outcome->challenge_unanswered = !call->has_credentials_cseq ||
                                        call->credentials_cseq <= transaction->cseq;
    }
}

static void call_outcome(const sx_call *call, sx_call_outcome *outcome)
{
    const sx_transaction *invite = call->invite;

    memset(outcome, 0, sizeof *outcome);
    if (invite == NULL) {
        outcome->state = SX_CALL_UNKNOWN;
        return;
    }
    outcome->invite_frame = invite->request_frame;
    outcome->start_time = call->invite_time;
    outcome->final_frame = call->final_frame;
    outcome->final_code = call->final_code;
    outcome->final_software = call->final_software;
    outcome->final_incomplete = call->final_incomplete;
    if (call->final_frame)
        outcome->setup_seconds = call->final_time - call->invite_time;
    if (call->ring_frame)
        outcome->ring_seconds = (call->final_frame ? call->final_time : last_time) -
                                call->ring_time;
    outcome->cancel_crossed = call->cancel_frame && call->final_code >= 200 &&
                              call->final_code < 300;
    outcome->prack_timeout = call->final_code >= 300 && reliable_unacknowledged(invite);
    /*
     * The most telling Reason: how it ended, else why it was refused or
     * cancelled. A CANCEL that crossed the 2xx changed nothing (RFC 3261
     * §9.2), so its Reason says nothing of how the call ended.
     */
    if (call->bye_reason.protocol)
        outcome->reason = call->bye_reason;
    else if (call->final_reason.protocol)
        outcome->reason = call->final_reason;
    else if (call->cancel_reason.protocol && !outcome->cancel_crossed)
        outcome->reason = call->cancel_reason;
    else
        outcome->reason = call->early_reason;
    if (call->final_frame == 0) {
        sx_transaction_outcome waiting;
        sx_message_record record = { 0 };
        record.transaction = (sx_transaction *)invite;
        sx_exchange_transaction_outcome(&record, 0, &waiting);
        outcome->state = waiting.waiting == SX_WAITING_TIMED_OUT ? SX_CALL_NO_ANSWER
                                                                 : SX_CALL_SETTING_UP;
        return;
    }
    if (call->final_code >= 300 && call->final_code < 400) {
        outcome->state = SX_CALL_REDIRECTED;
        outcome->final_target = call->final_target;
        return;
    }
    if (call->final_code >= 300) {
        /* RFC 3261 §9.1, §15: a 487 ends an INVITE a CANCEL or BYE stopped, maybe on another leg. */
        if (call->final_code == 487 && call->cancel_frame) {
            outcome->end_frame = call->cancel_frame;
            outcome->state = call->cancel_reason.protocol == 1 && call->cancel_reason.cause == 200
                                 ? SX_CALL_ANSWERED_ELSEWHERE : SX_CALL_CANCELLED;
        } else {
            outcome->state = call->final_code == 487 ? SX_CALL_TERMINATED : SX_CALL_REJECTED;
        }
        return;
    }
    if (call->bye_frame == 0) {
        outcome->state = SX_CALL_ANSWERED;
        return;
    }
    outcome->state = SX_CALL_ENDED;
    outcome->end_frame = call->bye_frame;
    outcome->talk_seconds = call->bye_time - call->final_time;
    outcome->ended_by_callee = call->bye_from_callee;
    outcome->ack_timeout = call->bye_after_ack_timeout;
    outcome->refresh_failed = call->refresh_failed_code;
}

gboolean sx_exchange_call_outcome(const sx_message_record *record, sx_call_outcome *outcome)
{
    if (record->transaction == NULL || record->transaction->call == NULL ||
        record->transaction->call->invite == NULL)
        return FALSE;
    /* A final response to an attempt the caller made again (after a challenge) ends nothing. */
    if ((record->facts & SX_RESPONSE_ENDS_SETUP) &&
        record->transaction != record->transaction->call->invite)
        return FALSE;
    call_outcome(record->transaction->call, outcome);
    return TRUE;
}

void sx_exchange_request_values(const sx_message_record *record, sx_request_values *values)
{
    const sx_transaction *transaction = record->transaction;

    memset(values, 0, sizeof *values);
    values->expires = values->session_expires = -1;
    if (transaction == NULL)
        return;
    if (transaction->request_frame) {
        values->expires = transaction->asked_expires;
        values->session_expires = transaction->session_expires;
    }
    if (transaction->asked) {
        values->event = transaction->asked->event;
        values->require = transaction->asked->require;
        values->proxy_require = transaction->asked->proxy_require;
        values->accept = transaction->asked->accept;
    }
    values->provisional_frame = transaction->provisional_frame;
}

gboolean sx_exchange_call_index(const sx_message_record *record, size_t *index)
{
    if (record->transaction == NULL || record->transaction->call == NULL ||
        record->transaction->call->invite == NULL)
        return FALSE;
    *index = record->transaction->call->index;
    return TRUE;
}

size_t sx_exchange_call_count(void)
{
    return call_order ? wmem_array_get_count(call_order) : 0;
}

gboolean sx_exchange_call_at(size_t index, sx_call_outcome *outcome)
{
    const sx_call *call;

    if (call_order == NULL || index >= wmem_array_get_count(call_order))
        return FALSE;
    call = *(sx_call **)wmem_array_index(call_order, (guint)index);
    if (call->invite == NULL)
        return FALSE;
    call_outcome(call, outcome);
    return TRUE;
}
