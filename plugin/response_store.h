/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What the first pass learnt of each response, kept for later passes
 * (tshark -2, Wireshark's refilters and redraws) in a few bytes: no text
 * that is in the reference table is copied.
 */
#ifndef SIPEXPLAIN_RESPONSE_STORE_H
#define SIPEXPLAIN_RESPONSE_STORE_H

#include <epan/packet.h>

/* One response as later passes explain it. */
typedef struct {
    unsigned    code;
    unsigned    seen;            /* SX_SEEN_* */
    gboolean    quoted_in_icmp;  /* not on the wire: an ICMP error quotes it */
    int64_t     retry_after;     /* seconds, -1 when absent or not delta-seconds */
    const char *method;          /* NULL when the response has no CSeq method */
    const char *reason;          /* NULL when absent */
    const char *warning;
} sx_stored_response;

/* Once, at registration: the memory is file-scoped and freed per capture. */
void sx_response_store_register(void);

/*
 * Keeps the responses of one frame, strings copied as needed; returns
 * count, and where they are stored in *first.
 */
unsigned sx_response_store_add(guint32 frame, const sx_stored_response *responses,
                               unsigned count, unsigned *first);

/* How many responses the frame has, stored from index *first on. */
unsigned sx_response_store_count(guint32 frame, unsigned *first);

/* The stored response at an index; its strings live until the file closes. */
void sx_response_store_get(unsigned index, sx_stored_response *response);

#endif
