/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sipexplain: a post-dissector that adds, under every SIP response, what the
 * response means in its context, its class and what to check next.
 *
 * SIP's fields reach a post-dissector only on the first pass, so what is
 * found then (each response's code and method, what the capture showed of
 * its request, its Reason and Warning headers) is kept per frame and
 * replayed on later passes (tshark -2, Wireshark refilters and redraws).
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/proto_data.h>
#include <epan/prefs.h>
#include <epan/column.h>
#include <epan/tap.h>

#include "call_state.h"
#include "frame_messages.h"
#include "response_store.h"
#include "packet-sipexplain.h"
#include "preferences.h"
#include "sip_context.h"
#include "sip_fields.h"
#include "sip_headers.h"
#include "sip_responses.h"
#include "statistics.h"
#include "tshark_output.h"
#include "user_notes.h"
#include "ws_compat.h"

/* Reason and Warning values shown per response; more get an expert note. */
#define MAX_HEADER_VALUES 16

static int proto_sipexplain = -1;

static int hf_sipexplain_summary = -1;
static int hf_sipexplain_code = -1;
static int hf_sipexplain_class = -1;
static int hf_sipexplain_phrase = -1;
static int hf_sipexplain_method = -1;
static int hf_sipexplain_problem = -1;
static int hf_sipexplain_context = -1;
static int hf_sipexplain_explanation = -1;
static int hf_sipexplain_when = -1;
static int hf_sipexplain_fix = -1;
static int hf_sipexplain_rfc = -1;
static int hf_sipexplain_registered = -1;
static int hf_sipexplain_treated_as = -1;
static int hf_sipexplain_related = -1;
static int hf_sipexplain_note = -1;
static int hf_sipexplain_reason_protocol = -1;
static int hf_sipexplain_reason_cause = -1;
static int hf_sipexplain_reason_text = -1;
static int hf_sipexplain_reason_location = -1;
static int hf_sipexplain_reason_explanation = -1;
static int hf_sipexplain_reason_mapping = -1;
static int hf_sipexplain_warning_code = -1;
static int hf_sipexplain_warning_agent = -1;
static int hf_sipexplain_warning_text = -1;
static int hf_sipexplain_warning_explanation = -1;

static gint ett_sipexplain = -1;
static gint ett_sipexplain_reason = -1;
static gint ett_sipexplain_warning = -1;

static expert_field ei_sipexplain_invalid_code = EI_INIT;
static expert_field ei_sipexplain_no_method = EI_INIT;
static expert_field ei_sipexplain_cause_mismatch = EI_INIT;
static expert_field ei_sipexplain_malformed_header = EI_INIT;
static expert_field ei_sipexplain_too_many_values = EI_INIT;
static expert_field ei_sipexplain_quoted_in_icmp = EI_INIT;
/* One per severity: the user chooses which applies to which responses. */
static expert_field ei_sipexplain_response_chat = EI_INIT;
static expert_field ei_sipexplain_response_note = EI_INIT;
static expert_field ei_sipexplain_response_warn = EI_INIT;
static expert_field ei_sipexplain_response_error = EI_INIT;

static dissector_handle_t sipexplain_handle;

/* Filled from the reference table so class names are written once. */
static value_string class_names[SX_CLASS_COUNT];

/*
 * Whether this pass reads the SIP messages. Wireshark, sharkd and the rest
 * may show any frame later, so they read every frame of the first pass. In
 * tshark a pass whose first frame shows that nothing can see sipexplain's
 * output (no tree, no tap listening) reads nothing; if a later pass of -2
 * wants the output, it reads the frames then, in order.
 */
typedef enum {
    SX_ALWAYS,     /* every first pass reads */
    SX_UNDECIDED,  /* tshark: the first frame decides */
    SX_ACTIVE,     /* tshark: the output is wanted on the first pass */
    SX_IDLE,       /* tshark: the output is not wanted on this pass */
    SX_LATE,       /* tshark -2: reading on the second pass */
} sx_mode;

static sx_mode mode = SX_ALWAYS;

static int expert_tap_id;
static int proto_expert_info = -1;

static gboolean referenced(int hf)
{
    return hf >= 0 && proto_registrar_get_nth(hf)->ref_type != HF_REF_TYPE_NONE;
}

/* Asked for itself, not only through one of its fields. */
static gboolean directly_referenced(int hf)
{
    return referenced(hf) && proto_registrar_get_nth(hf)->ref_type != HF_REF_TYPE_INDIRECT;
}

/* tshark -T fields: with or without a sipexplain field; unknown elsewhere. */
static sx_tshark_output tshark_output;

/* Whether the tree will be printed (or shown): every item of it may be read. */
static gboolean tree_printed(proto_tree *tree)
{
    return tree && PTREE_DATA(tree)->visible && tshark_output != SX_OUTPUT_OTHER_FIELDS;
}

/* Whether a tree may be read by someone: labels are formatted only then. */
static gboolean label_wanted(proto_tree *tree)
{
    return mode == SX_ALWAYS || tree_printed(tree);
}

/*
 * Expert items cost a formatted message and a subtree each: tshark adds
 * them when they can be seen (-V, -z expert, a filter on them). What
 * tshark's filters reference is looked up once per pass: they do not change
 * within one, unlike Wireshark's.
 */
static gboolean expert_filtered;
static gboolean texts_filtered;   /* a filter or column asks for a text of the table */

static void look_up_filters(void)
{
    static const int *const texts[] = {
        &hf_sipexplain_summary, &hf_sipexplain_phrase, &hf_sipexplain_explanation,
        &hf_sipexplain_when, &hf_sipexplain_rfc, &hf_sipexplain_registered,
        &hf_sipexplain_treated_as, &hf_sipexplain_related,
    };

    texts_filtered = FALSE;
    for (size_t i = 0; i < G_N_ELEMENTS(texts); i++)
        texts_filtered |= referenced(*texts[i]);
    static const expert_field *const ours[] = {
        &ei_sipexplain_invalid_code, &ei_sipexplain_no_method, &ei_sipexplain_cause_mismatch,
        &ei_sipexplain_malformed_header, &ei_sipexplain_too_many_values,
        &ei_sipexplain_quoted_in_icmp, &ei_sipexplain_response_chat,
        &ei_sipexplain_response_note, &ei_sipexplain_response_warn,
        &ei_sipexplain_response_error,
    };

    expert_filtered = referenced(proto_expert_info);
    for (size_t i = 0; i < G_N_ELEMENTS(ours); i++)
        expert_filtered |= referenced(ours[i]->hf);
}

static gboolean expert_wanted(proto_tree *tree)
{
    return (tree && (mode == SX_ALWAYS || tree_printed(tree) || expert_filtered)) ||
           have_tap_listener(expert_tap_id);
}

/* Without a tree, only a tap or the Info column can show anything. */
static gboolean anything_shown(proto_tree *tree)
{
    return tree || have_tap_listener(expert_tap_id) || sx_statistics_wanted() ||
           sx_prefs.info_column;
}

/*
 * First pass: keeps the responses of this frame, with what was seen of
 * their requests; returns how many, stored from index *first on.
 */
static unsigned collect_responses(packet_info *pinfo, unsigned *first)
{
    sx_sip_message *messages;
    unsigned count = sx_sip_fields_messages(pinfo, &messages);
    sx_stored_response *responses = NULL;
    unsigned found = 0;

    /* In order: a request earlier in the same segment counts as seen. */
    for (unsigned m = 0; m < count; m++) {
        const sx_sip_message *message = &messages[m];
        sx_stored_response *response;

        if (message->nested)
            continue;
        if (!message->is_response) {
            if (!message->quoted_in_icmp)
                sx_call_state_note_request(message);
            continue;
        }
        if (responses == NULL)
            responses = wmem_alloc_array(pinfo->pool, sx_stored_response, count);
        response = &responses[found++];
        response->code = message->code;
        response->quoted_in_icmp = message->quoted_in_icmp;
        response->seen = sx_call_state_seen(message);
        response->retry_after = message->retry_after;
        response->method = message->method;
        response->reason = message->reason;
        response->warning = message->warning;
    }
    return sx_response_store_add(pinfo->num, responses, found, first);
}

/*
 * Whether an item can be read: a hidden tree drops the fields nobody asked
 * for, and a tree not printed shows only those, so they are not even made.
 */
static gboolean item_kept(proto_tree *tree, int hf)
{
    return tree && (tree_printed(tree) || referenced(hf));
}

/* An item that carries an expert item: always added, whoever wants it. */
static proto_item *add_anchor_text(proto_tree *tree, int hf, tvbuff_t *tvb, const char *text)
{
    proto_item *item = proto_tree_add_string(tree, hf, tvb, 0, 0, text);
    proto_item_set_generated(item);
    return item;
}

static proto_item *add_anchor_number(proto_tree *tree, int hf, tvbuff_t *tvb, uint32_t value)
{
    proto_item *item = proto_tree_add_uint(tree, hf, tvb, 0, 0, value);
    proto_item_set_generated(item);
    return item;
}

static void add_text(proto_tree *tree, int hf, tvbuff_t *tvb, const char *text)
{
    if (item_kept(tree, hf))
        add_anchor_text(tree, hf, tvb, text);
}

static void add_number(proto_tree *tree, int hf, tvbuff_t *tvb, uint32_t value)
{
    if (item_kept(tree, hf))
        add_anchor_number(tree, hf, tvb, value);
}

static char *span_text(wmem_allocator_t *pool, sx_span span)
{
    return wmem_strndup(pool, span.start, span.length);
}

/* "486 Busy Here (Client Failure): the callee's device is busy ..." */
static const char *format_summary(wmem_allocator_t *pool, unsigned code)
{
    unsigned response_class = sx_class_of(code);
    const sx_response_info *info = sx_find_response(code);
    const sx_response_info *handled;

    if (response_class == SX_CLASS_INVALID)
        return wmem_strdup_printf(pool, "%u %s: %s", code,
                                  sx_classes[SX_CLASS_INVALID].name,
                                  sx_classes[SX_CLASS_INVALID].brief);
    if (info)
        return wmem_strdup_printf(pool, "%u %s (%s): %s", code, info->phrase,
                                  sx_classes[response_class].name, info->brief);
    handled = sx_find_response(sx_handled_as(code));
    return wmem_strdup_printf(pool, "%u Unregistered (%s): %s %u %s", code,
                              sx_classes[response_class].name,
                              sx_classes[response_class].brief,
                              handled->code, handled->phrase);
}

/* A summary depends on the code alone: made once per code for the program's life. */
#define SUMMARY_CACHE_SIZE 1000

static const char *summary_of(wmem_allocator_t *pool, unsigned code)
{
    static const char *cached[SUMMARY_CACHE_SIZE];

    if (code >= SUMMARY_CACHE_SIZE)
        return format_summary(pool, code);
    if (cached[code] == NULL)
        cached[code] = format_summary(wmem_epan_scope(), code);
    return cached[code];
}

static gboolean protocol_is(sx_span protocol, const char *name)
{
    size_t length = strlen(name);
    return protocol.length == length && g_ascii_strncasecmp(protocol.start, name, length) == 0;
}

/*
 * What a Reason value means; *cause_name names a known Q.850 cause, and
 * *mapping says where RFC 3398 maps that cause to another final code.
 */
static const char *reason_explanation(wmem_allocator_t *pool, const sx_reason_value *value,
                                      unsigned code, const char **cause_name,
                                      const char **mapping)
{
    *cause_name = NULL;
    *mapping = NULL;
    if (value->cause < 0)
        return sx_texts.reason_no_cause;
    if (protocol_is(value->protocol, "Q.850")) {
        const sx_q850_info *cause = sx_find_q850(value->cause);
        if (cause == NULL)
            return sx_texts.reason_unknown_q850;
        *cause_name = cause->name;
        if (sx_class_of(code) >= 3 && !sx_q850_agrees(value->cause, code)) {
            const sx_response_info *mapped = sx_find_response(cause->sip_code);
            *mapping = wmem_strdup_printf(pool, "RFC 3398 pairs Q.850 cause %ld with %u %s, not "
                                          "with %u: a gateway or B2BUA translated it its own way.",
                                          value->cause, cause->sip_code,
                                          mapped ? mapped->phrase : "", code);
        }
        return cause->explanation;
    }
    if (protocol_is(value->protocol, "SIP")) {
        const sx_response_info *info = sx_find_response((unsigned)MIN(value->cause, 65535));
        *cause_name = info ? info->phrase : NULL;
        return wmem_strdup_printf(pool, "%s %s", sx_texts.reason_sip_cause,
                                  summary_of(pool, (unsigned)MIN(value->cause, 65535)));
    }
    return sx_texts.reason_unknown_protocol;
}

static void add_reasons(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo, proto_item *root,
                        const char *header, unsigned code)
{
    sx_reason_value values[MAX_HEADER_VALUES];
    bool truncated;
    size_t count = sx_parse_reason(header, values, MAX_HEADER_VALUES, &truncated);

    for (size_t i = 0; i < count; i++) {
        const sx_reason_value *value = &values[i];
        const char *protocol = span_text(pinfo->pool, value->protocol);
        const char *cause_name, *mapping;
        const char *explanation = reason_explanation(pinfo->pool, value, code, &cause_name,
                                                     &mapping);
        proto_tree *subtree;
        proto_item *item;

        subtree = proto_tree_add_subtree_format(tree, tvb, 0, 0, ett_sipexplain_reason, &item,
                                                "Reason: %s", protocol);
        proto_item_set_generated(item);
        if (value->cause >= 0)
            proto_item_append_text(item, " cause %ld", value->cause);
        if (cause_name)
            proto_item_append_text(item, " (%s)", cause_name);
        add_text(subtree, hf_sipexplain_reason_protocol, tvb, protocol);
        if (value->cause >= 0)
            add_number(subtree, hf_sipexplain_reason_cause, tvb, (uint32_t)value->cause);
        if (value->text.length)
            add_text(subtree, hf_sipexplain_reason_text, tvb, span_text(pinfo->pool, value->text));
        if (value->location.length)
            add_text(subtree, hf_sipexplain_reason_location, tvb,
                     span_text(pinfo->pool, value->location));
        item = add_anchor_text(subtree, hf_sipexplain_reason_explanation, tvb, explanation);
        if (mapping)
            expert_add_info(pinfo, add_anchor_text(subtree, hf_sipexplain_reason_mapping, tvb,
                                                   mapping),
                            &ei_sipexplain_cause_mismatch);
        if (value->malformed)
            expert_add_info(pinfo, item, &ei_sipexplain_malformed_header);
    }
    if (truncated)
        expert_add_info_format(pinfo, root, &ei_sipexplain_too_many_values,
                               "More than %d Reason values: only the first are explained",
                               MAX_HEADER_VALUES);
}

static void add_warnings(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo, proto_item *root,
                         const char *header)
{
    sx_warning_value values[MAX_HEADER_VALUES];
    bool truncated;
    size_t count = sx_parse_warning(header, values, MAX_HEADER_VALUES, &truncated);

    for (size_t i = 0; i < count; i++) {
        const sx_warning_value *value = &values[i];
        const sx_warning_info *known = sx_find_warning(value->code);
        const char *range = sx_warning_range(value->code);
        const char *explanation;
        proto_tree *subtree;
        proto_item *item;

        if (known)
            explanation = known->explanation;
        else if (range)
            explanation = range;
        else
            explanation = sx_texts.warning_outside_ranges;

        if (value->code >= 0)
            subtree = proto_tree_add_subtree_format(tree, tvb, 0, 0, ett_sipexplain_warning,
                                                    &item, "Warning: %d", value->code);
        else
            subtree = proto_tree_add_subtree(tree, tvb, 0, 0, ett_sipexplain_warning, &item,
                                             "Warning: no valid code");
        proto_item_set_generated(item);
        if (known)
            proto_item_append_text(item, " (%s)", known->name);
        if (value->code >= 0)
            add_number(subtree, hf_sipexplain_warning_code, tvb, (uint32_t)value->code);
        if (value->agent.length)
            add_text(subtree, hf_sipexplain_warning_agent, tvb, span_text(pinfo->pool, value->agent));
        if (value->text.length)
            add_text(subtree, hf_sipexplain_warning_text, tvb, span_text(pinfo->pool, value->text));
        item = add_anchor_text(subtree, hf_sipexplain_warning_explanation, tvb, explanation);
        if (value->malformed)
            expert_add_info(pinfo, item, &ei_sipexplain_malformed_header);
    }
    if (truncated)
        expert_add_info_format(pinfo, root, &ei_sipexplain_too_many_values,
                               "More than %d Warning values: only the first are explained",
                               MAX_HEADER_VALUES);
}

/* A part of the subtree the user may hide: hidden, it still answers filters. */
static void add_optional_text(proto_tree *tree, int hf, tvbuff_t *tvb, const char *text,
                              sx_pref_bool shown)
{
    proto_item *item;

    if (!item_kept(tree, hf))
        return;
    item = add_anchor_text(tree, hf, tvb, text);
    if (!shown)
        proto_item_set_hidden(item);
}

static expert_field *response_expert(unsigned code, gboolean problem)
{
    int severity;

    if (sx_prefs.expert_mode == SX_EXPERT_OFF ||
        (sx_prefs.expert_mode == SX_EXPERT_PROBLEMS && !problem))
        return NULL;
    if (sx_class_of(code) == 3)
        severity = sx_prefs.severity_redirect;
    else if (!problem)
        severity = sx_prefs.severity_normal;
    else if (sx_class_of(code) == 4)
        severity = sx_prefs.severity_client;
    else
        severity = sx_prefs.severity_server;
    switch (severity) {
    case PI_CHAT: return &ei_sipexplain_response_chat;
    case PI_NOTE: return &ei_sipexplain_response_note;
    case PI_WARN: return &ei_sipexplain_response_warn;
    default: return &ei_sipexplain_response_error;
    }
}

static void add_explanation(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
                            const sx_stored_response *response, gboolean with_expert)
{
    unsigned code = response->code;
    unsigned response_class = sx_class_of(code);
    const sx_response_info *info = sx_find_response(code);
    const sx_class_info *rule = &sx_classes[response_class];
    const char *summary = summary_of(pinfo->pool, code);
    gboolean in_context = TRUE;
    /* The table's texts, unless tshark neither prints the tree nor filters on them. */
    gboolean texts = mode == SX_ALWAYS || tree_printed(tree) || texts_filtered;
    gboolean problem = FALSE;
    const char *user_fix = NULL;
    proto_item *root, *code_item;
    proto_tree *subtree;

    /*
     * In a hidden tree, the fields asked for need no protocol item above
     * them: it is made when it is itself asked for, shown, or carries
     * expert items. Its label is formatted at once, so only when shown.
     */
    if (label_wanted(tree) || with_expert || directly_referenced(proto_sipexplain)) {
        root = proto_tree_add_item(tree, proto_sipexplain, tvb, 0, 0, ENC_NA);
        proto_item_set_generated(root);
        subtree = proto_item_add_subtree(root, ett_sipexplain);
    } else {
        root = NULL;
        subtree = tree;
    }
    if (response->quoted_in_icmp) {
        /* What an ICMP error quotes never reached its peer: no response to explain. */
        proto_item_set_text(root, "SIP Response Explanation: %u quoted in an ICMP error", code);
        if (with_expert)
            expert_add_info(pinfo, root, &ei_sipexplain_quoted_in_icmp);
        return;
    }
    if (label_wanted(tree))
        proto_item_set_text(root, "SIP Response Explanation: %s", summary);

    if (texts)
        add_text(subtree, hf_sipexplain_summary, tvb, summary);
    code_item = add_anchor_number(subtree, hf_sipexplain_code, tvb, code);
    if (response_class != SX_CLASS_INVALID)
        add_number(subtree, hf_sipexplain_class, tvb, response_class);
    if (info && texts)
        add_text(subtree, hf_sipexplain_phrase, tvb, info->phrase);

    if (in_context) {
        const char *context = sx_context_text(code, response->method, response->seen);

        problem = sx_is_problem(code, response->method, response->seen);
        if (response->method)
            add_text(subtree, hf_sipexplain_method, tvb, response->method);
        else if (with_expert)
            expert_add_info(pinfo, root, &ei_sipexplain_no_method);
        /* Only when true, so that the filter "sipexplain.problem" means what it says. */
        if (problem && item_kept(subtree, hf_sipexplain_problem))
            proto_item_set_generated(proto_tree_add_boolean(subtree, hf_sipexplain_problem,
                                                            tvb, 0, 0, TRUE));
        if (context)
            add_text(subtree, hf_sipexplain_context, tvb, context);
        if (response->seen & SX_SEEN_RESEND)
            add_text(subtree, hf_sipexplain_context, tvb,
                     response->method && strcmp(response->method, "INVITE") == 0 && code >= 200
                         ? sx_texts.resend_invite : sx_texts.resend_other);
        for (const sx_user_note *row = sx_user_notes_next(code, response->method, NULL); row;
             row = sx_user_notes_next(code, response->method, row)) {
            add_text(subtree, hf_sipexplain_note, tvb, row->note);
            if (user_fix == NULL && row->fix && row->fix[0])
                user_fix = row->fix;
        }
    }

    if (texts) {
        add_optional_text(subtree, hf_sipexplain_explanation, tvb,
                          info ? info->explanation : rule->explanation, sx_prefs.show_explanation);
        add_optional_text(subtree, hf_sipexplain_when, tvb, info ? info->when : rule->when,
                          sx_prefs.show_when);
    }
    if (in_context) {
        if (response->retry_after >= 0 && item_kept(subtree, hf_sipexplain_fix))
            add_optional_text(subtree, hf_sipexplain_fix, tvb,
                              wmem_strdup_printf(pinfo->pool, "Retry-After: %" PRId64 " s. %s",
                                                 response->retry_after, sx_texts.retry_after),
                              sx_prefs.show_fix);
        /* The site's own fix, from the user table, replaces the built-in one. */
        add_optional_text(subtree, hf_sipexplain_fix, tvb,
                          user_fix ? user_fix : info ? info->fix : rule->fix, sx_prefs.show_fix);
    }
    if (texts) {
        const sx_related_info *related;
        size_t related_count = sx_related_of(code, &related);

        add_optional_text(subtree, hf_sipexplain_rfc, tvb, info ? info->rfc : rule->rfc,
                          sx_prefs.show_rfc);
        if (item_kept(subtree, hf_sipexplain_registered))
            proto_item_set_generated(proto_tree_add_boolean(subtree, hf_sipexplain_registered,
                                                            tvb, 0, 0, info != NULL));
        if (info == NULL && response_class != SX_CLASS_INVALID &&
            item_kept(subtree, hf_sipexplain_treated_as)) {
            const sx_response_info *handled = sx_find_response(sx_handled_as(code));
            proto_item_set_generated(proto_tree_add_uint_format_value(subtree,
                    hf_sipexplain_treated_as, tvb, 0, 0, handled->code, "%u %s",
                    handled->code, handled->phrase));
        }
        for (size_t i = 0; i < related_count; i++)
            add_optional_text(subtree, hf_sipexplain_related, tvb, related[i].text,
                              sx_prefs.show_related);
    }
    if (!in_context)
        return;
    if (response->reason)
        add_reasons(subtree, tvb, pinfo, root, response->reason, code);
    if (response->warning)
        add_warnings(subtree, tvb, pinfo, root, response->warning);

    if (with_expert) {
        expert_field *expert;

        if (response_class == SX_CLASS_INVALID)
            expert_add_info_format(pinfo, code_item, &ei_sipexplain_invalid_code,
                                   "Status code %u is not valid SIP: only 100-699 have a class",
                                   code);
        else if ((expert = response_expert(code, problem)) != NULL)
            expert_add_info_format(pinfo, root, expert, "%s", summary);
    }

    if (sx_prefs.info_column) {
        /* SIP ends its Info text with "| "; otherwise keep the summary apart. */
        const char *info_text = col_get_text(pinfo->cinfo, COL_INFO);
        gboolean spaced = info_text == NULL || info_text[0] == '\0' ||
                          info_text[strlen(info_text) - 1] == ' ';
        col_append_fstr(pinfo->cinfo, COL_INFO, "%s[%s]", spaced ? "" : " ", summary);
    }
    sx_statistics_queue(pinfo, code, response->method, problem);
}


static gboolean taps_want_output(void)
{
    return sx_statistics_wanted() || have_tap_listener(expert_tap_id) ||
           have_filtering_tap_listeners();
}

/*
 * Whether anything can show sipexplain's output: a tree that may be
 * printed; a filter, column or colouring rule on a sipexplain field (which
 * marks the protocol); the statistics and expert taps; a filtering tap.
 * Otherwise (a filter on other fields only) the tree is not ours to fill.
 */
static gboolean output_wanted(proto_tree *tree)
{
    return tree_printed(tree) || referenced(proto_sipexplain) || taps_want_output() ||
           tshark_output == SX_OUTPUT_OUR_FIELDS;
}

/* tshark's first frame of a pass: whether this pass reads the messages. */
static void decide(proto_tree *tree)
{
    look_up_filters();
    mode = output_wanted(tree) ? SX_ACTIVE : SX_IDLE;
}

static gboolean second_pass_started;
static guint32 late_last_frame;

static int dissect_sipexplain(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree,
                              void *data _U_)
{
    sx_stored_response response;
    unsigned first, count;
    gboolean with_expert;

    /* Most frames of most captures: nothing to do. */
    if (!sx_frame_has_sip(pinfo))
        return 0;
    if (!PINFO_FD_VISITED(pinfo)) {
        if (mode == SX_UNDECIDED)
            decide(tree);
        if (mode == SX_IDLE)
            return 0;
        count = collect_responses(pinfo, &first);
    } else {
        if (!second_pass_started) {
            second_pass_started = TRUE;
            look_up_filters();
            /* tshark -2: the first pass read nothing, the second may want it all. */
            if (mode == SX_IDLE && output_wanted(tree)) {
                mode = SX_LATE;
                late_last_frame = 0;
            }
        }
        if (mode == SX_IDLE)
            return 0;
        if (mode == SX_LATE && pinfo->num > late_last_frame) {
            late_last_frame = pinfo->num;
            count = collect_responses(pinfo, &first);
        } else {
            count = sx_response_store_count(pinfo->num, &first);
        }
    }
    if (count == 0 || !anything_shown(tree))
        return 0;
    with_expert = expert_wanted(tree);
    for (unsigned i = 0; i < count; i++) {
        sx_response_store_get(first + i, &response);
        add_explanation(tree, tvb, pinfo, &response, with_expert);
    }
    return tvb_captured_length(tvb);
}

/* A visible custom column showing a sipexplain field. */
static gboolean column_shows_sipexplain(void)
{
    for (GList *entry = prefs.col_list; entry; entry = entry->next) {
        const fmt_data *column = (const fmt_data *)entry->data;
        if (column->fmt == COL_CUSTOM && column->visible && column->custom_fields &&
            strstr(column->custom_fields, "sipexplain"))
            return TRUE;
    }
    return FALSE;
}

static void sipexplain_init(void)
{
    if (!proto_is_protocol_enabled(find_protocol_by_id(proto_sipexplain)))
        return;
    /* Registered after the handoffs, so looked up here. */
    expert_tap_id = find_tap_id("expert");
    proto_expert_info = proto_get_id_by_filter_name("_ws.expert");
    second_pass_started = FALSE;
    expert_filtered = FALSE;
    texts_filtered = FALSE;
    tshark_output = g_strcmp0(g_get_prgname(), "tshark") == 0 ? sx_tshark_output_of_process()
                                                               : SX_OUTPUT_UNKNOWN;
    /*
     * Wireshark, sharkd and the rest may show any frame later, so they read
     * SIP's fields from the first frame on; so does tshark when told to, or
     * for what it builds no tree for: the Info column, custom columns (a
     * hidden tree only on the second pass of -2), and taps (registered
     * after this routine on tshark's first file: looked at again on the
     * first frame).
     */
    if (g_strcmp0(g_get_prgname(), "tshark") != 0 || !sx_prefs.on_demand ||
        sx_prefs.info_column || column_shows_sipexplain() || taps_want_output())
        mode = SX_ALWAYS;
    else
        mode = SX_UNDECIDED;
}

static void sipexplain_cleanup(void)
{
}

void proto_register_sipexplain(void)
{
    static hf_register_info hf[] = {
        { &hf_sipexplain_summary,
          { "Summary", "sipexplain.summary", FT_STRING, BASE_NONE, NULL, 0x0,
            "Code, registered phrase, class and a short meaning on one line", HFILL } },
        { &hf_sipexplain_code,
          { "Status code", "sipexplain.code", FT_UINT16, BASE_DEC, NULL, 0x0,
            "The response's status code", HFILL } },
        { &hf_sipexplain_class,
          { "Class", "sipexplain.class", FT_UINT8, BASE_DEC, VALS(class_names), 0x0,
            "Response class (RFC 3261 section 7.2): 1 Provisional to 6 Global Failure;"
            " absent for codes outside 100-699", HFILL } },
        { &hf_sipexplain_phrase,
          { "Registered phrase", "sipexplain.phrase", FT_STRING, BASE_NONE, NULL, 0x0,
            "The reason phrase registered with IANA (the wire may carry another)", HFILL } },
        { &hf_sipexplain_method,
          { "Method", "sipexplain.method", FT_STRING, BASE_NONE, NULL, 0x0,
            "The method in the response's CSeq: the request it answers", HFILL } },
        { &hf_sipexplain_problem,
          { "Problem", "sipexplain.problem", FT_BOOLEAN, BASE_NONE, NULL, 0x0,
            "Present (true) when the response calls for attention; absent for 1xx-3xx, a first"
            " digest challenge and a 487 after the caller's CANCEL", HFILL } },
        { &hf_sipexplain_context,
          { "In this context", "sipexplain.context", FT_STRING, BASE_NONE, NULL, 0x0,
            "What the response means for this method and what the capture showed before it",
            HFILL } },
        { &hf_sipexplain_explanation,
          { "Explanation", "sipexplain.explanation", FT_STRING, BASE_NONE, NULL, 0x0,
            "What the response means and who typically sends it", HFILL } },
        { &hf_sipexplain_when,
          { "When you see it", "sipexplain.when", FT_STRING, BASE_NONE, NULL, 0x0,
            "Situations in which this response is typically seen", HFILL } },
        { &hf_sipexplain_fix,
          { "What to check", "sipexplain.fix", FT_STRING, BASE_NONE, NULL, 0x0,
            "Suggested next step: what to check or change", HFILL } },
        { &hf_sipexplain_rfc,
          { "Defined in", "sipexplain.rfc", FT_STRING, BASE_NONE, NULL, 0x0,
            "The document that defines the code", HFILL } },
        { &hf_sipexplain_registered,
          { "Registered", "sipexplain.registered", FT_BOOLEAN, BASE_NONE, NULL, 0x0,
            "Whether the code is in the IANA registry of SIP response codes", HFILL } },
        { &hf_sipexplain_treated_as,
          { "Handled as", "sipexplain.treated_as", FT_UINT16, BASE_DEC, NULL, 0x0,
            "For an unregistered code, the code a client acts on (RFC 3261 section 8.1.3.2)",
            HFILL } },
        { &hf_sipexplain_related,
          { "Not to be confused with", "sipexplain.related", FT_STRING, BASE_NONE, NULL, 0x0,
            "How this code differs from a code it is often confused with", HFILL } },
        { &hf_sipexplain_note,
          { "Note", "sipexplain.note", FT_STRING, BASE_NONE, NULL, 0x0,
            "Your site's note on this response, from the table sipexplain_notes", HFILL } },
        { &hf_sipexplain_reason_protocol,
          { "Protocol", "sipexplain.reason.protocol", FT_STRING, BASE_NONE, NULL, 0x0,
            "The protocol of a Reason value: Q.850 or SIP (RFC 3326)", HFILL } },
        { &hf_sipexplain_reason_cause,
          { "Cause", "sipexplain.reason.cause", FT_UINT32, BASE_DEC, NULL, 0x0,
            "The cause of a Reason value: a Q.850 cause or a SIP status code", HFILL } },
        { &hf_sipexplain_reason_text,
          { "Text", "sipexplain.reason.text", FT_STRING, BASE_NONE, NULL, 0x0,
            "The text parameter of a Reason value", HFILL } },
        { &hf_sipexplain_reason_location,
          { "Location", "sipexplain.reason.location", FT_STRING, BASE_NONE, NULL, 0x0,
            "Where in the network a Q.850 cause arose (RFC 8606)", HFILL } },
        { &hf_sipexplain_reason_explanation,
          { "Explanation", "sipexplain.reason.explanation", FT_STRING, BASE_NONE, NULL, 0x0,
            "What the Reason value means, and whether RFC 3398 maps its cause to this code",
            HFILL } },
        { &hf_sipexplain_reason_mapping,
          { "RFC 3398 mapping", "sipexplain.reason.mapping", FT_STRING, BASE_NONE, NULL, 0x0,
            "Where the Q.850 cause and the status code disagree with RFC 3398's mapping",
            HFILL } },
        { &hf_sipexplain_warning_code,
          { "Code", "sipexplain.warning.code", FT_UINT16, BASE_DEC, NULL, 0x0,
            "The warn-code of a Warning value (RFC 3261 section 20.43)", HFILL } },
        { &hf_sipexplain_warning_agent,
          { "Agent", "sipexplain.warning.agent", FT_STRING, BASE_NONE, NULL, 0x0,
            "The host that added the Warning", HFILL } },
        { &hf_sipexplain_warning_text,
          { "Text", "sipexplain.warning.text", FT_STRING, BASE_NONE, NULL, 0x0,
            "The warn-text of a Warning value", HFILL } },
        { &hf_sipexplain_warning_explanation,
          { "Explanation", "sipexplain.warning.explanation", FT_STRING, BASE_NONE, NULL, 0x0,
            "What the Warning code means", HFILL } },
    };
    static gint *ett[] = { &ett_sipexplain, &ett_sipexplain_reason, &ett_sipexplain_warning };
    static ei_register_info ei[] = {
        { &ei_sipexplain_invalid_code,
          { "sipexplain.invalid_code", PI_PROTOCOL, PI_WARN,
            "Status code outside 100-699 is not valid SIP", EXPFILL } },
        { &ei_sipexplain_no_method,
          { "sipexplain.no_method", PI_PROTOCOL, PI_NOTE,
            "SIP response without a CSeq method: the request it answers is unknown", EXPFILL } },
        { &ei_sipexplain_cause_mismatch,
          { "sipexplain.reason.mismatch", PI_PROTOCOL, PI_NOTE,
            "The Q.850 cause and the status code disagree with RFC 3398's mapping", EXPFILL } },
        { &ei_sipexplain_malformed_header,
          { "sipexplain.malformed_header", PI_PROTOCOL, PI_NOTE,
            "Header value not as its RFC writes it", EXPFILL } },
        { &ei_sipexplain_quoted_in_icmp,
          { "sipexplain.quoted_in_icmp", PI_SEQUENCE, PI_NOTE,
            "SIP response quoted in an ICMP error: the peer did not receive it, so it is not"
            " explained", EXPFILL } },
        { &ei_sipexplain_response_chat,
          { "sipexplain.response.chat", PI_RESPONSE_CODE, PI_CHAT,
            "SIP response explained", EXPFILL } },
        { &ei_sipexplain_response_note,
          { "sipexplain.response.note", PI_RESPONSE_CODE, PI_NOTE,
            "SIP response explained", EXPFILL } },
        { &ei_sipexplain_response_warn,
          { "sipexplain.response.warning", PI_RESPONSE_CODE, PI_WARN,
            "SIP response explained", EXPFILL } },
        { &ei_sipexplain_response_error,
          { "sipexplain.response.error", PI_RESPONSE_CODE, PI_ERROR,
            "SIP response explained", EXPFILL } },
        { &ei_sipexplain_too_many_values,
          { "sipexplain.too_many_values", PI_PROTOCOL, PI_NOTE,
            "Too many header values: only the first are explained", EXPFILL } },
    };

    for (unsigned c = 1; c < SX_CLASS_COUNT; c++) {
        class_names[c - 1].value = c;
        class_names[c - 1].strptr = sx_classes[c].name;
    }

    proto_sipexplain = proto_register_protocol("SIP Response Explanation", "SIPEXPLAIN",
                                               "sipexplain");
    proto_register_field_array(proto_sipexplain, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(proto_sipexplain), ei,
                                array_length(ei));

    sipexplain_handle = register_dissector("sipexplain", dissect_sipexplain, proto_sipexplain);
    register_postdissector(sipexplain_handle);
    register_init_routine(sipexplain_init);
    register_cleanup_routine(sipexplain_cleanup);
    sx_call_state_register();
    sx_response_store_register();
    sx_preferences_register(proto_sipexplain);
    sx_statistics_register();
}

void proto_reg_handoff_sipexplain(void)
{
    sx_frame_messages_resolve();
}
