/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "context.h"
#include "message_view.h"

uint32_t sx_span_hash(sx_span span)
{
    uint64_t hash = sx_hash_bytes(SX_HASH_START, span.start, span.length);
    return (uint32_t)(hash ^ (hash >> 32));
}

gboolean sx_view_method_is(const sx_view *view, const char *method)
{
    size_t length = strlen(method);
    return view->method.length == length && memcmp(view->method.start, method, length) == 0;
}

const char *sx_view_method(const sx_view *view, wmem_allocator_t *pool)
{
    return view->method.length ? wmem_strndup(pool, view->method.start, view->method.length)
                               : NULL;
}

/* A realm kept with the kind of credentials that answer it: 401 and 407 are apart. */
static uint32_t realm_key(sx_span realm, gboolean proxy)
{
    return (sx_span_hash(realm) << 1) | (proxy ? 1u : 0u);
}

/*
 * Credentials: an Authorization whose digest response is empty (the IMS
 * initial REGISTER, 3GPP TS 24.229 §5.1.1.2.1) answers no challenge.
 */
static void read_credentials(const sx_message *message, sx_header_id id, gboolean proxy,
                             sx_view *view)
{
    for (const sx_header_field *field = sx_header_first(message, id); field;
         field = sx_header_next(message, field)) {
        sx_span response, realm;
        gboolean empty = sx_find_auth_param(field->value, "response", &response) &&
                         response.length == 0;

        if (empty) {
            if (!proxy)
                view->credentials |= SX_SEEN_EMPTY_AUTH;
            continue;
        }
        view->credentials |= proxy ? SX_SEEN_PROXY_AUTH : SX_SEEN_AUTHORIZATION;
        if (sx_find_auth_param(field->value, "realm", &realm) &&
            view->realm_count < SX_VIEW_REALMS)
            view->realms[view->realm_count++] = realm_key(realm, proxy);
    }
}

static void read_challenge(const sx_message *message, sx_header_id id, gboolean proxy,
                           sx_view *view)
{
    for (const sx_header_field *field = sx_header_first(message, id); field;
         field = sx_header_next(message, field)) {
        sx_span stale, realm;

        if (sx_find_auth_param(field->value, "stale", &stale) && sx_span_is(stale, "true"))
            view->stale = TRUE;
        if (sx_find_auth_param(field->value, "realm", &realm) &&
            view->challenge_realm_count < SX_VIEW_REALMS)
            view->challenge_realms[view->challenge_realm_count++] = realm_key(realm, proxy);
    }
}

/*
 * A REGISTER removes bindings when its Contact is "*", or when every
 * Contact expires at once: its expires parameter, else the Expires header,
 * decides (RFC 3261 §10.2.2, §10.3 step 7).
 */
static gboolean removes_bindings(const sx_message *message)
{
    const sx_header_field *expires = sx_header_first(message, SX_H_EXPIRES);
    long long header_expires = expires ? sx_parse_number(expires->value) : -1;
    gboolean any = FALSE;

    for (const sx_header_field *field = sx_header_first(message, SX_H_CONTACT); field;
         field = sx_header_next(message, field)) {
        size_t position = 0;
        sx_span contact, value;

        while (sx_next_element(field->value, &position, &contact)) {
            long long contact_expires = header_expires;
            if (sx_span_is(contact, "*"))
                return TRUE;
            if (sx_find_param(contact, "expires", &value))
                contact_expires = sx_parse_number(value);
            if (contact_expires != 0)
                return FALSE;
            any = TRUE;
        }
    }
    return any;
}

/* The value of a header's first line; length 0 when absent. */
static sx_span first_value(const sx_message *message, sx_header_id id)
{
    const sx_header_field *field = sx_header_first(message, id);
    sx_span none = { NULL, 0 };

    return field ? field->value : none;
}

void sx_view_read(const sx_frame_message *frame, sx_view *view)
{
    const sx_message *message = frame->message;
    const sx_header_field *field;

    memset(view, 0, sizeof *view);
    view->frame = frame;
    view->message = message;
    view->is_response = message->is_response;
    view->code = message->code;
    view->phrase = message->phrase;
    if (message->is_response) {
        view->software = first_value(message, SX_H_SERVER);
        if (view->software.length == 0)
            view->software = first_value(message, SX_H_USER_AGENT);
    }
    if ((field = sx_header_first(message, SX_H_CSEQ)) != NULL) {
        sx_cseq cseq = sx_parse_cseq(field->value);
        view->has_cseq = TRUE;
        view->has_cseq_number = cseq.has_number;
        view->cseq = cseq.number;
        view->method = cseq.method;
    }
    if ((field = sx_header_first(message, SX_H_CALL_ID)) != NULL)
        view->call_id = field->value;
    if ((field = sx_header_first(message, SX_H_FROM)) != NULL)
        sx_find_param(field->value, "tag", &view->from_tag);
    if ((field = sx_header_first(message, SX_H_TO)) != NULL)
        view->has_to_tag = sx_find_param(field->value, "tag", &view->to_tag);
    if (message->is_response) {
        if (message->code == 401)
            read_challenge(message, SX_H_WWW_AUTHENTICATE, FALSE, view);
        else if (message->code == 407)
            read_challenge(message, SX_H_PROXY_AUTHENTICATE, TRUE, view);
        if ((field = sx_header_first(message, SX_H_RSEQ)) != NULL) {
            long long rseq = sx_parse_number(field->value);
            view->has_rseq = rseq >= 0;
            view->rseq = rseq >= 0 ? (uint32_t)rseq : 0;
        }
    } else {
        read_credentials(message, SX_H_AUTHORIZATION, FALSE, view);
        read_credentials(message, SX_H_PROXY_AUTHORIZATION, TRUE, view);
        if (sx_view_method_is(view, "REGISTER"))
            view->deregisters = removes_bindings(message);
        if ((field = sx_header_first(message, SX_H_RACK)) != NULL) {
            sx_rack rack = sx_parse_rack(field->value);
            view->has_rack = rack.valid;
            view->rack_rseq = rack.rseq;
            view->rack_cseq = rack.cseq.number;
        }
    }
    view->asked_expires = view->session_expires = -1;
    if (!message->is_response) {
        const sx_header_field *contact = sx_header_first(message, SX_H_CONTACT);
        sx_span expires;
        if (contact && sx_find_param(contact->value, "expires", &expires))
            view->asked_expires = sx_parse_number(expires);
        else if ((field = sx_header_first(message, SX_H_EXPIRES)) != NULL)
            view->asked_expires = sx_parse_number(field->value);
        if ((field = sx_header_first(message, SX_H_SESSION_EXPIRES)) != NULL)
            view->session_expires = sx_parse_number(field->value);
        view->event = first_value(message, SX_H_EVENT);
        view->require = first_value(message, SX_H_REQUIRE);
        view->proxy_require = first_value(message, SX_H_PROXY_REQUIRE);
        view->accept = first_value(message, SX_H_ACCEPT);
    }
    view->length = message->end - message->start;
    view->bytes_hash = sx_hash_bytes(SX_HASH_START, frame->data + message->start, view->length);
}

sx_span sx_view_uri(sx_span value)
{
    const char *start = value.start, *end = value.start + value.length;

    for (const char *c = start; c < end; c++) {
        if (*c == '<') {
            const char *close = memchr(c, '>', (size_t)(end - c));
            if (close) {
                start = c + 1;
                end = close;
            }
            break;
        }
    }
    if (start == value.start && value.length) {
        const char *semicolon = memchr(start, ';', (size_t)(end - start));
        if (semicolon)
            end = semicolon;
    }
    value.start = start;
    value.length = (size_t)(end - start);
    return sx_span_trim(value);
}
