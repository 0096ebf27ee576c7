/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Reading the SIP dissector's fields out of a finished protocol tree:
 * every response of the frame, each with the CSeq method of its own message.
 */
#ifndef SIPEXPLAIN_SIP_FIELDS_H
#define SIPEXPLAIN_SIP_FIELDS_H

#include <epan/packet.h>

typedef struct {
    int proto_sip;       /* the "sip" protocol item, one per SIP message */
    int status_code;     /* sip.Status-Code */
    int cseq_method;     /* sip.CSeq.method */
} sx_sip_field_ids;

/* What is kept per response for later passes: a few bytes, no table text. */
typedef struct {
    uint16_t    code;
    const char *method;  /* NULL when the message has no CSeq method */
} sx_response;

typedef struct {
    unsigned    count;
    sx_response responses[];
} sx_frame_responses;

/* Looks the SIP fields up by name; call once every protocol is registered. */
void sx_sip_fields_resolve(sx_sip_field_ids *ids);

/* The ids a post-dissector must ask for; NULL if SIP is missing. */
GArray *sx_sip_fields_wanted(const sx_sip_field_ids *ids);

/*
 * The responses found in this frame's tree, allocated in file scope so they
 * can be replayed on later passes; NULL if the frame carries none.
 */
sx_frame_responses *sx_sip_fields_collect(proto_tree *tree, const sx_sip_field_ids *ids);

#endif
