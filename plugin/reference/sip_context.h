/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Reference texts that depend on where a response stands: the request's
 * method and what the capture showed before it, the codes people confuse,
 * and the Reason (Q.850) and Warning codes a response may carry.
 * Pure C, no Wireshark headers.
 */
#ifndef SIPEXPLAIN_SIP_CONTEXT_H
#define SIPEXPLAIN_SIP_CONTEXT_H

#include <stddef.h>
#include <stdint.h>

/* What the capture showed about the request a response answers. */
typedef enum {
    SX_WHEN_ANY = 0,          /* whatever the capture shows, request seen or not */
    SX_WHEN_NO_CREDENTIALS,   /* the request carried no Authorization or Proxy-Authorization */
    SX_WHEN_CREDENTIALS_SENT, /* the request carried credentials */
    SX_WHEN_CANCELLED,        /* a CANCEL was seen for this INVITE */
    SX_WHEN_NOT_CANCELLED,    /* the INVITE was seen, and no CANCEL for it */
    SX_WHEN_INITIAL,          /* an INVITE without To tag: a new call */
    SX_WHEN_REINVITE,         /* an INVITE with a To tag: inside an existing dialog */
    SX_WHEN_DEREGISTER,       /* a REGISTER removing bindings (Expires 0) */
} sx_condition;

typedef struct {
    uint16_t     code;
    const char  *method;      /* NULL: any method not listed before for this code */
    sx_condition condition;
    const char  *text;        /* what this response means here */
} sx_context_info;

/* Sorted by code; for one code, the first entry that applies wins. */
extern const sx_context_info sx_contexts[];
extern const size_t sx_contexts_count;

/* How a code differs from one it is often confused with. */
typedef struct {
    uint16_t    code;
    uint16_t    other;
    const char *text;
} sx_related_info;

extern const sx_related_info sx_related[];   /* sorted by code, then other */
extern const size_t sx_related_count;

/* ITU-T Q.850 cause values, as carried in Reason: Q.850;cause=N. */
typedef struct {
    uint8_t     cause;
    const char *name;
    const char *explanation;
    uint16_t    sip_code;     /* RFC 3398 section 7.2.4.1 mapping; 0 when it gives none */
} sx_q850_info;

extern const sx_q850_info sx_q850_causes[];  /* sorted by cause */
extern const size_t sx_q850_causes_count;

/* The other direction, RFC 3398 section 8.2.6.1: the cause a gateway sends for a code. */
typedef struct {
    uint16_t sip_code;
    uint8_t  cause;
} sx_sip_to_q850_info;

extern const sx_sip_to_q850_info sx_sip_to_q850[];
extern const size_t sx_sip_to_q850_count;

/* Warning header codes (RFC 3261 section 20.43, RFC 5630). */
typedef struct {
    uint16_t    code;
    const char *name;
    const char *explanation;
} sx_warning_info;

extern const sx_warning_info sx_warnings[];  /* sorted by code */
extern const size_t sx_warnings_count;

/* The ranges of Warning codes, for codes that are not registered. */
typedef struct {
    uint16_t    low, high;
    const char *name;
} sx_warning_range_info;

extern const sx_warning_range_info sx_warning_ranges[];
extern const size_t sx_warning_ranges_count;

/* What the capture showed before a response, gathered on the first pass. */
enum {
    SX_SEEN_REQUEST     = 1 << 0,  /* the request itself */
    SX_SEEN_CREDENTIALS = 1 << 1,  /* ... carrying Authorization or Proxy-Authorization */
    SX_SEEN_REINVITE    = 1 << 2,  /* ... an INVITE with a To tag */
    SX_SEEN_DEREGISTER  = 1 << 3,  /* ... a REGISTER with Expires 0 */
    SX_SEEN_CANCEL      = 1 << 4,  /* a CANCEL for the INVITE */
    SX_SEEN_RESEND      = 1 << 5,  /* the response itself is a retransmission */
};

/* Sentences for situations rather than codes. */
typedef struct {
    const char *resend_invite;          /* a retransmitted final response to INVITE */
    const char *resend_other;           /* any other retransmitted response */
    const char *retry_after;            /* follows "Retry-After: N s." */
    const char *reason_no_cause;
    const char *reason_unknown_q850;
    const char *reason_sip_cause;       /* followed by the summary of that code */
    const char *reason_unknown_protocol;
    const char *warning_outside_ranges;
} sx_situation_texts;

extern const sx_situation_texts sx_texts;

/* The context text for a response, or NULL when the code has none. */
const char *sx_context_text(unsigned code, const char *method, unsigned seen);

/*
 * Whether a response calls for attention: never for 1xx-3xx; for 4xx-6xx
 * always, except a digest challenge to a request without credentials and
 * a 487 to an INVITE the caller cancelled. Codes outside 100-699 do.
 */
int sx_is_problem(unsigned code, const char *method, unsigned seen);

/* The look-alikes of a code: *first and the count of its entries. */
size_t sx_related_of(unsigned code, const sx_related_info **first);

const sx_q850_info *sx_find_q850(long cause);

/*
 * Whether RFC 3398 pairs a Q.850 cause with a status code, in either of its
 * directions; also true when it maps the cause to no code at all.
 */
int sx_q850_agrees(long cause, unsigned code);
const sx_warning_info *sx_find_warning(long code);

/* The text for an unregistered Warning code by its range (RFC 3261 section 20.43), or NULL. */
const char *sx_warning_range(long code);

#endif
