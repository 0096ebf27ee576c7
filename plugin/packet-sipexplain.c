/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sipexplain: a post-dissector that adds, under every SIP response, what the
 * response means, its class and what to check next.
 *
 * SIP's fields reach a post-dissector only on the first pass, so the codes
 * and methods found then are kept per frame and replayed on later passes
 * (tshark -2, Wireshark refilters and redraws).
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/proto_data.h>

#include "packet-sipexplain.h"
#include "sip_fields.h"
#include "sip_responses.h"
#include "ws_compat.h"

static int proto_sipexplain = -1;

static int hf_sipexplain_summary = -1;
static int hf_sipexplain_code = -1;
static int hf_sipexplain_class = -1;
static int hf_sipexplain_phrase = -1;
static int hf_sipexplain_method = -1;
static int hf_sipexplain_explanation = -1;
static int hf_sipexplain_when = -1;
static int hf_sipexplain_fix = -1;
static int hf_sipexplain_rfc = -1;
static int hf_sipexplain_registered = -1;
static int hf_sipexplain_treated_as = -1;

static gint ett_sipexplain = -1;

static expert_field ei_sipexplain_invalid_code = EI_INIT;
static expert_field ei_sipexplain_no_method = EI_INIT;

static dissector_handle_t sipexplain_handle;
static sx_sip_field_ids sip_fields = { -1, -1, -1 };

/* Filled from the reference table so class names are written once. */
static value_string class_names[SX_CLASS_COUNT];

static proto_item *add_text(proto_tree *tree, int hf, tvbuff_t *tvb, const char *text)
{
    proto_item *item = proto_tree_add_string(tree, hf, tvb, 0, 0, text);
    proto_item_set_generated(item);
    return item;
}

static proto_item *add_number(proto_tree *tree, int hf, tvbuff_t *tvb, uint32_t value)
{
    proto_item *item = proto_tree_add_uint(tree, hf, tvb, 0, 0, value);
    proto_item_set_generated(item);
    return item;
}

/* "486 Busy Here (Client Failure): the callee's device is busy ..." */
static const char *summary_of(wmem_allocator_t *pool, unsigned code)
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

static void add_explanation(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
                            const sx_response *response)
{
    unsigned code = response->code;
    unsigned response_class = sx_class_of(code);
    const sx_response_info *info = sx_find_response(code);
    const char *summary = summary_of(pinfo->pool, code);
    proto_item *root, *code_item;
    proto_tree *subtree;

    root = proto_tree_add_item(tree, proto_sipexplain, tvb, 0, 0, ENC_NA);
    proto_item_set_text(root, "SIP Response Explanation: %s", summary);
    proto_item_set_generated(root);
    subtree = proto_item_add_subtree(root, ett_sipexplain);

    add_text(subtree, hf_sipexplain_summary, tvb, summary);
    code_item = add_number(subtree, hf_sipexplain_code, tvb, code);
    if (response_class != SX_CLASS_INVALID)
        add_number(subtree, hf_sipexplain_class, tvb, response_class);
    if (info)
        add_text(subtree, hf_sipexplain_phrase, tvb, info->phrase);

    if (response->method)
        add_text(subtree, hf_sipexplain_method, tvb, response->method);
    else
        expert_add_info(pinfo, root, &ei_sipexplain_no_method);

    if (info) {
        add_text(subtree, hf_sipexplain_explanation, tvb, info->explanation);
        add_text(subtree, hf_sipexplain_when, tvb, info->when);
        add_text(subtree, hf_sipexplain_fix, tvb, info->fix);
        add_text(subtree, hf_sipexplain_rfc, tvb, info->rfc);
    } else {
        const sx_class_info *rule = &sx_classes[response_class];
        add_text(subtree, hf_sipexplain_explanation, tvb, rule->explanation);
        add_text(subtree, hf_sipexplain_when, tvb, rule->when);
        add_text(subtree, hf_sipexplain_fix, tvb, rule->fix);
        add_text(subtree, hf_sipexplain_rfc, tvb, rule->rfc);
    }

    proto_item_set_generated(proto_tree_add_boolean(subtree, hf_sipexplain_registered,
                                                    tvb, 0, 0, info != NULL));
    if (info == NULL && response_class != SX_CLASS_INVALID) {
        const sx_response_info *handled = sx_find_response(sx_handled_as(code));
        proto_item_set_generated(proto_tree_add_uint_format_value(subtree,
                hf_sipexplain_treated_as, tvb, 0, 0, handled->code, "%u %s",
                handled->code, handled->phrase));
    }
    if (response_class == SX_CLASS_INVALID)
        expert_add_info_format(pinfo, code_item, &ei_sipexplain_invalid_code,
                               "Status code %u is not valid SIP: only 100-699 have a class",
                               code);
}

static int dissect_sipexplain(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree,
                              void *data _U_)
{
    sx_frame_responses *responses;

    if (!PINFO_FD_VISITED(pinfo)) {
        responses = sx_sip_fields_collect(tree, &sip_fields);
        if (responses == NULL)
            return 0;
        p_add_proto_data(wmem_file_scope(), pinfo, proto_sipexplain, 0, responses);
    } else {
        responses = (sx_frame_responses *)p_get_proto_data(wmem_file_scope(), pinfo,
                                                            proto_sipexplain, 0);
        if (responses == NULL)
            return 0;
    }

    for (unsigned i = 0; i < responses->count; i++)
        add_explanation(tree, tvb, pinfo, &responses->responses[i]);
    return tvb_captured_length(tvb);
}

/* Asking for SIP's fields makes Wireshark keep them in the tree for us. */
static void sipexplain_init(void)
{
    if (!proto_is_protocol_enabled(find_protocol_by_id(proto_sipexplain)))
        return;
    set_postdissector_wanted_hfids(sipexplain_handle, sx_sip_fields_wanted(&sip_fields));
}

static void sipexplain_cleanup(void)
{
    set_postdissector_wanted_hfids(sipexplain_handle, NULL);
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
    };
    static gint *ett[] = { &ett_sipexplain };
    static ei_register_info ei[] = {
        { &ei_sipexplain_invalid_code,
          { "sipexplain.invalid_code", PI_PROTOCOL, PI_WARN,
            "Status code outside 100-699 is not valid SIP", EXPFILL } },
        { &ei_sipexplain_no_method,
          { "sipexplain.no_method", PI_PROTOCOL, PI_NOTE,
            "SIP response without a CSeq method: the request it answers is unknown", EXPFILL } },
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
}

void proto_reg_handoff_sipexplain(void)
{
    sx_sip_fields_resolve(&sip_fields);
}
