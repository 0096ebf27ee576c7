/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "call_state.h"
#include "sip_context.h"

/* "Call-ID <LF> CSeq number <LF> method" -> SX_SEEN_* flags of that transaction */
static wmem_map_t *transactions;

void sx_call_state_register(void)
{
    transactions = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(),
                                          g_str_hash, g_str_equal);
}

static char *transaction_key(wmem_allocator_t *scope, const sx_sip_message *message,
                             const char *method)
{
    return wmem_strdup_printf(scope, "%s\n%u\n%s", message->call_id, message->cseq_seq, method);
}

static void add_seen(const sx_sip_message *message, const char *method, unsigned seen,
                     wmem_allocator_t *scratch)
{
    char *key = transaction_key(scratch, message, method);
    gpointer stored_key, stored_seen;

    if (wmem_map_lookup_extended(transactions, key, (const void **)&stored_key, &stored_seen)) {
        wmem_map_insert(transactions, stored_key, GUINT_TO_POINTER(GPOINTER_TO_UINT(stored_seen) | seen));
        return;
    }
    wmem_map_insert(transactions, wmem_strdup(wmem_file_scope(), key), GUINT_TO_POINTER(seen));
}

void sx_call_state_note_request(const sx_sip_message *request, wmem_allocator_t *scratch)
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
    add_seen(request, request->method, seen, scratch);
    /* A CANCEL carries the CSeq number of the INVITE it cancels. */
    if (strcmp(request->method, "CANCEL") == 0)
        add_seen(request, "INVITE", SX_SEEN_CANCEL, scratch);
}

unsigned sx_call_state_seen(const sx_sip_message *response, wmem_allocator_t *scratch)
{
    unsigned seen = response->resend ? SX_SEEN_RESEND : 0;

    if (response->call_id && response->has_cseq_seq && response->method)
        seen |= GPOINTER_TO_UINT(wmem_map_lookup(transactions,
                                 transaction_key(scratch, response, response->method)));
    return seen;
}
