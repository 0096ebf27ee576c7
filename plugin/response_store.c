/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "response_store.h"

/*
 * Eight bytes per response. What most responses lack (an uncommon method,
 * Retry-After, Reason, Warning) sits in a separate list of extras.
 */
typedef struct {
    uint16_t code;      /* codes past 65535 are kept as 65535, which is invalid too */
    uint8_t  seen;
    uint8_t  method;    /* METHOD_NONE, an index into common_methods, or METHOD_OTHER */
    uint32_t extra;     /* 1 + index into extras; 0 without one */
} packed_response;

#define QUOTED_IN_ICMP 0x80u   /* a flag in packed_response.method */
#define METHOD_NONE    0x7Fu
#define METHOD_OTHER   0x7Eu

typedef struct {
    int64_t     retry_after;
    const char *method;
    const char *reason;
    const char *warning;
} response_extra;

/* Frames with responses, sorted by number: the first pass reads in order. */
typedef struct {
    guint32 frame;
    guint32 first;
    guint32 count;
} frame_entry;

/* Shared, never copied: nearly every CSeq names one of these. */
static const char *const common_methods[] = {
    "INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS", "PRACK",
    "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE",
};

static wmem_array_t *responses;
static wmem_array_t *extras;
static wmem_array_t *frames;

static void store_init(void)
{
    responses = wmem_array_new(wmem_file_scope(), sizeof(packed_response));
    extras = wmem_array_new(wmem_file_scope(), sizeof(response_extra));
    frames = wmem_array_new(wmem_file_scope(), sizeof(frame_entry));
}

static void store_cleanup(void)
{
    /* The file scope has freed them. */
    responses = extras = frames = NULL;
}

void sx_response_store_register(void)
{
    register_init_routine(store_init);
    register_cleanup_routine(store_cleanup);
}

static uint8_t method_index(const char *method)
{
    if (method == NULL)
        return METHOD_NONE;
    for (size_t i = 0; i < G_N_ELEMENTS(common_methods); i++) {
        if (strcmp(method, common_methods[i]) == 0)
            return (uint8_t)i;
    }
    return METHOD_OTHER;
}

static const char *file_copy(const char *text)
{
    return text ? wmem_strdup(wmem_file_scope(), text) : NULL;
}

/* Where the frame is, or where it would go. */
static guint find_frame(guint32 frame)
{
    const frame_entry *entries = (const frame_entry *)wmem_array_get_raw(frames);
    guint low = 0, high = wmem_array_get_count(frames);

    while (low < high) {
        guint middle = low + (high - low) / 2;
        if (entries[middle].frame < frame)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

unsigned sx_response_store_add(guint32 frame, const sx_stored_response *given, unsigned count,
                               unsigned *first)
{
    frame_entry entry;
    frame_entry *entries;
    guint at, total;

    *first = 0;
    if (frames == NULL || count == 0)
        return 0;
    entry.frame = frame;
    entry.first = *first = wmem_array_get_count(responses);
    entry.count = count;
    for (unsigned i = 0; i < count; i++) {
        const sx_stored_response *response = &given[i];
        uint8_t method = method_index(response->method);
        packed_response packed = { (uint16_t)MIN(response->code, UINT16_MAX),
                                   (uint8_t)response->seen, method, 0 };

        if (method == METHOD_OTHER || response->retry_after >= 0 || response->reason ||
            response->warning) {
            response_extra extra = { response->retry_after,
                                     method == METHOD_OTHER ? file_copy(response->method) : NULL,
                                     file_copy(response->reason), file_copy(response->warning) };
            wmem_array_append_one(extras, extra);
            packed.extra = wmem_array_get_count(extras);
        }
        if (response->quoted_in_icmp)
            packed.method |= QUOTED_IN_ICMP;
        wmem_array_append_one(responses, packed);
    }

    /* Almost always appended at the end; otherwise moved into place. */
    total = wmem_array_get_count(frames);
    entries = (frame_entry *)wmem_array_get_raw(frames);
    at = total == 0 || entries[total - 1].frame < frame ? total : find_frame(frame);
    if (at < total && ((frame_entry *)wmem_array_get_raw(frames))[at].frame == frame) {
        /* Read twice (a first pass does not do that): the newer reading wins. */
        ((frame_entry *)wmem_array_get_raw(frames))[at] = entry;
        return count;
    }
    wmem_array_append_one(frames, entry);
    if (at < total) {
        entries = (frame_entry *)wmem_array_get_raw(frames);
        memmove(&entries[at + 1], &entries[at], (total - at) * sizeof(entry));
        entries[at] = entry;
    }
    return count;
}

unsigned sx_response_store_count(guint32 frame, unsigned *first)
{
    const frame_entry *entries;
    guint at;

    *first = 0;
    if (frames == NULL)
        return 0;
    at = find_frame(frame);
    entries = (const frame_entry *)wmem_array_get_raw(frames);
    if (at >= wmem_array_get_count(frames) || entries[at].frame != frame)
        return 0;
    *first = entries[at].first;
    return entries[at].count;
}

void sx_response_store_get(unsigned index, sx_stored_response *response)
{
    const packed_response *packed = (const packed_response *)wmem_array_index(responses, index);
    uint8_t method = packed->method & ~QUOTED_IN_ICMP;

    response->code = packed->code;
    response->seen = packed->seen;
    response->quoted_in_icmp = (packed->method & QUOTED_IN_ICMP) != 0;
    response->method = method < G_N_ELEMENTS(common_methods) ? common_methods[method] : NULL;
    response->retry_after = -1;
    response->reason = response->warning = NULL;
    if (packed->extra) {
        const response_extra *extra = (const response_extra *)wmem_array_index(extras,
                                                                                packed->extra - 1);
        response->retry_after = extra->retry_after;
        if (method == METHOD_OTHER)
            response->method = extra->method;
        response->reason = extra->reason;
        response->warning = extra->warning;
    }
}
