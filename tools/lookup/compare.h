/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The facts sipexplain-lookup compares, read from the reference tables
 * (plugin/reference/responses.h), and the sentences that say how two codes
 * differ in them. Nothing here prints: sipexplain-lookup.c lays the results
 * out as text or JSON.
 *
 * Each fact is one value per code. Two codes differ in a fact when both
 * values are known and not equal, and then, and only then, the fact gets a
 * sentence; otherwise it is "in common" (both known and equal) or left out
 * (unknown for one of them, e.g. who sends an unregistered code). So a fact
 * is never both a difference and in common, and a pair of the same class can
 * never be given a class difference.
 */
#ifndef SIPEXPLAIN_LOOKUP_COMPARE_H
#define SIPEXPLAIN_LOOKUP_COMPARE_H

#include <stddef.h>

#include "responses.h"

/* The facts, in the order their differences are printed. */
typedef enum {
    LK_FACT_REGISTERED,   /* in the IANA registry, or handled as its class's code */
    LK_FACT_CLASS,        /* 1xx-6xx (RFC 3261 §7.2) */
    LK_FACT_FINAL,        /* provisional or final (RFC 3261 §7.2, §17) */
    LK_FACT_ACK,          /* to an INVITE: no ACK, end to end, hop by hop (§13.2.2.4, §17.1.1.3) */
    LK_FACT_DIALOG,       /* sx_response_info.dialog, the early case of ENDS apart */
    LK_FACT_FORKING,      /* whether a forking proxy stops its other branches (§16.7) */
    LK_FACT_RETRY,        /* sx_response_info.retry */
    LK_FACT_CHALLENGE,    /* SX_CODE_CHALLENGE */
    LK_FACT_SENDERS,      /* sx_response_info.senders */
    LK_FACT_ANSWER,       /* sx_response_info.answer */
    LK_FACT_REQUEST,      /* sx_response_info.request */
    LK_FACT_COUNT
} lk_fact;

typedef enum { LK_ACK_NONE, LK_ACK_END_TO_END, LK_ACK_HOP_BY_HOP } lk_ack;

typedef enum {
    LK_DIALOG_NONE,
    LK_DIALOG_EARLY,
    LK_DIALOG_CREATES,
    LK_DIALOG_ENDS_EARLY, /* SX_DIALOG_ENDS on a 1xx (199): the early dialog of its To tag */
    LK_DIALOG_ENDS,       /* SX_DIALOG_ENDS on a final: the dialog the request was sent in */
} lk_dialog;

/* What is known of one code, registered or not. */
typedef struct {
    unsigned code;
    unsigned response_class;          /* 1-6; the tool refuses codes outside 100-699 */
    const sx_response_info *info;     /* NULL for an unregistered code */
    /*
     * The entry a client acts on (RFC 3261 §8.1.3.2): the code itself, or
     * 183 or x00. Its retry advice, dialog effect and challenge flag are what
     * a client does with an unregistered code; its senders and headers are
     * not known, so they are not compared.
     */
    const sx_response_info *handled;
    lk_ack ack;
    lk_dialog dialog;
    int stops_forking;
    unsigned retry;                   /* SX_RETRY_*; 0: the RFC gives no advice */
    int challenge;
} lk_code;

void lk_code_init(lk_code *code, unsigned number);

/* Whether a fact is known for a code (senders and headers of an unregistered one are not). */
int lk_fact_known(const lk_code *code, lk_fact fact);

/* Whether two codes have the same value of a fact known for both. */
int lk_fact_same(const lk_code *a, const lk_code *b, lk_fact fact);

/* The JSON key of a fact ("stops_forking") and its name in a sentence ("forking"). */
const char *lk_fact_key(lk_fact fact);
const char *lk_fact_name(lk_fact fact);

/*
 * The value of a fact for one code, as words that follow the code: "is a 4xx
 * (Client Failure)", "typically comes from a UAS or a gateway". A sentence
 * of a difference is "<prefix><A> <words of A>; <B> <words of B>."
 */
size_t lk_fact_words(char *out, size_t size, const lk_code *code, lk_fact fact);

/* What a difference sentence starts with, "" for most facts. */
const char *lk_fact_prefix(lk_fact fact);

/* The sentence saying how a and b differ in a fact (they must differ). */
size_t lk_difference(char *out, size_t size, const lk_code *a, const lk_code *b, lk_fact fact);

/* Value phrases without the code, for an entry's own lines. */
size_t lk_senders_words(char *out, size_t size, unsigned senders);
size_t lk_retry_words(char *out, size_t size, unsigned retry);
size_t lk_headers_words(char *out, size_t size, const char *const *headers, const char *joiner);

/* The JSON value of a fact (null when not known), written to out. */
size_t lk_fact_json(char *out, size_t size, const lk_code *code, lk_fact fact);

/* How two codes compare: the facts that differ and those in common, in order. */
typedef struct {
    lk_fact differ[LK_FACT_COUNT];
    size_t differ_count;
    lk_fact same[LK_FACT_COUNT];
    size_t same_count;
} lk_comparison;

void lk_compare(const lk_code *a, const lk_code *b, lk_comparison *comparison);

#endif
