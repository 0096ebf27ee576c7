/* SPDX-License-Identifier: GPL-2.0-or-later */
#define _GNU_SOURCE   /* memmem */
#include <string.h>

#include "sip_message.h"

static const char *const header_names[SX_H_COUNT] = {
    [SX_H_OTHER] = "",
    [SX_H_ACCEPT] = "Accept",
    [SX_H_ACCEPT_ENCODING] = "Accept-Encoding",
    [SX_H_ACCEPT_LANGUAGE] = "Accept-Language",
    [SX_H_ACCEPT_RESOURCE_PRIORITY] = "Accept-Resource-Priority",
    [SX_H_ALERTMSG_ERROR] = "AlertMsg-Error",
    [SX_H_ALLOW] = "Allow",
    [SX_H_ALLOW_EVENTS] = "Allow-Events",
    [SX_H_AUTHORIZATION] = "Authorization",
    [SX_H_CALL_ID] = "Call-ID",
    [SX_H_CALL_INFO] = "Call-Info",
    [SX_H_CONTACT] = "Contact",
    [SX_H_CONTENT_LENGTH] = "Content-Length",
    [SX_H_CONTENT_TYPE] = "Content-Type",
    [SX_H_CSEQ] = "CSeq",
    [SX_H_ERROR_INFO] = "Error-Info",
    [SX_H_EVENT] = "Event",
    [SX_H_EXPIRES] = "Expires",
    [SX_H_FEATURE_CAPS] = "Feature-Caps",
    [SX_H_FROM] = "From",
    [SX_H_GEOLOCATION_ERROR] = "Geolocation-Error",
    [SX_H_MAX_FORWARDS] = "Max-Forwards",
    [SX_H_MIN_EXPIRES] = "Min-Expires",
    [SX_H_MIN_SE] = "Min-SE",
    [SX_H_PERMISSION_MISSING] = "Permission-Missing",
    [SX_H_PROXY_AUTHENTICATE] = "Proxy-Authenticate",
    [SX_H_PROXY_AUTHORIZATION] = "Proxy-Authorization",
    [SX_H_PROXY_REQUIRE] = "Proxy-Require",
    [SX_H_RACK] = "RAck",
    [SX_H_REASON] = "Reason",
    [SX_H_RECORD_ROUTE] = "Record-Route",
    [SX_H_RECV_INFO] = "Recv-Info",
    [SX_H_REQUIRE] = "Require",
    [SX_H_RESOURCE_PRIORITY] = "Resource-Priority",
    [SX_H_RETRY_AFTER] = "Retry-After",
    [SX_H_RSEQ] = "RSeq",
    [SX_H_SECURITY_SERVER] = "Security-Server",
    [SX_H_SERVER] = "Server",
    [SX_H_SESSION_EXPIRES] = "Session-Expires",
    [SX_H_SUBSCRIPTION_STATE] = "Subscription-State",
    [SX_H_SUPPORTED] = "Supported",
    [SX_H_TO] = "To",
    [SX_H_UNSUPPORTED] = "Unsupported",
    [SX_H_USER_AGENT] = "User-Agent",
    [SX_H_VIA] = "Via",
    [SX_H_WARNING] = "Warning",
    [SX_H_WWW_AUTHENTICATE] = "WWW-Authenticate",
};

const char *sx_header_name(sx_header_id id)
{
    return (unsigned)id < SX_H_COUNT ? header_names[id] : "";
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static bool same_ignoring_case(const char *a, const char *b, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

/* The compact forms of RFC 3261 §7.3.3 and its extensions. */
static sx_header_id compact_form(char c)
{
    switch (lower(c)) {
    case 'i': return SX_H_CALL_ID;
    case 'm': return SX_H_CONTACT;
    case 'l': return SX_H_CONTENT_LENGTH;
    case 'c': return SX_H_CONTENT_TYPE;
    case 'f': return SX_H_FROM;
    case 'k': return SX_H_SUPPORTED;
    case 't': return SX_H_TO;
    case 'v': return SX_H_VIA;
    case 'o': return SX_H_EVENT;
    case 'u': return SX_H_ALLOW_EVENTS;
    case 'x': return SX_H_SESSION_EXPIRES;
    default: return SX_H_OTHER;
    }
}

/*
 * Header names by a hash of length and first and last letters: nearly every
 * bucket holds one name, and most lines are headers sipexplain skips.
 */
enum { NAME_BUCKETS = 128, BUCKET_DEPTH = 3 };

/* Letters with the case bit set: known names hold only letters and '-', which it leaves. */
static unsigned name_hash(const char *name, size_t length)
{
    return (((unsigned char)name[0] | 0x20u) * 7u + ((unsigned char)name[length - 1] | 0x20u) * 3u +
            (unsigned)length) % NAME_BUCKETS;
}

static uint8_t buckets[NAME_BUCKETS][BUCKET_DEPTH];
static uint8_t name_lengths[SX_H_COUNT];
static bool buckets_ready;

static void fill_buckets(void)
{
    for (unsigned id = 1; id < SX_H_COUNT; id++) {
        size_t length = strlen(header_names[id]);
        uint8_t *bucket = buckets[name_hash(header_names[id], length)];
        name_lengths[id] = (uint8_t)length;
        for (unsigned slot = 0; slot < BUCKET_DEPTH; slot++) {
            if (bucket[slot] == 0) {
                bucket[slot] = (uint8_t)id;
                break;
            }
        }
    }
    buckets_ready = true;
}

/*
 * Known names hold only letters and '-': two bytes that differ at most in
 * the case bit match one of them only as the same letter ('-' pairs with
 * a CR, which a name never holds).
 */
static bool same_name(const char *known, const char *name, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        if (((unsigned char)known[i] ^ (unsigned char)name[i]) & 0xdf)
            return false;
    }
    return true;
}

sx_header_id sx_header_id_of(const char *name, size_t length)
{
    const uint8_t *bucket;

    if (length == 1)
        return compact_form(name[0]);
    if (length == 0 || length > 32)
        return SX_H_OTHER;
    if (!buckets_ready)
        fill_buckets();
    bucket = buckets[name_hash(name, length)];
    for (unsigned slot = 0; slot < BUCKET_DEPTH && bucket[slot]; slot++) {
        unsigned id = bucket[slot];
        if (name_lengths[id] == length && same_name(header_names[id], name, length))
            return (sx_header_id)id;
    }
    return SX_H_OTHER;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* RFC 3261 token characters: alphanumerics and -.!%*_+`'~ */
static bool is_token_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
           c == '-' || c == '.' || c == '!' || c == '%' || c == '*' || c == '_' || c == '+' ||
           c == '`' || c == '\'' || c == '~';
}

static bool is_white(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

sx_span sx_span_trim(sx_span span)
{
    while (span.length && is_white(span.start[0])) {
        span.start++;
        span.length--;
    }
    while (span.length && is_white(span.start[span.length - 1]))
        span.length--;
    return span;
}

bool sx_span_is(sx_span span, const char *word)
{
    size_t length = strlen(word);
    return span.length == length && same_ignoring_case(span.start, word, length);
}

/* The offset of the end of the line that starts at p (its LF), or length. */
static size_t line_end(const char *data, size_t length, size_t p)
{
    const char *lf = memchr(data + p, '\n', length - p);
    return lf ? (size_t)(lf - data) : length;
}

/* The line [p, end) without its CR. */
static size_t without_cr(const char *data, size_t p, size_t end)
{
    return end > p && data[end - 1] == '\r' ? end - 1 : end;
}

static void keep_field(sx_message *message, sx_header_id id, sx_span value)
{
    sx_header_field *field;
    uint8_t *link;

    if (message->occurrences[id] < UINT8_MAX)
        message->occurrences[id]++;
    if (message->occurrences[id] > SX_FIELDS_PER_HEADER)
        return;
    /* A repeated line only while there is room; the first of its kind always (one per id). */
    if (message->first[id] != 0 && message->field_count >= SX_MESSAGE_FIELDS)
        return;
    if (message->field_count >= SX_MESSAGE_FIELDS_MAX)
        return;   /* cannot happen: at most SX_H_COUNT - 1 first lines past the limit */
    field = &message->fields[message->field_count];
    field->id = (uint8_t)id;
    field->next = 0;
    field->value = value;
    /* Append to the chain of this header, so lines stay in order. */
    link = &message->first[id];
    while (*link)
        link = &message->fields[*link - 1].next;
    *link = (uint8_t)(message->field_count + 1);
    message->field_count++;
}

/*
 * Reads the header lines from p; returns the offset after the empty line,
 * or length when there is none (*complete false). The last kept field of a
 * line is extended over its folded continuation lines.
 */
static size_t read_headers(const char *data, size_t length, size_t p, sx_message *message,
                           long long *content_length, bool *complete)
{
    sx_header_field *last = NULL;

    *complete = false;
    *content_length = -1;
    while (p < length) {
        size_t end = line_end(data, length, p);
        size_t text_end = without_cr(data, p, end);

        if (text_end == p) {
            *complete = end < length;
            return end < length ? end + 1 : length;
        }
        if (data[p] == ' ' || data[p] == '\t') {
            /* A folded line continues the header before it (RFC 3261 §7.3.1). */
            if (last)
                last->value.length = (size_t)(data + text_end - last->value.start);
        } else {
            const char *found = memchr(data + p, ':', text_end - p);
            last = NULL;
            if (found) {
                size_t colon = (size_t)(found - data), name_end;
                sx_header_id id;
                sx_span value;

                name_end = colon;
                while (name_end > p && (data[name_end - 1] == ' ' || data[name_end - 1] == '\t'))
                    name_end--;
                id = name_end > p ? sx_header_id_of(data + p, name_end - p) : SX_H_OTHER;
                value.start = data + colon + 1;
                value.length = text_end - colon - 1;
                value = sx_span_trim(value);
                if (id == SX_H_CONTENT_LENGTH && *content_length < 0)
                    *content_length = sx_parse_number(value);
                if (id != SX_H_OTHER) {
                    uint8_t before = message->field_count;
                    keep_field(message, id, value);
                    if (message->field_count > before)
                        last = &message->fields[before];
                }
            }
        }
        p = end < length ? end + 1 : length;
    }
    return length;
}

/*
 * The methods of the IANA registry (the list sx_methods in
 * plugin/reference/responses_lookup.c holds, for the parsers do not depend
 * on the reference tables), longest first.
 */
static const char *const registered_methods[] = {
    "SUBSCRIBE", "REGISTER", "MESSAGE", "OPTIONS", "PUBLISH", "CANCEL", "INVITE", "NOTIFY",
    "UPDATE", "PRACK", "REFER", "INFO", "ACK", "BYE",
};

/* The offset in run of the longest registered method that ends it, or 0 when none does. */
static size_t registered_method_suffix(const char *run, size_t length)
{
    for (size_t i = 0; i < sizeof registered_methods / sizeof registered_methods[0]; i++) {
        size_t method_length = strlen(registered_methods[i]);
        if (method_length < length &&
            memcmp(run + length - method_length, registered_methods[i], method_length) == 0)
            return length - method_length;
    }
    return 0;
}

/* A status line at s: "SIP/2.0" SP 3DIGIT SP. */
static bool status_line_at(const char *data, size_t length, size_t s)
{
    return s + 12 <= length && data[s + 7] == ' ' && is_digit(data[s + 8]) &&
           is_digit(data[s + 9]) && is_digit(data[s + 10]) && data[s + 11] == ' ';
}

/*
 * A request line ending in "SIP/2.0" at s: Method SP Request-URI SP SIP/2.0.
 * Returns the offset of the method, or (size_t)-1.
 */
static size_t request_line_start(const char *data, size_t length, size_t s, size_t floor,
                                 size_t *method_end)
{
    size_t uri, method, after = s + 7;

    /* White space before the line end is tolerated, as SIP stacks do. */
    while (after < length && (data[after] == ' ' || data[after] == '\t'))
        after++;
    if (s < floor + 4 || data[s - 1] != ' ' || s + 7 > length ||
        (after < length && data[after] != '\r' && data[after] != '\n'))
        return (size_t)-1;
    uri = s - 1;
    while (uri > floor && data[uri - 1] != ' ' && data[uri - 1] != '\n' && data[uri - 1] != '\r')
        uri--;
    if (uri == s - 1 || uri <= floor || data[uri - 1] != ' ')
        return (size_t)-1;
    method = uri - 1;
    while (method > floor && is_token_char(data[method - 1]))
        method--;
    if (method == uri - 1)
        return (size_t)-1;
    /*
     * Not at the start of a line or of the data: bytes that are not text
     * come before it (the UDP header in a frame's bytes), and their last
     * ones may be token characters too ("XXINVITE"). A registered method
     * ending the run is then the method.
     */
    if (method > floor && data[method - 1] != '\n' && data[method - 1] != '\r')
        method = registered_method_suffix(data + method, uri - 1 - method) + method;
    *method_end = uri - 1;
    return method;
}

size_t sx_find_messages(const char *data, size_t length, bool truncated, sx_carriage carriage,
                        sx_message *out, size_t max, bool *more)
{
    size_t count = 0, search = 0, floor = 0;

    *more = false;
    while (search + 7 <= length) {
        const char *hit = memmem(data + search, length - search, "/2.0", 4);
        size_t s, method = 0, method_end = 0, first_line_end, body;
        bool response;
        long long content_length;
        bool complete;
        sx_message *message;

        if (hit == NULL)
            break;
        s = (size_t)(hit - data);
        search = s + 4;
        if (s < floor + 3 || !same_ignoring_case(data + s - 3, "SIP", 3))
            continue;
        s -= 3;
        response = status_line_at(data, length, s);
        if (!response) {
            method = request_line_start(data, length, s, floor, &method_end);
            if (method == (size_t)-1)
                continue;
        }
        if (count == max) {
            *more = true;
            break;
        }
        message = &out[count];
        memset(message->occurrences, 0, sizeof message->occurrences);
        memset(message->first, 0, sizeof message->first);
        message->field_count = 0;
        message->is_response = response;
        message->start = response ? s : method;
        message->code = 0;
        message->phrase.start = message->method.start = NULL;
        message->phrase.length = message->method.length = 0;
        first_line_end = line_end(data, length, s);
        message->start_line.start = data + message->start;
        message->start_line.length = without_cr(data, message->start, first_line_end) -
                                     message->start;
        if (response) {
            message->code = (unsigned)((data[s + 8] - '0') * 100 + (data[s + 9] - '0') * 10 +
                                       (data[s + 10] - '0'));
            message->phrase.start = data + s + 12;
            message->phrase.length = without_cr(data, s + 12, first_line_end) - (s + 12);
        } else {
            message->method.start = data + method;
            message->method.length = method_end - method;
        }
        message->headers_end = read_headers(data, length,
                                            first_line_end < length ? first_line_end + 1 : length,
                                            message, &content_length, &complete);
        message->cut = !complete;
        if (!complete && carriage == SX_STREAM && !truncated)
            break;   /* the rest of a stream is this message, still being reassembled */
        body = message->headers_end;
        if (content_length >= 0) {
            if ((unsigned long long)content_length > length - body) {
                if (carriage == SX_STREAM && !truncated)
                    break;
                message->end = length;
            } else {
                message->end = body + (size_t)content_length;
            }
        } else {
            /* No Content-Length: a datagram's body is the rest of it (RFC 3261 §18.3). */
            message->end = carriage == SX_DATAGRAM ? length : body;
        }
        message->cut = message->cut && truncated;
        count++;
        /* A datagram carries one message: SIP reads nothing after it (RFC 3261 §18.3). */
        if (carriage == SX_DATAGRAM)
            break;
        floor = message->end;
        if (search < floor)
            search = floor;
    }
    return count;
}

bool sx_holds_sip_text(const char *data, size_t length)
{
    return memmem(data, length, "/2.0", 4) != NULL;
}

const sx_header_field *sx_header_first(const sx_message *message, sx_header_id id)
{
    uint8_t index = (unsigned)id < SX_H_COUNT ? message->first[id] : 0;
    return index ? &message->fields[index - 1] : NULL;
}

const sx_header_field *sx_header_next(const sx_message *message, const sx_header_field *field)
{
    return field && field->next ? &message->fields[field->next - 1] : NULL;
}

sx_cseq sx_parse_cseq(sx_span value)
{
    sx_cseq cseq = { false, 0, { NULL, 0 } };
    size_t i = 0, start;

    value = sx_span_trim(value);
    /* The number: digits; a sign or other bytes glued to them spoil it, not the method. */
    if (i < value.length && (is_digit(value.start[i]) || value.start[i] == '-' ||
                             value.start[i] == '+')) {
        unsigned long long number = 0;
        bool digits_only = true;
        while (i < value.length && !is_white(value.start[i])) {
            if (is_digit(value.start[i])) {
                if (number < 0xffffffffULL)
                    number = number * 10 + (unsigned)(value.start[i] - '0');
            } else {
                digits_only = false;
            }
            i++;
        }
        cseq.has_number = digits_only;
        cseq.number = !digits_only ? 0 : number > 0xffffffffULL ? 0xffffffffU : (uint32_t)number;
    }
    while (i < value.length && is_white(value.start[i]))
        i++;
    start = i;
    while (i < value.length && !is_white(value.start[i]))
        i++;
    /* A method is a token (RFC 3261 §25.1); anything else is not one to name. */
    if (i > start && i - start <= SX_METHOD_MAX) {
        size_t c = start;
        while (c < i && is_token_char(value.start[c]))
            c++;
        if (c == i) {
            cseq.method.start = value.start + start;
            cseq.method.length = i - start;
        }
    }
    return cseq;
}

sx_rack sx_parse_rack(sx_span value)
{
    sx_rack rack = { false, 0, { false, 0, { NULL, 0 } } };
    size_t i = 0;
    long long rseq;

    value = sx_span_trim(value);
    rseq = sx_parse_number(value);
    if (rseq < 0)
        return rack;
    while (i < value.length && is_digit(value.start[i]))
        i++;
    value.start += i;
    value.length -= i;
    rack.cseq = sx_parse_cseq(value);
    rack.rseq = (uint32_t)rseq;
    rack.valid = rack.cseq.has_number && rack.cseq.method.length > 0;
    return rack;
}

long long sx_parse_number(sx_span value)
{
    long long number = 0;
    size_t i = 0;

    value = sx_span_trim(value);
    if (value.length == 0 || !is_digit(value.start[0]))
        return -1;
    while (i < value.length && is_digit(value.start[i])) {
        if (number < 4294967295LL)
            number = number * 10 + (value.start[i] - '0');
        i++;
    }
    return number > 4294967295LL ? 4294967295LL : number;
}

/*
 * Parameters of a header value: ";name=value" after the part in <...>, or
 * after the URI when there is none, outside quoted strings.
 */
/* The bytes sx_find_param() acts on: quoting, angle brackets, parameter separators. */
static const bool param_syntax[256] = {
    ['"'] = true, ['\\'] = true, ['<'] = true, ['>'] = true, [';'] = true,
};

bool sx_find_param(sx_span value, const char *name, sx_span *param_value)
{
    size_t name_length = strlen(name);
    bool quoted = false;
    int angle = 0;

    size_t from = 0;
    const char *close;

    /* Most values have no parameter at all. */
    if (value.length == 0 || memchr(value.start, ';', value.length) == NULL)
        return false;
    /*
     * A name-addr's parameters follow its last '>': start there when no
     * quote follows it and no comma (a list) comes before it.
     */
    close = memrchr(value.start, '>', value.length);
    if (close) {
        size_t after = (size_t)(close - value.start) + 1;
        if (memchr(value.start + after, '"', value.length - after) == NULL &&
            memchr(value.start, ',', after) == NULL)
            from = after;
    }
    for (size_t i = from; i < value.length; i++) {
        char c;
        size_t p, end;

        /* Most bytes of a name-addr change nothing: skip them in a tight loop. */
        while (i < value.length && !param_syntax[(unsigned char)value.start[i]])
            i++;
        if (i == value.length)
            break;
        c = value.start[i];
        if (quoted) {
            if (c == '\\')
                i++;
            else if (c == '"')
                quoted = false;
            continue;
        }
        if (c == '"') {
            quoted = true;
            continue;
        }
        if (c == '<')
            angle++;
        else if (c == '>' && angle > 0)
            angle--;
        if (c != ';' || angle > 0)
            continue;
        p = i + 1;
        while (p < value.length && is_white(value.start[p]))
            p++;
        if (value.length - p < name_length || !same_ignoring_case(value.start + p, name, name_length))
            continue;
        end = p + name_length;
        while (end < value.length && is_white(value.start[end]))
            end++;
        if (end < value.length && value.start[end] != '=' && value.start[end] != ';' &&
            value.start[end] != ',')
            continue;   /* a longer name that begins with this one */
        if (param_value) {
            param_value->start = value.start + end;
            param_value->length = 0;
            if (end < value.length && value.start[end] == '=') {
                size_t v = end + 1, v_end;
                bool in_quotes = false;
                v_end = v;
                while (v_end < value.length) {
                    char d = value.start[v_end];
                    if (in_quotes && d == '\\') {
                        v_end += 2;
                        continue;
                    }
                    if (d == '"')
                        in_quotes = !in_quotes;
                    else if (!in_quotes && (d == ';' || d == ','))
                        break;
                    v_end++;
                }
                if (v_end > value.length)
                    v_end = value.length;
                param_value->start = value.start + v;
                param_value->length = v_end - v;
                *param_value = sx_span_trim(*param_value);
                if (param_value->length >= 2 && param_value->start[0] == '"' &&
                    param_value->start[param_value->length - 1] == '"') {
                    param_value->start++;
                    param_value->length -= 2;
                }
            }
        }
        return true;
    }
    return false;
}

bool sx_next_element(sx_span value, size_t *position, sx_span *element)
{
    size_t p = *position, start;
    bool quoted = false;
    int angle = 0;

    while (p < value.length && (is_white(value.start[p]) || value.start[p] == ','))
        p++;
    if (p >= value.length) {
        *position = value.length;
        return false;
    }
    start = p;
    for (; p < value.length; p++) {
        char c = value.start[p];
        if (quoted) {
            if (c == '\\')
                p++;
            else if (c == '"')
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == '<') {
            angle++;
        } else if (c == '>' && angle > 0) {
            angle--;
        } else if (c == ',' && angle == 0) {
            break;
        }
    }
    if (p > value.length)
        p = value.length;
    element->start = value.start + start;
    element->length = p - start;
    *element = sx_span_trim(*element);
    *position = p;
    return true;
}

bool sx_find_auth_param(sx_span value, const char *name, sx_span *param_value)
{
    size_t p = 0, name_length = strlen(name);

    value = sx_span_trim(value);
    /* Past the scheme ("Digest"). */
    while (p < value.length && !is_white(value.start[p]))
        p++;
    value.start += p;
    value.length -= p;
    p = 0;
    while (p < value.length) {
        sx_span element, item_name, item_value;
        size_t equals;

        /* auth-params hold no <...>, so elements split as any list does. */
        if (!sx_next_element(value, &p, &element))
            break;
        equals = 0;
        while (equals < element.length && element.start[equals] != '=')
            equals++;
        item_name.start = element.start;
        item_name.length = equals;
        item_name = sx_span_trim(item_name);
        if (item_name.length != name_length ||
            !same_ignoring_case(item_name.start, name, name_length))
            continue;
        item_value.start = element.start + (equals < element.length ? equals + 1 : equals);
        item_value.length = equals < element.length ? element.length - equals - 1 : 0;
        item_value = sx_span_trim(item_value);
        if (item_value.length >= 2 && item_value.start[0] == '"' &&
            item_value.start[item_value.length - 1] == '"') {
            item_value.start++;
            item_value.length -= 2;
        }
        if (param_value)
            *param_value = item_value;
        return true;
    }
    return false;
}

/* FNV-1a, eight bytes at a time where it can: copies are told from others, not secrets. */
uint64_t sx_hash_bytes(uint64_t hash, const void *data, size_t length)
{
    const unsigned char *byte = (const unsigned char *)data;
    size_t i = 0;

    for (; i + 8 <= length; i += 8) {
        uint64_t word;
        memcpy(&word, byte + i, sizeof word);
        hash ^= word;
        hash *= 0x100000001b3ULL;
        hash ^= hash >> 29;
    }
    for (; i < length; i++) {
        hash ^= byte[i];
        hash *= 0x100000001b3ULL;
    }
    return hash;
}
