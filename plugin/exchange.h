/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The exchange around each message, followed on the first pass in frame
 * order: its transaction (the request, its copies, its responses, the ACK,
 * PRACK or CANCEL that belong to it) and its call (the dialog of an INVITE:
 * when it rang, how it was answered or refused, who ended it and why).
 *
 * What a message means depends on what came before it, so each message's
 * view of that is kept as it was (sx_message_record); what came after it
 * (the ACK that never arrived, a request never answered, how the call
 * ended) is read from the transaction and call when the message is shown,
 * which on tshark's one pass is before the rest of the capture is known.
 *
 * State per transaction and per call is fixed in size; no string is kept.
 */
#ifndef SIPEXPLAIN_EXCHANGE_H
#define SIPEXPLAIN_EXCHANGE_H

#include <epan/packet.h>

#include "message_view.h"

/* RFC 3261 §17.1.1.1: T1, and 64*T1 after which a transaction gives up. */
#define SX_T1_SECONDS 0.5
#define SX_TRANSACTION_TIMEOUT (64 * SX_T1_SECONDS)

/*
 * Two copies of a message less than this apart cannot be a retransmission
 * (the shortest interval is T1): one packet captured twice, as a mirror or
 * SPAN port does.
 */
#define SX_DUPLICATE_WINDOW (SX_T1_SECONDS / 10)

typedef struct sx_transaction sx_transaction;
typedef struct sx_call sx_call;

typedef enum {
    SX_COPY_FIRST,           /* the first of its kind */
    SX_COPY_RETRANSMISSION,  /* sent again by its sender */
    SX_COPY_DUPLICATE,       /* the same packet captured twice */
} sx_copy_kind;

/* Facts about a request as the capture stood when it was seen. */
enum {
    SX_REQUEST_AFTER_ACK_TIMEOUT = 1 << 0,  /* a BYE from the callee after 2xx resent, no ACK */
    SX_REQUEST_ENDS_CALL         = 1 << 1,  /* the BYE or CANCEL that ends the call */
    SX_REQUEST_FROM_CALLEE       = 1 << 2,  /* sent by the side that answered */
    SX_REQUEST_STARTS_CALL       = 1 << 3,  /* the first copy of a call's initial INVITE */
    SX_REQUEST_AFTER_FAILED_REFRESH = 1 << 4, /* a BYE after a re-INVITE or UPDATE got 408/481 */
    SX_REQUEST_AFTER_REFUSAL     = 1 << 5,  /* credentials a challenge refused, sent again */
    SX_REQUEST_OVERLAPPING       = 1 << 6,  /* a re-INVITE while this side's last one waits */
    SX_REQUEST_OUT_OF_ORDER      = 1 << 7,  /* a CSeq lower than this side's last in the dialog */
};

/* Facts about a response beyond the context flags (apart from the request ones). */
enum {
    SX_RESPONSE_OTHER_SENDER = 1 << 12, /* not from the host that sent this transaction's 1xx */
    SX_RESPONSE_ENDS_SETUP   = 1 << 13, /* the final response to the call's initial INVITE */
};

/* What the first pass learnt of one message; kept per frame for later passes. */
typedef struct {
    uint32_t        seen;          /* responses: SX_SEEN_* (context.h) at this message */
    uint16_t        facts;         /* SX_REQUEST_* or SX_RESPONSE_* */
    uint8_t         copy_kind;     /* sx_copy_kind */
    uint16_t        copy;          /* 1 for the first copy, 2 for its first retransmission... */
    uint32_t        first_frame;   /* the frame of the first copy */
    uint32_t        since_first_ms;/* time since the first copy */
    uint32_t        duplicate_of;  /* SX_COPY_DUPLICATE: the frame it copies */
    uint32_t        duplicate_us;  /* SX_COPY_DUPLICATE: microseconds after that frame */
    uint32_t        other_frame;   /* the frame an SX_REQUEST_* fact points at */
    uint32_t        other_cseq;    /* SX_REQUEST_OUT_OF_ORDER: this side's last CSeq */
    sx_transaction *transaction;   /* NULL when the message names none */
} sx_message_record;

/* Once, at registration: the state is file-scoped and freed per capture. */
void sx_exchange_register(void);

/* The first pass: each message in frame order. */
void sx_exchange_note(packet_info *pinfo, const sx_view *view, sx_message_record *record);

/* ---- what followed, read when a message is shown ---- */

/* The reason a message gave in a Reason header, kept as numbers. */
typedef struct {
    uint8_t  protocol;   /* 0 none, 1 SIP, 2 Q.850 */
    uint16_t cause;
} sx_kept_reason;

typedef enum {
    SX_WAITING_NONE,      /* answered, or not a request */
    SX_WAITING_TIMED_OUT, /* no final response within 64*T1: the client acts as on 408 */
    SX_WAITING_AT_END,    /* the capture ends before 64*T1 ran out */
} sx_waiting;

typedef struct {
    sx_waiting waiting;
    unsigned   copies;            /* copies of the request sent, duplicates apart */
    double     seconds;           /* from the first copy to the last, or to the capture's end */
    gboolean   ack_missing;       /* a 2xx or other final to INVITE, resent, never ACKed */
    gboolean   prack_missing;     /* a reliable 1xx resent, never PRACKed */
    gboolean   final_after_prack_missing; /* a 3xx-6xx to INVITE after such a 1xx */
    gboolean   challenge_unanswered; /* a 401/407 no request with credentials followed */
    gboolean   retried;           /* a later request of the same method in the call */
    gboolean   retry_overdue;     /* a 422, 423 or 491 long enough ago that a retry is overdue */
    gboolean   ack_lost;          /* an ACK after which the 2xx still came */
    gboolean   prack_lost;        /* a PRACK after which the reliable 1xx still came */
    unsigned   refresh_failed_code; /* a BYE after a failed re-INVITE or UPDATE: that code */
    unsigned   final_copies;      /* copies of this transaction's final response */
} sx_transaction_outcome;

/* Request header values kept with a transaction: raw bytes, at most this many. */
#define SX_ASKED_VALUE_MAX 96

/* What the request of a response's transaction asked for. */
typedef struct {
    long long expires;          /* REGISTER, SUBSCRIBE, PUBLISH: Contact's expires, else Expires */
    long long session_expires;  /* INVITE, UPDATE: Session-Expires */
    uint32_t  provisional_frame;/* the first 1xx of the transaction, 0 when none */
    /* Header values as sent (raw bytes, bounded), length 0 when absent. */
    sx_span   event, require, proxy_require, accept;
} sx_request_values;

void sx_exchange_request_values(const sx_message_record *record, sx_request_values *values);

/* What the capture showed after the message (every frame read so far). */
void sx_exchange_transaction_outcome(const sx_message_record *record, unsigned code,
                                     sx_transaction_outcome *outcome);

typedef enum {
    SX_CALL_UNKNOWN,        /* the INVITE is not in the capture, or no call */
    SX_CALL_SETTING_UP,     /* no final response yet when the capture ends */
    SX_CALL_NO_ANSWER,      /* the INVITE got no response at all: timed out */
    SX_CALL_REJECTED,       /* a 4xx-6xx to the INVITE (not a 487 ending a CANCEL) */
    SX_CALL_REDIRECTED,     /* a 3xx to the INVITE: the caller is to try elsewhere */
    SX_CALL_TERMINATED,     /* a 487 whose CANCEL is not in the capture (another leg) */
    SX_CALL_CANCELLED,      /* the caller cancelled it while it rang */
    SX_CALL_ANSWERED_ELSEWHERE, /* cancelled: another device answered (Reason SIP 200) */
    SX_CALL_ANSWERED,       /* answered, not ended in the capture */
    SX_CALL_ENDED,          /* answered, then a BYE */
} sx_call_state;

typedef struct {
    sx_call_state  state;
    double         setup_seconds;   /* INVITE to its final response */
    double         ring_seconds;    /* first 18x to the end of ringing */
    double         talk_seconds;    /* the 2xx to the BYE */
    unsigned       final_code;
    sx_span        final_software;  /* who rejected it: Server or User-Agent, raw and bounded */
    sx_span        final_target;    /* a 3xx: the URI of its first Contact, raw and bounded */
    gboolean       final_incomplete;/* the final lacks a header its RFC makes mandatory */
    gboolean       ended_by_callee;
    gboolean       ack_timeout;     /* the callee ended it: the ACK never arrived */
    gboolean       prack_timeout;   /* rejected after a reliable 1xx never PRACKed */
    gboolean       cancel_crossed;  /* a CANCEL crossed the 2xx */
    unsigned       refresh_failed;  /* the code that failed a re-INVITE or UPDATE before the BYE */
    sx_kept_reason reason;          /* the most telling Reason of the call */
    uint32_t       invite_frame, final_frame, end_frame;
    double         start_time;      /* absolute, seconds */
} sx_call_outcome;

/* The call a message belongs to, as far as the capture shows it. */
gboolean sx_exchange_call_outcome(const sx_message_record *record, sx_call_outcome *outcome);

/* The index of a message's call in sx_exchange_call_at, when it belongs to one. */
gboolean sx_exchange_call_index(const sx_message_record *record, size_t *index);

/* Every call of the capture, in the order they started (for the calls report). */
size_t sx_exchange_call_count(void);
gboolean sx_exchange_call_at(size_t index, sx_call_outcome *outcome);

/*
 * On the first pass: the final response to the call's INVITE lacks a header
 * its RFC makes mandatory (a 302 without Contact), as the explanation judges.
 */
void sx_exchange_note_incomplete_final(const sx_message_record *record);

/* Remembers a Reason value of a message for the call's outcome. */
void sx_exchange_note_reason(const sx_message_record *record, gboolean is_response,
                             unsigned code, const char *method, sx_kept_reason reason);

#endif
