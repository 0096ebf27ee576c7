/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The SIP response codes: for every code of the IANA registry, the facts
 * (responses.c) and what it means, when it is seen, what to check and when
 * to send it (responses_en.c). Pure C, no Wireshark headers, so the unit
 * tests and sipexplain-lookup use it on their own.
 */
#ifndef SIPEXPLAIN_RESPONSES_H
#define SIPEXPLAIN_RESPONSES_H

#include <stddef.h>
#include <stdint.h>

#include "texts.h"

enum { SX_CLASS_INVALID = 0, SX_CLASS_COUNT = 7 };

/* Who typically sends a code (several may apply). */
enum {
    SX_SENDER_UAS       = 1 << 0,  /* the callee's user agent, a conference server... */
    SX_SENDER_PROXY     = 1 << 1,  /* a proxy or SBC on the path */
    SX_SENDER_REGISTRAR = 1 << 2,
    SX_SENDER_REDIRECT  = 1 << 3,  /* a redirect server */
    SX_SENDER_GATEWAY   = 1 << 4,  /* a gateway translating from another network (PSTN) */
    SX_SENDER_ANY       = 0x1f,
};

/* What a client may do after a final response of this code. */
enum {
    SX_RETRY_NOT_NEEDED = 1 << 0,  /* success, or still in progress */
    SX_RETRY_CHANGED    = 1 << 1,  /* the same request, changed as the response says */
    SX_RETRY_ELSEWHERE  = 1 << 2,  /* another target or server */
    SX_RETRY_LATER      = 1 << 3,  /* the same request later (Retry-After may say when) */
    SX_RETRY_NEVER      = 1 << 4,  /* not this request to this target: it will fail again */
};

/* What the response does to a dialog. */
typedef enum {
    SX_DIALOG_NONE,     /* no effect */
    SX_DIALOG_EARLY,    /* a 101-199 with a To tag to INVITE sets up an early dialog */
    SX_DIALOG_CREATES,  /* a 2xx to a dialog-creating request (INVITE, SUBSCRIBE...) */
    SX_DIALOG_ENDS,     /* the UAC ends the dialog it was sent in (481, RFC 3261 §12.2.1.2) */
} sx_dialog_effect;

enum {
    SX_CODE_CHALLENGE = 1 << 0,    /* carries a digest challenge (401, 407) */
};

/* Header names per code, in the order they are worth reading. */
enum { SX_ANSWER_HEADERS = 3 };

/* The facts of one registered code. */
typedef struct {
    uint16_t    code;
    const char *phrase;        /* as registered with IANA */
    const char *rfc;           /* the defining document, with section: "RFC 3261 §21.4.24" */
    uint8_t     senders;       /* SX_SENDER_* */
    uint8_t     retry;         /* SX_RETRY_* */
    uint8_t     dialog;        /* sx_dialog_effect */
    uint8_t     flags;         /* SX_CODE_* */
    /* Response headers that carry the answer ("Min-Expires"); NULL when none. */
    const char *answer[SX_ANSWER_HEADERS];
    /* Request headers to show beside them ("Expires" for a 423). */
    const char *request[SX_ANSWER_HEADERS];
} sx_response_info;

/* The English texts of one code; .code is the key shared with the facts. */
typedef struct {
    uint16_t     code;
    const char  *brief;        /* a lower-case clause for the summary, no final period */
    sx_sentences explanation;  /* what it means and who sends it */
    sx_sentences when;         /* situations in which it is seen */
    sx_steps     fix;          /* what to check, as steps, the most likely first */
    const char  *send_when;    /* one sentence for implementers and administrators */
    const char  *sources;      /* sections the texts rest on (see sx_text in texts.h) */
} sx_response_text;

/*
 * How to read a header that carries the answer: .present with {value}
 * (the header's value as read, bounded and escaped) and {code}; .absent
 * when the response lacks a header its RFC makes mandatory, or one without
 * which the client has nothing to act on; NULL otherwise.
 */
typedef struct {
    uint16_t    code;
    const char *header;        /* the key, with code */
    const char *present;
    const char *absent;
    const char *sources;
} sx_answer_text;

/* A whole class: names are facts, texts explain unregistered codes. */
typedef struct {
    const char *name;          /* "Client Failure" */
    const char *rfc;
} sx_class_info;

typedef struct {
    const char  *brief;        /* for 1-6, followed by the code it is handled as */
    sx_sentences explanation;
    sx_sentences when;
    sx_steps     fix;
    const char  *sources;
} sx_class_text;

extern const sx_response_info sx_responses[];      /* sorted by code */
extern const size_t sx_responses_count;
extern const sx_response_text sx_response_texts[]; /* the same codes, in the same order */
extern const size_t sx_response_texts_count;
extern const sx_answer_text sx_answer_texts[];     /* sorted by code, then header */
extern const size_t sx_answer_texts_count;

/* Indexed by class 1-6; entry 0 describes codes outside 100-699. */
extern const sx_class_info sx_classes[SX_CLASS_COUNT];
extern const sx_class_text sx_class_texts[SX_CLASS_COUNT];

/* 1-6 for 100-699, SX_CLASS_INVALID otherwise (RFC 3261 §7.2). */
unsigned sx_class_of(unsigned code);

/* The facts of a registered code, NULL for any other; its texts likewise. */
const sx_response_info *sx_find_response(unsigned code);
const sx_response_text *sx_response_text_of(const sx_response_info *info);

/* How to read one of a code's answer headers, or NULL. */
const sx_answer_text *sx_find_answer_text(unsigned code, const char *header);

/*
 * The code a client acts on (RFC 3261 §8.1.3.2): the code itself when
 * registered, 183 for an unknown provisional, x00 for an unknown final,
 * 0 for a code outside 100-699.
 */
unsigned sx_handled_as(unsigned code);

/*
 * The one-line summary, "486 Busy Here (Client Failure): <brief>", written
 * to out (always terminated). brief NULL: the code's own. Columns, Expert
 * Info, the statistics, sipexplain-check and sipexplain-lookup all use it.
 */
size_t sx_format_summary(char *out, size_t size, unsigned code, const char *brief);

/* A request's summary, "BYE: <brief>", for the requests sipexplain explains. */
size_t sx_format_request_summary(char *out, size_t size, const char *method, const char *brief);

/* "486 Busy Here", "499 (unregistered)", "700 (invalid)" */
size_t sx_format_code_name(char *out, size_t size, unsigned code);

/* The SIP methods of the IANA registry, sorted; a method not in it is an extension. */
extern const char *const sx_methods[];
extern const size_t sx_methods_count;
int sx_is_registered_method(const char *method);

#endif
