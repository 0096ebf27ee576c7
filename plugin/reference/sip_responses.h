/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The reference table of SIP response codes: what each registered code
 * means, when it is seen and what to check next. Pure C, no Wireshark
 * headers, so the unit tests and other tools can use it on their own.
 */
#ifndef SIPEXPLAIN_SIP_RESPONSES_H
#define SIPEXPLAIN_SIP_RESPONSES_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint16_t    code;
    const char *phrase;       /* the reason phrase registered with IANA */
    const char *rfc;          /* defining document, with section where useful */
    const char *brief;        /* a short clause for one-line summaries */
    const char *explanation;  /* what it means and who typically sends it */
    const char *when;         /* situations in which it is typically seen */
    const char *fix;          /* what to check or do next */
} sx_response_info;

/* Texts of a whole class, shown for codes that are not registered. */
typedef struct {
    const char *name;         /* "Client Failure" */
    const char *rfc;
    const char *brief;        /* for codes 1-6, followed by the code handled as */
    const char *explanation;
    const char *when;
    const char *fix;
} sx_class_info;

enum { SX_CLASS_INVALID = 0, SX_CLASS_COUNT = 7 };

/* The table, sorted by code, one entry per registered code. */
extern const sx_response_info sx_responses[];
extern const size_t sx_responses_count;

/* Indexed by class 1-6; entry 0 describes codes outside 100-699. */
extern const sx_class_info sx_classes[SX_CLASS_COUNT];

/* 1-6 for 100-699, SX_CLASS_INVALID otherwise (RFC 3261 §7.2). */
unsigned sx_class_of(unsigned code);

/* The entry of a registered code, NULL for any other. */
const sx_response_info *sx_find_response(unsigned code);

/*
 * The code a client acts on (RFC 3261 §8.1.3.2): the code itself when
 * registered, 183 for an unknown provisional, x00 for an unknown final,
 * 0 for a code outside 100-699.
 */
unsigned sx_handled_as(unsigned code);

#endif
