/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <stddef.h>
#include <string.h>

#include <epan/packet.h>

#include "frame_messages.h"

static int proto_sip = -1;
static int proto_icmp = -1;
static int proto_icmpv6 = -1;

void sx_frame_messages_resolve(void)
{
    proto_sip = proto_get_id_by_filter_name("sip");
    proto_icmp = proto_get_id_by_filter_name("icmp");
    proto_icmpv6 = proto_get_id_by_filter_name("icmpv6");
}

/* One lookup in the count of layers per protocol that Wireshark keeps for the frame. */
gboolean sx_frame_has_sip(packet_info *pinfo)
{
    return proto_sip >= 0 && pinfo->proto_layers != NULL &&
           wmem_map_lookup(pinfo->proto_layers, GINT_TO_POINTER(proto_sip)) != NULL;
}

/* An ICMP error carries a copy of the packet it reports: SIP inside it was not delivered. */
static gboolean quoted_by_icmp(packet_info *pinfo)
{
    for (wmem_list_frame_t *layer = wmem_list_head(pinfo->layers); layer;
         layer = wmem_list_frame_next(layer)) {
        int id = GPOINTER_TO_INT(wmem_list_frame_data(layer));
        if (id == proto_sip)
            return FALSE;
        if (id >= 0 && (id == proto_icmp || id == proto_icmpv6))
            return TRUE;
    }
    return FALSE;
}

/* Dissection runs on one thread at a time. */
static sx_message scratch[SX_FRAME_MESSAGES_MAX];

static unsigned read_source(packet_info *pinfo, tvbuff_t *tvb, gboolean quoted,
                            sx_frame_message *out, unsigned room)
{
    guint length = tvb_captured_length(tvb);
    const char *data;
    size_t count;
    bool more;

    if (length < 12 || room == 0)
        return 0;
    data = (const char *)tvb_get_ptr(tvb, 0, (gint)length);
    /* Found in scratch space, kept at their size: a frame holds one message or a few. */
    count = sx_find_messages(data, length, length < tvb_reported_length(tvb),
                             pinfo->ptype == PT_TCP || pinfo->ptype == PT_SCTP ? SX_STREAM : SX_DATAGRAM,
                             scratch, room, &more);
    if (count == 0)
        return 0;
    for (size_t i = 0; i < count; i++) {
        /* Each kept with only the header lines it holds. */
        out[i].tvb = tvb;
        out[i].data = data;
        out[i].message = (sx_message *)wmem_memdup(
            pinfo->pool, &scratch[i],
            offsetof(sx_message, fields) + scratch[i].field_count * sizeof scratch[i].fields[0]);
        out[i].quoted_in_icmp = quoted;
    }
    return (unsigned)count;
}

/* Whether the frame's bytes from this message on end another data source read before. */
static gboolean also_reassembled(const sx_frame_message *in_frame, const sx_frame_message *found,
                                 unsigned reassembled)
{
    guint frame_length = tvb_captured_length(in_frame->tvb);
    size_t tail = frame_length - in_frame->message->start;
    tvbuff_t *previous = NULL;

    for (unsigned i = 0; i < reassembled; i++) {
        guint length;

        if (found[i].tvb == previous)
            continue;
        previous = found[i].tvb;
        length = tvb_captured_length(previous);
        if (length >= tail &&
            memcmp(found[i].data + length - tail, in_frame->data + in_frame->message->start,
                   tail) == 0)
            return TRUE;
    }
    return FALSE;
}

unsigned sx_frame_messages(packet_info *pinfo, sx_frame_message **messages)
{
    sx_frame_message *found;
    unsigned count = 0, reassembled;
    gboolean quoted;
    GSList *source;

    *messages = NULL;
    if (!sx_frame_has_sip(pinfo) || pinfo->data_src == NULL)
        return 0;
    quoted = quoted_by_icmp(pinfo);
    found = wmem_alloc_array(pinfo->pool, sx_frame_message, SX_FRAME_MESSAGES_MAX);
    /*
     * The frame comes first in the list, reassembled and decrypted data
     * after it. What was reassembled was dissected before what follows it
     * in the frame (the tail of a TCP segment), so it is read first.
     */
    for (source = pinfo->data_src->next; source; source = source->next)
        count += read_source(pinfo, get_data_source_tvb((struct data_source *)source->data),
                             quoted, found + count, SX_FRAME_MESSAGES_MAX - count);
    reassembled = count;
    count += read_source(pinfo, get_data_source_tvb((struct data_source *)pinfo->data_src->data),
                         quoted, found + count, SX_FRAME_MESSAGES_MAX - count);
    /*
     * When TCP reassembly took the rest of the segment too, the frame's
     * last messages are also the reassembled data's last: read them once.
     */
    for (unsigned i = reassembled; i < count; i++) {
        if (also_reassembled(&found[i], found, reassembled)) {
            memmove(&found[i], &found[i + 1], (count - i - 1) * sizeof found[0]);
            count--;
            i--;
        }
    }
    *messages = found;
    return count;
}

const char *sx_frame_header(wmem_allocator_t *pool, const sx_message *message, sx_header_id id)
{
    const sx_header_field *field = sx_header_first(message, id);

    return field ? wmem_strndup(pool, field->value.start, field->value.length) : NULL;
}

const char *sx_frame_header_joined(wmem_allocator_t *pool, const sx_message *message,
                                   sx_header_id id)
{
    const sx_header_field *field = sx_header_first(message, id);
    wmem_strbuf_t *joined;

    if (field == NULL)
        return NULL;
    joined = wmem_strbuf_new(pool, "");
    for (; field; field = sx_header_next(message, field)) {
        if (wmem_strbuf_get_len(joined))
            wmem_strbuf_append(joined, ", ");
        wmem_strbuf_append_len(joined, field->value.start, field->value.length);
    }
    return wmem_strbuf_get_str(joined);
}
