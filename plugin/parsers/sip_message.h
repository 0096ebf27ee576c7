/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Finding the SIP messages in the bytes of one data source of a frame (the
 * frame itself, a reassembled TCP stream, decrypted TLS...) and indexing
 * the headers sipexplain reads. Pure C, no Wireshark: it reads untrusted
 * bytes, so it is unit-tested and fuzzed on its own. Results point into the
 * data; nothing is allocated, and every count is bounded.
 *
 * A message starts with a status line ("SIP/2.0 486 Busy Here") or a
 * request line ("INVITE sip:bob@example.com SIP/2.0"), as SIP's own
 * dissector requires (RFC 3261 §7.1, §7.2: exactly three digits between two
 * spaces); its headers run to the first empty line, its body for
 * Content-Length bytes. A start line inside the headers or body of an
 * earlier message (a message/sipfrag or message/sip body) is not a message.
 */
#ifndef SIPEXPLAIN_SIP_MESSAGE_H
#define SIPEXPLAIN_SIP_MESSAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sip_headers.h"

/* The headers sipexplain reads; any other is skipped. */
typedef enum {
    SX_H_OTHER = 0,
    SX_H_ACCEPT,
    SX_H_ACCEPT_ENCODING,
    SX_H_ACCEPT_LANGUAGE,
    SX_H_ACCEPT_RESOURCE_PRIORITY,
    SX_H_ALERTMSG_ERROR,
    SX_H_ALLOW,
    SX_H_ALLOW_EVENTS,
    SX_H_AUTHORIZATION,
    SX_H_CALL_ID,
    SX_H_CALL_INFO,
    SX_H_CONTACT,
    SX_H_CONTENT_LENGTH,
    SX_H_CONTENT_TYPE,
    SX_H_CSEQ,
    SX_H_ERROR_INFO,
    SX_H_EVENT,
    SX_H_EXPIRES,
    SX_H_FEATURE_CAPS,
    SX_H_FROM,
    SX_H_GEOLOCATION_ERROR,
    SX_H_MAX_FORWARDS,
    SX_H_MIN_EXPIRES,
    SX_H_MIN_SE,
    SX_H_PERMISSION_MISSING,
    SX_H_PROXY_AUTHENTICATE,
    SX_H_PROXY_AUTHORIZATION,
    SX_H_PROXY_REQUIRE,
    SX_H_RACK,
    SX_H_REASON,
    SX_H_RECORD_ROUTE,
    SX_H_RECV_INFO,
    SX_H_REQUIRE,
    SX_H_RESOURCE_PRIORITY,
    SX_H_RETRY_AFTER,
    SX_H_RSEQ,
    SX_H_SECURITY_SERVER,
    SX_H_SERVER,
    SX_H_SESSION_EXPIRES,
    SX_H_SUBSCRIPTION_STATE,
    SX_H_SUPPORTED,
    SX_H_TO,
    SX_H_UNSUPPORTED,
    SX_H_USER_AGENT,
    SX_H_VIA,
    SX_H_WARNING,
    SX_H_WWW_AUTHENTICATE,
    SX_H_COUNT
} sx_header_id;

/* The full name of a header ("Min-Expires"), and the id of a name as written. */
const char *sx_header_name(sx_header_id id);
sx_header_id sx_header_id_of(const char *name, size_t length);

/*
 * Limits: a message keeps at most SX_FIELDS_PER_HEADER lines of one kind,
 * and lines that repeat a kind already kept only while it holds fewer than
 * SX_MESSAGE_FIELDS lines; more are counted (occurrences) but not kept. The
 * first line of every kind is always kept, however many lines came before
 * it, so a CSeq after dozens of Via, Record-Route and Warning lines is still
 * read: at most SX_MESSAGE_FIELDS_MAX lines in all.
 */
enum {
    SX_MESSAGE_FIELDS = 64,
    SX_FIELDS_PER_HEADER = 24,
    SX_MESSAGE_FIELDS_MAX = SX_MESSAGE_FIELDS + SX_H_COUNT - 1
};

typedef struct {
    uint8_t id;       /* sx_header_id */
    uint8_t next;     /* index + 1 of the next line of the same header, 0 at the last */
    sx_span value;    /* after the colon, trimmed; may span folded lines */
} sx_header_field;

typedef struct {
    size_t   start;         /* offset of the start line */
    size_t   headers_end;   /* offset just after the empty line, or the end of the data */
    size_t   end;           /* offset after the body */
    bool     is_response;
    bool     cut;           /* the data ends inside the headers (a truncated frame) */
    unsigned code;          /* responses: the three digits */
    sx_span  phrase;        /* responses: the reason phrase as sent */
    sx_span  method;        /* requests: the method of the request line (a token) */
    sx_span  start_line;
    uint8_t  occurrences[SX_H_COUNT];  /* lines of each header, kept or not (at most 255) */
    uint8_t  first[SX_H_COUNT];        /* index + 1 of its first line, 0 when absent */
    uint8_t  field_count;
    sx_header_field fields[SX_MESSAGE_FIELDS_MAX];
} sx_message;

typedef enum {
    SX_DATAGRAM,   /* one message (UDP): without Content-Length the body runs to the end */
    SX_STREAM,     /* messages one after another (TCP, TLS, SCTP chunks): each must be whole */
} sx_carriage;

/*
 * The messages in data, in order, at most max (*more tells whether there
 * were others). truncated: the data was cut short by the capture, so a
 * message whose headers run to its end is still reported (marked cut).
 */
size_t sx_find_messages(const char *data, size_t length, bool truncated, sx_carriage carriage,
                        sx_message *out, size_t max, bool *more);

/* Whether data may hold a SIP start line at all: a quick test before reading it. */
bool sx_holds_sip_text(const char *data, size_t length);

/* The first kept line of a header, or NULL; the next one after a field. */
const sx_header_field *sx_header_first(const sx_message *message, sx_header_id id);
const sx_header_field *sx_header_next(const sx_message *message, const sx_header_field *field);

/* ---- reading header values (RFC 3261 §25 grammar, leniently) ---- */

/* The longest method read from a CSeq; a longer word is not taken for one. */
enum { SX_METHOD_MAX = 64 };

/* CSeq: the number (when present) and the method token. */
typedef struct {
    bool     has_number;
    uint32_t number;        /* capped at 2^32-1 */
    sx_span  method;        /* length 0 when absent or not a token */
} sx_cseq;

sx_cseq sx_parse_cseq(sx_span value);

/* RAck (RFC 3262 §7.2): response-num LWS CSeq-num LWS Method. */
typedef struct {
    bool     valid;
    uint32_t rseq;
    sx_cseq  cseq;          /* the INVITE it belongs to */
} sx_rack;

sx_rack sx_parse_rack(sx_span value);

/* A decimal value ("Expires: 3600", "Min-SE: 90;x"), capped; -1 when not digits. */
long long sx_parse_number(sx_span value);

/*
 * A parameter of a header value, outside quoted strings and <...>
 * ("tag" of To, "expires" of Contact, "stale" of WWW-Authenticate); its
 * value unquoted. present: whether the name appears at all.
 */
bool sx_find_param(sx_span value, const char *name, sx_span *param_value);

/*
 * The next element of a comma-separated header value (Contact, Allow,
 * Warning...), outside quoted strings and <...>, from *position on; false
 * at the end. Elements come trimmed.
 */
bool sx_next_element(sx_span value, size_t *position, sx_span *element);

/*
 * A parameter of a credentials or challenge value (RFC 3261 §25.1:
 * "Digest" LWS auth-param *(COMMA auth-param)), e.g. realm, stale,
 * response; its value unquoted.
 */
bool sx_find_auth_param(sx_span value, const char *name, sx_span *param_value);

/* A fast 64-bit hash of bytes, to tell copies of a message apart from others. */
uint64_t sx_hash_bytes(uint64_t hash, const void *data, size_t length);
enum { SX_HASH_START = 0x811c9dc5u };

/* Whether a span equals a word, ASCII case ignored. */
bool sx_span_is(sx_span span, const char *word);

/* The span without surrounding white space (including folding). */
sx_span sx_span_trim(sx_span span);

#endif
