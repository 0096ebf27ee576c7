/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What sipexplain reports to taps: the "sipexplain" tap carries one record
 * per explained message. Its listeners: the stats tree (responses by class,
 * code and method, and those that call for attention: -z sipexplain,tree,
 * Statistics > SIP Responses Explained), the responses report (-z
 * sipexplain,responses: one machine-readable line per response) and the calls
 * report (-z sipexplain,calls: one line per call, then counts by outcome).
 */
#ifndef SIPEXPLAIN_STATISTICS_H
#define SIPEXPLAIN_STATISTICS_H

#include <epan/packet.h>

#include "exchange.h"

/* One explained message; strings live as long as the packet's dissection. */
typedef struct {
    gboolean    is_response;
    unsigned    code;          /* responses */
    const char *method;        /* the CSeq method, or NULL */
    gboolean    problem;
    const char *summary;       /* NULL when no report needs the texts */
    const char *context;
    const char *fix;
    const sx_message_record *record;
    const sx_view *view;       /* the message, for the calls report's Call-ID, From and To */
} sx_tap_record;

void sx_statistics_register(void);

/* Whether any listener is on the tap now, and whether one needs the texts. */
gboolean sx_statistics_wanted(void);
gboolean sx_statistics_wants_texts(void);

/* Hands one explained message to the tap listeners, if any. */
void sx_statistics_queue(packet_info *pinfo, const sx_tap_record *record);

#endif
