/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "sip_fields.h"
#include "ws_compat.h"

/* Shared, never copied: nearly every CSeq names one of these. */
static const char *const common_methods[] = {
    "INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS", "PRACK",
    "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE",
};

static int field_id_of_type(const char *name, enum ftenum type)
{
    int id = proto_registrar_get_id_byname(name);

    if (id < 0)
        return -1;
    /* A SIP dissector that changed its field types must not be misread. */
    if (type != FT_NONE && proto_registrar_get_ftype(id) != type)
        return -1;
    return id;
}

void sx_sip_fields_resolve(sx_sip_field_ids *ids)
{
    ids->proto_sip = field_id_of_type("sip", FT_PROTOCOL);
    ids->status_code = field_id_of_type("sip.Status-Code", FT_UINT32);
    ids->cseq_method = field_id_of_type("sip.CSeq.method", FT_STRING);
}

GArray *sx_sip_fields_wanted(const sx_sip_field_ids *ids)
{
    const int wanted[] = { ids->proto_sip, ids->status_code, ids->cseq_method };
    GArray *array;

    for (size_t i = 0; i < G_N_ELEMENTS(wanted); i++) {
        if (wanted[i] < 0)
            return NULL;
    }
    array = g_array_sized_new(FALSE, FALSE, sizeof(int), G_N_ELEMENTS(wanted));
    g_array_append_vals(array, wanted, G_N_ELEMENTS(wanted));
    return array;
}

static const char *keep_method(const char *method)
{
    if (method == NULL)
        return NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(common_methods); i++) {
        if (strcmp(method, common_methods[i]) == 0)
            return common_methods[i];
    }
    return wmem_strdup(wmem_file_scope(), method);
}

static gboolean field_inside(const field_info *inner, const field_info *outer)
{
    return inner->ds_tvb == outer->ds_tvb &&
           inner->start >= outer->start &&
           inner->start < outer->start + outer->length;
}

/* The SIP message holding a field: several can share one TCP segment. */
static field_info *enclosing_message(GPtrArray *messages, const field_info *field)
{
    field_info *best = NULL;

    if (messages == NULL)
        return NULL;
    for (unsigned i = 0; i < messages->len; i++) {
        field_info *message = (field_info *)messages->pdata[i];
        if (field_inside(field, message) && (best == NULL || message->start > best->start))
            best = message;
    }
    return best;
}

static field_info *first_inside(GPtrArray *fields, const field_info *message)
{
    if (fields == NULL || message == NULL)
        return NULL;
    for (unsigned i = 0; i < fields->len; i++) {
        field_info *field = (field_info *)fields->pdata[i];
        if (field_inside(field, message))
            return field;
    }
    return NULL;
}

sx_frame_responses *sx_sip_fields_collect(proto_tree *tree, const sx_sip_field_ids *ids)
{
    GPtrArray *codes, *messages, *methods;
    sx_frame_responses *found;

    if (tree == NULL || ids->status_code < 0)
        return NULL;
    codes = proto_get_finfo_ptr_array(tree, ids->status_code);
    if (codes == NULL || codes->len == 0)
        return NULL;
    messages = proto_get_finfo_ptr_array(tree, ids->proto_sip);
    methods = proto_get_finfo_ptr_array(tree, ids->cseq_method);

    found = (sx_frame_responses *)wmem_alloc(wmem_file_scope(),
            sizeof(*found) + codes->len * sizeof(found->responses[0]));
    found->count = codes->len;
    for (unsigned i = 0; i < codes->len; i++) {
        field_info *code = (field_info *)codes->pdata[i];
        field_info *method = first_inside(methods, enclosing_message(messages, code));
        uint32_t value = sx_field_uint(code);

        found->responses[i].code = value > UINT16_MAX ? UINT16_MAX : (uint16_t)value;
        found->responses[i].method = method ? keep_method(sx_field_string(method)) : NULL;
    }
    return found;
}
