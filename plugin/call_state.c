/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "call_state.h"
#include "sip_context.h"

/*
 * One entry per transaction seen: a 64-bit hash of Call-ID, CSeq number and
 * method, and what was seen of it. No strings are kept: a capture of a
 * million transactions has less than one chance in 30 million of two sharing a
 * hash, and the cost of that is one response read in the other's context.
 */
typedef struct {
    guint64  key;
    unsigned seen;   /* SX_SEEN_* */
} transaction;

static wmem_map_t *transactions;
static wmem_map_t *finals_seen;   /* keys of (transaction, direction) answered with a final */

static guint transaction_hash(gconstpointer entry)
{
    return (guint)(((const transaction *)entry)->key ^ (((const transaction *)entry)->key >> 32));
}

static gboolean transaction_equal(gconstpointer a, gconstpointer b)
{
    return ((const transaction *)a)->key == ((const transaction *)b)->key;
}

void sx_call_state_register(void)
{
    transactions = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(),
                                          transaction_hash, transaction_equal);
    finals_seen = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(),
                                         transaction_hash, transaction_equal);
}

/* FNV-1a, 64 bits, over the three parts with a separator no part holds. */
static guint64 hash_bytes(guint64 hash, const void *data, size_t length)
{
    const unsigned char *byte = (const unsigned char *)data;

    for (size_t i = 0; i < length; i++) {
        hash ^= byte[i];
        hash *= G_GUINT64_CONSTANT(0x100000001b3);
    }
    return hash;
}

static guint64 transaction_key(const sx_sip_message *message, const char *method)
{
    guint64 hash = G_GUINT64_CONSTANT(0xcbf29ce484222325);
    uint32_t seq = message->cseq_seq;

    hash = hash_bytes(hash, message->call_id, strlen(message->call_id) + 1);
    hash = hash_bytes(hash, &seq, sizeof(seq));
    return hash_bytes(hash, method, strlen(method) + 1);
}

static void add_seen(const sx_sip_message *message, const char *method, unsigned seen)
{
    transaction probe = { transaction_key(message, method), 0 };
    transaction *stored = (transaction *)wmem_map_lookup(transactions, &probe);

    if (stored == NULL) {
        stored = wmem_new(wmem_file_scope(), transaction);
        *stored = probe;
        wmem_map_insert(transactions, stored, stored);
    }
    stored->seen |= seen;
}

void sx_call_state_note_request(const sx_sip_message *request)
{
    unsigned seen = SX_SEEN_REQUEST;

    if (request->call_id == NULL || !request->has_cseq_seq || request->method == NULL)
        return;
    if (request->has_credentials)
        seen |= SX_SEEN_CREDENTIALS;
    if (strcmp(request->method, "INVITE") == 0 && request->has_to_tag)
        seen |= SX_SEEN_REINVITE;
    if (strcmp(request->method, "REGISTER") == 0 && request->deregisters)
        seen |= SX_SEEN_DEREGISTER;
    add_seen(request, request->method, seen);
    /* A CANCEL carries the CSeq number of the INVITE it cancels. */
    if (strcmp(request->method, "CANCEL") == 0)
        add_seen(request, "INVITE", SX_SEEN_CANCEL);
}

unsigned sx_call_state_seen(const sx_sip_message *response)
{
    unsigned seen = response->resend ? SX_SEEN_RESEND : 0;

    if (response->call_id && response->has_cseq_seq && response->method) {
        transaction probe = { transaction_key(response, response->method), 0 };
        const transaction *stored = (const transaction *)wmem_map_lookup(transactions, &probe);
        if (stored)
            seen |= stored->seen;
    }
    return seen;
}

gboolean sx_call_state_resent(packet_info *pinfo, const sx_sip_message *message)
{
    transaction probe;
    transaction *stored;
    guint64 hash;
    uint16_t port = (uint16_t)pinfo->destport;

    if (!message->is_response || message->code < 200 || message->quoted_in_icmp ||
        pinfo->ptype != PT_UDP || message->call_id == NULL || !message->has_cseq_seq ||
        message->method == NULL)
        return FALSE;
    hash = transaction_key(message, message->method);
    hash = hash_bytes(hash, pinfo->net_src.data, (size_t)pinfo->net_src.len);
    hash = hash_bytes(hash, pinfo->net_dst.data, (size_t)pinfo->net_dst.len);
    probe.key = hash_bytes(hash, &port, sizeof port);
    probe.seen = 0;
    if (wmem_map_lookup(finals_seen, &probe))
        return TRUE;
    stored = wmem_new(wmem_file_scope(), transaction);
    *stored = probe;
    wmem_map_insert(finals_seen, stored, stored);
    return FALSE;
}
