/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include <epan/epan_dissect.h>

#include "sip_fields.h"
#include "sip_headers.h"
#include "ws_compat.h"

static const struct {
    const char  *name;
    enum ftenum  type;
    gboolean     required;   /* without it, nothing can be explained */
    gboolean     where_only; /* only where it lies is read: any type will do */
} sip_fields[SX_SIP_FIELD_COUNT] = {
    [SX_SIP_MESSAGE]             = { "sip", FT_PROTOCOL, TRUE },
    [SX_SIP_STATUS_CODE]         = { "sip.Status-Code", FT_UINT32, TRUE },
    [SX_SIP_REQUEST_METHOD]      = { "sip.Method", FT_STRING, FALSE },
    [SX_SIP_CSEQ_METHOD]         = { "sip.CSeq.method", FT_STRING, TRUE },
    [SX_SIP_CSEQ_SEQ]            = { "sip.CSeq.seq", FT_UINT32, FALSE },
    [SX_SIP_CALL_ID]             = { "sip.Call-ID", FT_STRING, FALSE },
    [SX_SIP_TO_TAG]              = { "sip.to.tag", FT_STRING, FALSE },
    [SX_SIP_AUTHORIZATION]       = { "sip.Authorization", FT_STRING, FALSE },
    [SX_SIP_PROXY_AUTHORIZATION] = { "sip.Proxy-Authorization", FT_STRING, FALSE },
    [SX_SIP_EXPIRES]             = { "sip.Expires", FT_UINT32, FALSE },
    [SX_SIP_CONTACT_PARAM]       = { "sip.contact.param", FT_STRING, FALSE },
    [SX_SIP_RETRY_AFTER]         = { "sip.Retry-After", FT_UINT32, FALSE },
    [SX_SIP_REASON]              = { "sip.Reason", FT_STRING, FALSE },
    [SX_SIP_WARNING]             = { "sip.Warning", FT_STRING, FALSE },
    [SX_SIP_RESEND]              = { "sip.resend", FT_BOOLEAN, FALSE },
    [SX_SIP_BODY]                = { "sip.msg_body", FT_NONE, FALSE, TRUE },
    [SX_ICMP]                    = { "icmp", FT_PROTOCOL, FALSE },
    [SX_ICMPV6]                  = { "icmpv6", FT_PROTOCOL, FALSE },
};

void sx_sip_fields_resolve(sx_sip_field_ids *ids)
{
    for (unsigned f = 0; f < SX_SIP_FIELD_COUNT; f++) {
        int id = proto_registrar_get_id_byname(sip_fields[f].name);

        /* A SIP dissector that changed a field's type must not be misread. */
        if (id >= 0 && !sip_fields[f].where_only &&
            proto_registrar_get_ftype(id) != sip_fields[f].type)
            id = -1;
        ids->id[f] = id;
    }
}

/*
 * What the explanation of the code alone needs: the codes, and the bodies
 * and ICMP errors that may hold a response not on the wire. Without the
 * body field, the messages themselves tell.
 */
static gboolean needed(const sx_sip_field_ids *ids, sx_sip_field f, gboolean code_only)
{
    if (!code_only)
        return f != SX_SIP_BODY;
    return f == SX_SIP_STATUS_CODE || f == SX_SIP_BODY || f == SX_ICMP || f == SX_ICMPV6 ||
           (f == SX_SIP_MESSAGE && ids->id[SX_SIP_BODY] < 0);
}

GArray *sx_sip_fields_wanted(const sx_sip_field_ids *ids, gboolean code_only)
{
    GArray *wanted = g_array_sized_new(FALSE, FALSE, sizeof(int), SX_SIP_FIELD_COUNT);

    for (unsigned f = 0; f < SX_SIP_FIELD_COUNT; f++) {
        if (ids->id[f] < 0 && sip_fields[f].required) {
            g_array_free(wanted, TRUE);
            return NULL;
        }
    }
    /*
     * Protocols last: priming a field marks its protocol as only indirectly
     * wanted, and a protocol item that is not wanted directly is left out of
     * a hidden tree, which would hide all SIP messages of a frame but one.
     */
    for (int pass = 0; pass < 2; pass++) {
        for (unsigned f = 0; f < SX_SIP_FIELD_COUNT; f++) {
            gboolean protocol = sip_fields[f].type == FT_PROTOCOL;
            if (ids->id[f] >= 0 && protocol == (pass == 1) &&
                needed(ids, (sx_sip_field)f, code_only))
                g_array_append_val(wanted, ids->id[f]);
        }
    }
    return wanted;
}

void sx_sip_fields_prime(const sx_sip_field_ids *ids)
{
    /* Priming marks the fields, not a tree: a dissection without a tree will do. */
    static epan_dissect_t no_tree;

    /* Both lists, for the first frame may choose either; each puts protocols last. */
    for (int code_only = 0; code_only < 2; code_only++) {
        GArray *wanted = sx_sip_fields_wanted(ids, code_only);
        if (wanted == NULL)
            return;
        epan_dissect_prime_with_hfid_array(&no_tree, wanted);
        g_array_free(wanted, TRUE);
    }
}

/* A visible tree whose SIP fields were not primed: find them by walking it. */
typedef struct {
    const sx_sip_field_ids *ids;
    GPtrArray *found[SX_SIP_FIELD_COUNT];
} tree_walk;

static void walk_node(proto_node *node, gpointer data)
{
    tree_walk *walk = (tree_walk *)data;
    field_info *fi = PNODE_FINFO(node);

    if (fi && fi->hfinfo) {
        for (unsigned f = 0; f < SX_SIP_FIELD_COUNT; f++) {
            if (walk->ids->id[f] == fi->hfinfo->id) {
                if (walk->found[f] == NULL)
                    walk->found[f] = g_ptr_array_new();
                g_ptr_array_add(walk->found[f], fi);
                break;
            }
        }
    }
    proto_tree_children_foreach(node, walk_node, data);
}

static gboolean field_inside(const field_info *inner, const field_info *outer)
{
    return inner->ds_tvb == outer->ds_tvb &&
           inner->start >= outer->start &&
           inner->start < outer->start + outer->length;
}

/*
 * Walks the fields of one kind that belong to one SIP message. Each message
 * scans the whole array: a frame holds few messages, and a scan does not
 * depend on how other dissectors ordered or sized their items.
 */
typedef struct {
    GPtrArray *all;
    unsigned   next;
} field_cursor;

/*
 * The innermost message holding a field: the one starting last, since in a
 * hidden tree every SIP item runs to the end of its data.
 */
static const field_info *owner_of(const field_info *field, GPtrArray *messages)
{
    const field_info *owner = NULL;

    for (unsigned m = 0; m < messages->len; m++) {
        const field_info *message = (const field_info *)messages->pdata[m];
        if (field_inside(field, message) && (owner == NULL || message->start > owner->start))
            owner = message;
    }
    return owner;
}

static void start_message(field_cursor *cursor)
{
    cursor->next = 0;
}

static field_info *next_inside(field_cursor *cursor, const field_info *message,
                               GPtrArray *messages)
{
    while (cursor->all && cursor->next < cursor->all->len) {
        field_info *field = (field_info *)cursor->all->pdata[cursor->next++];
        if (field_inside(field, message) && owner_of(field, messages) == message)
            return field;
    }
    return NULL;
}

static field_info *first_inside(field_cursor *cursor, const field_info *message,
                                GPtrArray *messages)
{
    return next_inside(cursor, message, messages);
}

/*
 * A SIP message carried in the body of another (message/sip) is dissected
 * by a later call of the SIP dissector, so it has a higher layer number than
 * the message that carries it; messages side by side in a TCP segment share
 * one. (In a hidden tree, SIP leaves each item running to the end of its
 * data, so position alone cannot tell a body from the next message.)
 */
static gboolean nested_in_other(const field_info *message, GPtrArray *messages)
{
    for (unsigned m = 0; m < messages->len; m++) {
        const field_info *other = (const field_info *)messages->pdata[m];
        if (other != message && other->proto_layer_num < message->proto_layer_num &&
            field_inside(message, other))
            return TRUE;
    }
    return FALSE;
}

static gboolean inside_any(GPtrArray *containers, const field_info *message)
{
    for (unsigned i = 0; containers && i < containers->len; i++) {
        if (field_inside(message, (const field_info *)containers->pdata[i]))
            return TRUE;
    }
    return FALSE;
}

/* Every occurrence of a header in the message, joined the way lists are. */
static const char *joined_inside(field_cursor *cursor, const field_info *message,
                                 GPtrArray *messages, wmem_allocator_t *pool)
{
    field_info *field = next_inside(cursor, message, messages);
    wmem_strbuf_t *joined;

    if (field == NULL)
        return NULL;
    joined = wmem_strbuf_new(pool, sx_field_string(field));
    while ((field = next_inside(cursor, message, messages)) != NULL) {
        wmem_strbuf_append(joined, ", ");
        wmem_strbuf_append(joined, sx_field_string(field));
    }
    return wmem_strbuf_get_str(joined);
}

static gboolean any_expires_zero(field_cursor *params, const field_info *message,
                                 GPtrArray *messages)
{
    gboolean found = FALSE;
    field_info *param;

    while ((param = next_inside(params, message, messages)) != NULL) {
        const char *text = sx_field_string(param);
        if (text && g_ascii_strcasecmp(text, "expires=0") == 0)
            found = TRUE;
    }
    return found;
}

/*
 * SIP's own Retry-After value is 0 both for garbage and for values with a
 * comment or parameters ("120 (in a meeting)", "18000;duration=3600"), and
 * 4294967295 past 32 bits: read the header line the field covers instead.
 */
static int64_t retry_after_of(const field_info *field, wmem_allocator_t *pool)
{
    const char *line, *colon;

    if (field->ds_tvb == NULL || field->length <= 0)
        return -1;
    line = (const char *)tvb_get_string_enc(pool, field->ds_tvb, field->start, field->length,
                                            ENC_ASCII);
    colon = strchr(line, ':');
    return colon ? sx_parse_retry_after(colon + 1) : -1;
}

/* Inside a body dissected by an earlier call of the SIP dissector. */
static gboolean in_earlier_body(const field_info *field, GPtrArray *bodies)
{
    for (unsigned i = 0; bodies && i < bodies->len; i++) {
        const field_info *body = (const field_info *)bodies->pdata[i];
        if (body->proto_layer_num < field->proto_layer_num && field_inside(field, body))
            return TRUE;
    }
    return FALSE;
}

/*
 * The responses alone, from their status codes: one per response, none per
 * request. A message/sip body is dissected by a later call of the SIP
 * dissector than the message that carries it (see nested_in_other).
 */
static unsigned responses_by_code(proto_tree *tree, const sx_sip_field_ids *ids,
                                  wmem_allocator_t *pool, sx_sip_message **out)
{
    GPtrArray *codes = proto_get_finfo_ptr_array(tree, ids->id[SX_SIP_STATUS_CODE]);
    GPtrArray *bodies, *icmp, *icmpv6;
    sx_sip_message *result;

    if (codes == NULL || codes->len == 0)
        return 0;
    bodies = proto_get_finfo_ptr_array(tree, ids->id[SX_SIP_BODY]);
    icmp = ids->id[SX_ICMP] >= 0 ? proto_get_finfo_ptr_array(tree, ids->id[SX_ICMP]) : NULL;
    icmpv6 = ids->id[SX_ICMPV6] >= 0 ? proto_get_finfo_ptr_array(tree, ids->id[SX_ICMPV6]) : NULL;
    result = wmem_alloc0_array(pool, sx_sip_message, codes->len);
    for (unsigned i = 0; i < codes->len; i++) {
        field_info *code = (field_info *)codes->pdata[i];

        result[i].is_response = TRUE;
        result[i].code = sx_field_uint(code);
        result[i].retry_after = -1;
        result[i].nested = in_earlier_body(code, bodies);
        result[i].quoted_in_icmp = inside_any(icmp, code) || inside_any(icmpv6, code);
    }
    *out = result;
    return codes->len;
}

unsigned sx_sip_fields_messages(proto_tree *tree, const sx_sip_field_ids *ids,
                                wmem_allocator_t *pool, unsigned how, sx_sip_message **out)
{
    field_cursor cursor[SX_SIP_FIELD_COUNT];
    GPtrArray *messages;
    sx_sip_message *result;
    tree_walk walk = { ids, { NULL } };
    unsigned count;

    *out = NULL;
    if (tree == NULL || ids->id[SX_SIP_MESSAGE] < 0)
        return 0;
    if ((how & SX_READ_CODE_ONLY) && !(how & SX_READ_WALK_TREE) && ids->id[SX_SIP_BODY] >= 0)
        return responses_by_code(tree, ids, pool, out);
    if (how & SX_READ_WALK_TREE) {
        proto_tree_children_foreach(tree, walk_node, &walk);
        messages = walk.found[SX_SIP_MESSAGE];
        for (unsigned f = 0; f < SX_SIP_FIELD_COUNT; f++)
            cursor[f].all = walk.found[f];
    } else {
        /* The common case, a frame without SIP, ends here. */
        messages = proto_get_finfo_ptr_array(tree, ids->id[SX_SIP_MESSAGE]);
        if (messages == NULL || messages->len == 0)
            return 0;
        for (unsigned f = 0; f < SX_SIP_FIELD_COUNT; f++) {
            gboolean read = ids->id[f] >= 0 &&
                            needed(ids, (sx_sip_field)f, (how & SX_READ_CODE_ONLY) != 0);
            cursor[f].all = read ? proto_get_finfo_ptr_array(tree, ids->id[f]) : NULL;
        }
    }
    if (messages == NULL || messages->len == 0) {
        count = 0;
        goto done;
    }
    result = wmem_alloc0_array(pool, sx_sip_message, messages->len);
    for (unsigned m = 0; m < messages->len; m++) {
        const field_info *message = (const field_info *)messages->pdata[m];
        sx_sip_message *sip = &result[m];
        field_info *field;

        for (unsigned f = 0; f < SX_SIP_FIELD_COUNT; f++)
            start_message(&cursor[f]);
        sip->retry_after = -1;
        if ((field = first_inside(&cursor[SX_SIP_STATUS_CODE], message, messages)) != NULL) {
            sip->is_response = TRUE;
            sip->code = sx_field_uint(field);
        }
        sip->quoted_in_icmp = inside_any(cursor[SX_ICMP].all, message) ||
                              inside_any(cursor[SX_ICMPV6].all, message);
        sip->nested = nested_in_other(message, messages);
        if (how & SX_READ_CODE_ONLY)
            continue;
        if ((field = first_inside(&cursor[SX_SIP_CSEQ_METHOD], message, messages)) != NULL)
            sip->method = sx_field_string(field);
        if ((field = first_inside(&cursor[SX_SIP_CSEQ_SEQ], message, messages)) != NULL) {
            sip->has_cseq_seq = TRUE;
            sip->cseq_seq = sx_field_uint(field);
        }
        if ((field = first_inside(&cursor[SX_SIP_CALL_ID], message, messages)) != NULL)
            sip->call_id = sx_field_string(field);
        sip->has_to_tag = first_inside(&cursor[SX_SIP_TO_TAG], message, messages) != NULL;
        sip->has_credentials =
            (first_inside(&cursor[SX_SIP_AUTHORIZATION], message, messages) != NULL) |
            (first_inside(&cursor[SX_SIP_PROXY_AUTHORIZATION], message, messages) != NULL);
        if ((field = first_inside(&cursor[SX_SIP_EXPIRES], message, messages)) != NULL)
            sip->deregisters = sx_field_uint(field) == 0;
        sip->deregisters |= any_expires_zero(&cursor[SX_SIP_CONTACT_PARAM], message, messages);
        if ((field = first_inside(&cursor[SX_SIP_RETRY_AFTER], message, messages)) != NULL)
            sip->retry_after = retry_after_of(field, pool);
        sip->reason = joined_inside(&cursor[SX_SIP_REASON], message, messages, pool);
        sip->warning = joined_inside(&cursor[SX_SIP_WARNING], message, messages, pool);
        if ((field = first_inside(&cursor[SX_SIP_RESEND], message, messages)) != NULL)
            sip->resend = sx_field_bool(field);
    }
    *out = result;
    count = messages->len;
done:
    for (unsigned f = 0; f < SX_SIP_FIELD_COUNT; f++) {
        if (walk.found[f])
            g_ptr_array_free(walk.found[f], TRUE);
    }
    return count;
}
