/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What the capture showed of each request, remembered on the first pass so
 * that its response can be read in context: were credentials sent, was the
 * INVITE a re-INVITE or cancelled, did the REGISTER remove bindings.
 */
#ifndef SIPEXPLAIN_CALL_STATE_H
#define SIPEXPLAIN_CALL_STATE_H

#include "sip_fields.h"

/* Once, at registration: the memory is file-scoped and freed per capture. */
void sx_call_state_register(void);

void sx_call_state_note_request(const sx_sip_message *request);

/* SX_SEEN_* flags for a response: what was seen of its request, and resends. */
unsigned sx_call_state_seen(const sx_sip_message *response);

/*
 * Whether a final response is a resend: the same final response to the
 * same transaction was seen before in the same direction, over UDP.
 */
gboolean sx_call_state_resent(packet_info *pinfo, const sx_sip_message *message);

#endif
