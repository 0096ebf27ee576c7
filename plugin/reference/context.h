/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What a response means where it stands: the request's method and what the
 * capture showed before it, the codes people confuse, the Reason (Q.850)
 * and Warning codes a message may carry, and the texts for situations of
 * the exchange (retransmissions, timeouts, how a call ended). Facts in
 * context.c, English in context_en.c. Pure C, no Wireshark headers.
 */
#ifndef SIPEXPLAIN_CONTEXT_H
#define SIPEXPLAIN_CONTEXT_H

#include <stddef.h>
#include <stdint.h>

#include "texts.h"

/*
 * What the capture showed before a response, gathered on the first pass:
 * the inputs of every context rule.
 */
enum {
    SX_SEEN_REQUEST           = 1 << 0,  /* the request itself */
    SX_SEEN_AUTHORIZATION     = 1 << 1,  /* ... with an Authorization carrying a response */
    SX_SEEN_PROXY_AUTH        = 1 << 2,  /* ... with a Proxy-Authorization carrying a response */
    SX_SEEN_EMPTY_AUTH        = 1 << 3,  /* ... with an Authorization whose response is empty */
    SX_SEEN_IN_DIALOG         = 1 << 4,  /* ... with a To tag: inside a dialog (re-INVITE) */
    SX_SEEN_DEREGISTER        = 1 << 5,  /* ... a REGISTER removing bindings */
    SX_SEEN_CANCEL            = 1 << 6,  /* a CANCEL for the INVITE */
    SX_SEEN_CANCEL_ANSWERED   = 1 << 7,  /* ... and a final response to that CANCEL */
    SX_SEEN_DIALOG_ENDED      = 1 << 8,  /* a 2xx to a BYE of this dialog, before this response */
    SX_SEEN_STALE             = 1 << 9,  /* this response's challenge says stale=true */
    SX_SEEN_REALM_ANSWERED    = 1 << 10, /* ... for a realm the request's credentials answered */
    SX_SEEN_NO_CSEQ           = 1 << 11, /* this response has no CSeq header */
    SX_SEEN_PHRASE_AUTH       = 1 << 12, /* its phrase names a wrong password or failed auth */
    SX_SEEN_PHRASE_DNS        = 1 << 13, /* its phrase names a DNS failure */
    SX_SEEN_PHRASE_ORDER      = 1 << 14, /* its phrase says "out of order" */
    SX_SEEN_RELIABLE          = 1 << 15, /* a provisional with RSeq (RFC 3262) */
    SX_SEEN_ACK_TIMEOUT_BYE   = 1 << 16, /* the request was a BYE sent because no ACK came */
    SX_SEEN_PHRASE_NONCE      = 1 << 17, /* its phrase says the nonce changed or is stale */
};

/* The condition of a context row: what the capture must show for it to apply. */
typedef enum {
    SX_WHEN_ANY = 0,          /* always: the last row of a code or method */
    SX_WHEN_NOT_SEEN,         /* the request is not in the capture */
    SX_WHEN_SEEN,             /* the request is in the capture */
    SX_WHEN_NO_CREDENTIALS,   /* seen, without the credentials this code is about (see context.c) */
    SX_WHEN_EMPTY_CREDENTIALS,/* seen, with an Authorization whose response is empty (IMS) */
    SX_WHEN_CREDENTIALS_SENT, /* seen, with credentials for this challenge's realm, not stale */
    SX_WHEN_STALE,            /* a challenge with stale=true after credentials */
    SX_WHEN_NEW_REALM,        /* a challenge for a realm the credentials did not answer */
    SX_WHEN_CANCELLED,        /* a CANCEL was seen for this INVITE */
    SX_WHEN_CANCEL_UNANSWERED,/* ... and no final response to the CANCEL */
    SX_WHEN_NOT_CANCELLED,    /* the INVITE was seen, and no CANCEL for it */
    SX_WHEN_INITIAL,          /* seen, without To tag: a new call or subscription */
    SX_WHEN_IN_DIALOG,        /* seen, with a To tag: re-INVITE, refresh, in-dialog request */
    SX_WHEN_DEREGISTER,       /* a REGISTER removing bindings (Expires 0, expires=0) */
    SX_WHEN_DIALOG_ENDED,     /* a BYE of this dialog was already answered with 2xx */
    SX_WHEN_NO_CSEQ,          /* the response has no CSeq: the request cannot be known */
    SX_WHEN_PHRASE_AUTH,      /* the phrase on the wire names a wrong password */
    SX_WHEN_PHRASE_DNS,       /* ... a DNS failure */
    SX_WHEN_PHRASE_ORDER,     /* ... a request out of order (CSeq lower than the last) */
    SX_WHEN_ACK_TIMEOUT_BYE,  /* answering the BYE a UAS sent when its 2xx got no ACK */
    SX_WHEN_PHRASE_NONCE,     /* after credentials, the phrase says the nonce changed */
    SX_CONDITION_COUNT
} sx_condition;

/* Labels of the conditions for people (sipexplain-lookup) and for JSON. */
typedef struct {
    const char *words;        /* "credentials sent" */
    const char *key;          /* "credentials_sent" */
} sx_condition_label;

extern const sx_condition_label sx_condition_labels[SX_CONDITION_COUNT];

/* Whether a condition holds for what was seen; code decides which credentials count. */
int sx_condition_holds(sx_condition condition, unsigned code, unsigned seen);

/*
 * One context row. For a code, rows are tried in order and the first whose
 * method and condition hold applies: its text is shown and its verdict
 * decides sipexplain.problem.
 */
typedef struct {
    const char  *key;         /* unique, shared with the prose: "401.REGISTER.credentials" */
    uint16_t     code;
    const char  *method;      /* NULL: any method not matched by an earlier row */
    sx_condition condition;
    uint8_t      problem;     /* 1: a response matching this row calls for attention */
} sx_context_info;

typedef struct {
    const char  *key;
    const char  *brief;       /* replaces the code's brief in the summary, or NULL */
    sx_sentences text;        /* what this response means here */
    const char  *sources;
} sx_context_text;

extern const sx_context_info sx_contexts[];       /* sorted by code; order matters within */
extern const sx_context_text sx_context_texts[];  /* the same keys, in the same order */
extern const size_t sx_contexts_count;
extern const size_t sx_context_texts_count;

/* The row that applies, or NULL when the code has none. */
const sx_context_info *sx_select_context(unsigned code, const char *method, unsigned seen);
const sx_context_text *sx_context_text_of(const sx_context_info *row);

/*
 * Whether a response calls for attention: the verdict of its row; without
 * one, never for 1xx-3xx and always for 4xx-6xx and codes outside 100-699.
 */
int sx_is_problem(unsigned code, const sx_context_info *row);

/* How a code differs from one it is often confused with. */
typedef struct {
    uint16_t code, other;
} sx_related_info;

typedef struct {
    uint16_t     code, other; /* the key */
    sx_sentences text;
    const char  *sources;
} sx_related_text;

extern const sx_related_info sx_related[];        /* sorted by code, then other */
extern const sx_related_text sx_related_texts[];  /* the same pairs, in the same order */
extern const size_t sx_related_count;
extern const size_t sx_related_texts_count;

/* The look-alikes of a code: index of the first and their count. */
size_t sx_related_of(unsigned code, size_t *first);

/* ITU-T Q.850 cause values, as carried in Reason: Q.850;cause=N. */
typedef struct {
    uint8_t     cause;
    const char *name;         /* as ITU-T names it */
    /* RFC 3398 §7.2.4.1: the SIP code a gateway sends for it; 0 when none. */
    uint16_t    sip_code;
    uint16_t    sip_code_also;/* a second code RFC 3398 allows (22: 410, or 301 with a diagnostic) */
} sx_q850_info;

typedef struct {
    uint8_t      cause;       /* the key */
    sx_sentences explanation;
    const char  *sources;
} sx_q850_text;

extern const sx_q850_info sx_q850_causes[];       /* sorted by cause */
extern const sx_q850_text sx_q850_texts[];
extern const size_t sx_q850_causes_count;
extern const size_t sx_q850_texts_count;

/* RFC 3398 §8.2.6.1, the other direction: the cause a gateway sends for a code. */
typedef struct {
    uint16_t sip_code;
    uint8_t  cause;
} sx_sip_to_q850_info;

extern const sx_sip_to_q850_info sx_sip_to_q850[];
extern const size_t sx_sip_to_q850_count;

/*
 * Codes RFC 3398 §8.2.6.1 maps to no cause, or to one chosen by the Warning
 * header (487, 488, 606): any cause agrees with them.
 */
extern const uint16_t sx_q850_unmapped_codes[];
extern const size_t sx_q850_unmapped_codes_count;

const sx_q850_info *sx_find_q850(long cause);
const sx_q850_text *sx_q850_text_of(const sx_q850_info *info);

/* Whether RFC 3398 pairs a Q.850 cause with a status code, in either direction. */
int sx_q850_agrees(long cause, unsigned code);

/* Warning codes (RFC 3261 §20.43, RFC 5630, RFC 8373). */
typedef struct {
    uint16_t    code;
    const char *name;         /* as registered */
} sx_warning_info;

typedef struct {
    uint16_t     code;        /* the key */
    sx_sentences explanation;
    const char  *sources;
} sx_warning_text;

extern const sx_warning_info sx_warnings[];       /* sorted by code */
extern const sx_warning_text sx_warning_texts[];
extern const size_t sx_warnings_count;
extern const size_t sx_warning_texts_count;

/* The ranges RFC 3261 §20.43 defines, for codes that are not registered. */
typedef struct {
    uint16_t low, high;
} sx_warning_range_info;

extern const sx_warning_range_info sx_warning_ranges[];
extern const sx_text sx_warning_range_texts[];    /* one per range, same order */
extern const size_t sx_warning_ranges_count;
extern const size_t sx_warning_range_texts_count;

const sx_warning_info *sx_find_warning(long code);
const sx_warning_text *sx_warning_text_of(const sx_warning_info *info);

/* The text for an unregistered code: its range, 300-399 outside any range, or not 3xx. */
const sx_text *sx_warning_unregistered_text(long code);

/*
 * Which Retry-After text a response gets: its meaning depends on the code
 * (RFC 3261 §20.33, §21.5.4, §14.1).
 */
typedef enum {
    SX_RETRY_AFTER_NONE,      /* the header means nothing for this code */
    SX_RETRY_AFTER_SERVER,    /* 503: fail over now, avoid this server for that long */
    SX_RETRY_AFTER_CALLEE,    /* 404, 413, 480, 486, 600, 603: when the callee may be free */
    SX_RETRY_AFTER_GLARE,     /* 500 to a re-INVITE or UPDATE: retry the request after that */
    SX_RETRY_AFTER_OTHER,
} sx_retry_after_kind;

sx_retry_after_kind sx_retry_after_kind_of(unsigned code, const char *method, unsigned seen);

/*
 * Sentences for situations rather than codes. Placeholders each may use are
 * listed beside it; all are filled by the dissector.
 */
typedef struct {
    /* Retransmissions of a response (RFC 3261 §17, §13.3.1.4; RFC 3262 §3). */
    sx_text resend_2xx_invite;        /* {copy} {seconds}: the ACK has not reached the UAS */
    sx_text resend_final_invite;      /* {copy} {seconds}: a 3xx-6xx; the hop-by-hop ACK is missing */
    sx_text resend_reliable;          /* {copy} {seconds}: a 1xx with RSeq; the PRACK is missing */
    sx_text resend_provisional;       /* {copy}: a 1xx without RSeq seen again */
    sx_text resend_other;             /* {copy}: a final to another method, for a resent request */
    sx_text capture_duplicate;        /* {frame} {ms}: the same packet captured twice */
    sx_text request_resend;           /* {copy} {seconds}: a request sent again, no final yet */
    sx_text ack_resend;               /* {copy}: an ACK sent again for another copy of the 2xx */
    /* Retry-After, by sx_retry_after_kind; {seconds}. */
    sx_text retry_after_server;
    sx_text retry_after_callee;
    sx_text retry_after_glare;
    sx_text retry_after_other;
    /* Reason values (RFC 3326). */
    sx_text reason_no_cause;
    sx_text reason_unknown_q850;
    sx_text reason_sip_cause;         /* {summary}: the summary of that code */
    sx_text reason_unknown_protocol;
    sx_text reason_mapping;           /* {cause} {mapped} {code}: RFC 3398 pairs it otherwise */
    sx_text reason_on_cancel;         /* a CANCEL's Reason says why the caller gave up */
    sx_text reason_on_bye;            /* a BYE's Reason says why the call ended */
    /* The exchange around a message (issue: lost ACKs, unanswered requests). */
    sx_text unanswered_timed_out;     /* {method} {seconds} {copies}: no final after 64*T1 */
    sx_text unanswered_at_end;        /* {method} {seconds}: the capture ends before 64*T1 */
    sx_text ack_never_arrived;        /* on a 2xx to INVITE: no ACK in the capture */
    sx_text bye_after_ack_timeout;    /* on the BYE that follows 2xx retransmissions */
    sx_text prack_never_arrived;      /* on a reliable 1xx: no PRACK in the capture */
    sx_text final_after_prack_timeout;/* on the final that follows a reliable 1xx never PRACKed */
    sx_text challenge_unanswered;     /* on a 401/407: no request with credentials followed */
    sx_text cancel_crossed_2xx;       /* on a 2xx to an INVITE the caller had cancelled */
    sx_text ack_lost;                 /* on an ACK after which the 2xx still came: it was lost */
    sx_text bye_after_failed_refresh; /* {code}: on the BYE after a re-INVITE or UPDATE failed */
    sx_text retry_missing;            /* {method}: on a 422, 423 or 491 no new request followed */
    sx_text prack_lost;               /* on a PRACK after which the reliable 1xx still came */
    sx_text resent_after_refusal;     /* {frame}: credentials sent again after a refusal */
    sx_text overlapping_invite;       /* {frame}: a re-INVITE while this side's previous one waits */
    sx_text out_of_order;             /* {cseq} {last}: a CSeq lower than this side's last */
    sx_text no_cseq;                  /* a response without CSeq: nothing links it to a request */
    sx_text answer_missing;           /* a header its RFC makes mandatory is missing or unusable */
    /* Warning codes that are not registered (RFC 3261 §20.43). */
    sx_text warning_unassigned;       /* in 300-399 but in no range RFC 3261 defines */
    sx_text warning_outside;          /* not in 300-399 at all */
} sx_situation_texts;

extern const sx_situation_texts sx_texts;

/*
 * How a call ended, in a few words (sipexplain.call.outcome and the calls
 * report). Placeholders: {seconds} {setup} {ring} {talk} (durations as
 * "4.2 s", "2 min 3 s"), {code} ("603 Decline"), {side} (caller or callee),
 * {target} (a redirect's Contact URI), {software} (the final response's
 * Server or User-Agent), and in the Reason suffix {protocol} {cause} {name}.
 */
typedef struct {
    const char *setting_up;          /* no final response before the capture ends */
    const char *no_answer;           /* {seconds}: no response at all to the INVITE */
    const char *rejected;            /* {code} {setup} */
    const char *redirected;          /* {code} {setup}: a 3xx */
    const char *redirected_to;       /* {target}: appended, the first Contact */
    const char *redirected_nowhere;  /* appended: a 3xx without the Contact it needs */
    const char *terminated;          /* {code} {setup}: a 487 whose CANCEL is not in the capture */
    const char *terminated_unseen;   /* appended to it: where that CANCEL went */
    const char *cancelled;           /* {setup}: before any ringing */
    const char *cancelled_ringing;   /* {ring} */
    const char *answered_elsewhere;  /* a CANCEL with Reason SIP cause 200 */
    const char *answered;            /* {setup}: not ended in the capture */
    const char *ended;               /* {side} {talk} */
    const char *ended_ack_timeout;   /* {talk}: the callee gave up waiting for the ACK */
    const char *ended_refresh_failed;/* {side} {talk} {refresh}: a re-INVITE or UPDATE failed first */
    const char *caller, *callee;
    const char *reason;              /* {protocol} {cause} {name}: appended when known */
    const char *cancel_crossed;      /* appended: the CANCEL crossed the answer */
    const char *rejected_by;         /* {software}: appended to a 3xx-6xx, the sender's Server */
    const char *rejected_prack;      /* appended: the final followed a reliable 1xx never PRACKed */
    const char *sources;
} sx_call_texts;

extern const sx_call_texts sx_calls;

/*
 * Who sent a response, as the message says (sipexplain.origin), parts joined
 * by "; ". Placeholders: {header} {value} {agent} {frame}.
 */
typedef struct {
    const char *software;            /* {header} {value}: Server, else User-Agent */
    const char *warning_agent;       /* {agent}: a host that added a Warning value */
    const char *q850_gateway;        /* a Reason with a Q.850 cause: a PSTN gateway translated it */
    const char *other_sender;        /* {frame}: not the host that sent the transaction's 1xx */
    const char *sources;
} sx_origin_texts;

extern const sx_origin_texts sx_origins;

/* What a wire reason phrase names, when it says more than the code (see context.c). */
unsigned sx_phrase_flags(const char *phrase, size_t length);

#endif
