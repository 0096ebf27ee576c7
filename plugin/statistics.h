/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What sipexplain reports to taps: the "sipexplain" tap carries one record
 * per SIP message, explained or not. Its listeners: the stats trees
 * (responses by class, code and method, and those that call for attention:
 * -z sipexplain,tree, Statistics > SIP Responses Explained; calls by outcome
 * and those that failed: -z sipexplain_calls,tree, Statistics > SIP Calls
 * Explained), the responses report (-z sipexplain,responses: one
 * machine-readable line per explained message) and the calls report (-z
 * sipexplain,calls: one line per call with its verdict, then counts).
 */
#ifndef SIPEXPLAIN_STATISTICS_H
#define SIPEXPLAIN_STATISTICS_H

#include <epan/packet.h>

#include "exchange.h"

/* One message; strings live as long as the packet's dissection. */
typedef struct {
    gboolean    is_response;
    gboolean    explained;     /* it has an explanation (a request only when there is news) */
    unsigned    code;          /* responses */
    const char *method;        /* the CSeq method, or NULL */
    gboolean    problem;
    const char *summary;       /* NULL when not explained or no report needs the texts */
    const char *context;
    const char *followed;      /* what followed it (sipexplain.exchange), or NULL */
    const char *fix;
    const sx_message_record *record;
    const sx_view *view;       /* the message, for the reports' Call-ID, From and To */
} sx_tap_record;

void sx_statistics_register(void);

/* Whether any listener is on the tap now, and whether one needs the texts. */
gboolean sx_statistics_wanted(void);
gboolean sx_statistics_wants_texts(void);

/* Hands one explained message to the tap listeners, if any. */
void sx_statistics_queue(packet_info *pinfo, const sx_tap_record *record);

#endif
