/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sipexplain: a post-dissector that adds, under every SIP response, what it
 * means where it stands, whether it calls for attention and what to check,
 * and under the requests that need it, what the exchange showed (a request
 * never answered, the BYE that ended a call).
 *
 * Per frame: a plan (demand.c), then on the pass that reads the frame the
 * exchange state is updated and each message's view of it kept with the
 * frame (exchange.c), then the explanation is built (explain.c) from the
 * message's bytes and what was kept. Every pass reads the same bytes, so
 * one-pass and two-pass output agree on all that does not depend on frames
 * after the message.
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/proto_data.h>
#include <epan/prefs.h>

#include "demand.h"
#include "exchange.h"
#include "explain.h"
#include "fields.h"
#include "frame_messages.h"
#include "message_view.h"
#include "packet-sipexplain.h"
#include "preferences.h"
#include "responses.h"
#include "statistics.h"

sx_field_ids sx_hf;
sx_subtree_ids sx_ett;
sx_expert_ids sx_ei;

/* What the reading pass kept of a frame's messages, in their order. */
typedef struct {
    unsigned          count;
    sx_message_record records[];
} frame_records;

/* Filled from the reference table so class names are written once; zeroed end. */
static value_string class_names[SX_CLASS_COUNT];

static const frame_records *read_frame(packet_info *pinfo, const sx_view *views, unsigned count)
{
    frame_records *kept = (frame_records *)wmem_alloc(
        wmem_file_scope(), sizeof *kept + count * sizeof kept->records[0]);

    kept->count = count;
    for (unsigned i = 0; i < count; i++) {
        sx_exchange_note(pinfo, &views[i], &kept->records[i]);
        sx_explain_note_reasons(&views[i], &kept->records[i]);
        sx_explain_note_final(pinfo, &views[i], &kept->records[i]);
    }
    p_add_proto_data(wmem_file_scope(), pinfo, sx_hf.proto, 0, kept);
    return kept;
}

static int dissect_sipexplain(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree,
                              void *data _U_)
{
    const frame_records *kept;
    sx_frame_message *messages;
    sx_view *views;
    unsigned count;
    sx_plan plan;

    /* Most frames of most captures: nothing to do. */
    if (!sx_frame_has_sip(pinfo))
        return 0;
    kept = (const frame_records *)p_get_proto_data(wmem_file_scope(), pinfo, sx_hf.proto, 0);
    plan = sx_demand_plan(pinfo, tree, kept != NULL);
    if (!plan.read && !(plan.show && kept))
        return 0;
    count = sx_frame_messages(pinfo, &messages);
    if (count == 0)
        return 0;
    views = wmem_alloc_array(pinfo->pool, sx_view, count);
    for (unsigned i = 0; i < count; i++)
        sx_view_read(&messages[i], &views[i]);
    if (plan.read)
        kept = read_frame(pinfo, views, count);
    if (!plan.show)
        return tvb_captured_length(tvb);
    /* The same bytes give the same messages on every pass; be safe if they did not. */
    for (unsigned i = 0; i < MIN(count, kept->count); i++) {
        if (views[i].is_response)
            sx_explain_response(tree, tvb, pinfo, &views[i], &kept->records[i], &plan);
        else
            sx_explain_request(tree, tvb, pinfo, &views[i], &kept->records[i], &plan);
    }
    return tvb_captured_length(tvb);
}

void proto_register_sipexplain(void)
{
    static hf_register_info hf[] = {
        { &sx_hf.summary,
          { "Summary", "sipexplain.summary", FT_STRING, BASE_NONE, NULL, 0x0,
            "Code, registered phrase, class and what the message means here, on one line",
            HFILL } },
        { &sx_hf.problem,
          { "Problem", "sipexplain.problem", FT_BOOLEAN, BASE_NONE, NULL, 0x0,
            "Present (true) when the message calls for attention: a failure, a resent final"
            " response to INVITE, a request never answered; absent in the normal flow",
            HFILL } },
        { &sx_hf.context,
          { "In this context", "sipexplain.context", FT_STRING, BASE_NONE, NULL, 0x0,
            "What the response means for this method and what the capture showed before it",
            HFILL } },
        { &sx_hf.retransmission,
          { "Retransmission", "sipexplain.retransmission", FT_STRING, BASE_NONE, NULL, 0x0,
            "The message was seen before: a retransmission and what it says, or a capture"
            " duplicate", HFILL } },
        { &sx_hf.duplicate,
          { "Capture duplicate", "sipexplain.duplicate", FT_BOOLEAN, BASE_NONE, NULL, 0x0,
            "Present (true) when the packet is a copy of an earlier one captured twice (a mirror"
            " port), not a retransmission", HFILL } },
        { &sx_hf.exchange,
          { "What followed", "sipexplain.exchange", FT_STRING, BASE_NONE, NULL, 0x0,
            "What the rest of the capture shows about this message: the ACK or PRACK that never"
            " came, a request never answered; known once the frames after it were read",
            HFILL } },
        { &sx_hf.call_outcome,
          { "Call outcome", "sipexplain.call.outcome", FT_STRING, BASE_NONE, NULL, 0x0,
            "How the call ended, on the final response to its INVITE and on the request that"
            " ended it", HFILL } },
        { &sx_hf.header,
          { "Header", "sipexplain.header", FT_STRING, BASE_NONE, NULL, 0x0,
            "A header that carries the response's answer, as read (Min-Expires: 3600, Allow:"
            " ..., a Contact target, the challenge), or one the request asked with", HFILL } },
        { &sx_hf.origin,
          { "Sent by", "sipexplain.origin", FT_STRING, BASE_NONE, NULL, 0x0,
            "Who generated the response, as far as it says: Server or User-Agent, Warning agents,"
            " a gateway's Q.850 cause, another host than the one that sent the 1xx", HFILL } },
        { &sx_hf.sent_phrase,
          { "In the sender's words", "sipexplain.sent_phrase", FT_STRING, BASE_NONE, NULL, 0x0,
            "The reason phrase on the wire, when it says more than the registered one", HFILL } },
        { &sx_hf.request,
          { "Request", "sipexplain.request", FT_STRING, BASE_NONE, NULL, 0x0,
            "The method of an explained request", HFILL } },
        { &sx_hf.unanswered,
          { "Unanswered", "sipexplain.unanswered", FT_BOOLEAN, BASE_NONE, NULL, 0x0,
            "Present (true) on a request that got no final response within 64*T1: the client"
            " acts as if it got 408 (RFC 3261 section 8.1.3.1)", HFILL } },
        { &sx_hf.fix,
          { "What to check", "sipexplain.fix", FT_STRING, BASE_NONE, NULL, 0x0,
            "Suggested next steps, the most likely first", HFILL } },
        { &sx_hf.note,
          { "Note", "sipexplain.note", FT_STRING, BASE_NONE, NULL, 0x0,
            "Your site's note on this response, from the table sipexplain_notes", HFILL } },
        { &sx_hf.explanation,
          { "Explanation", "sipexplain.explanation", FT_STRING, BASE_NONE, NULL, 0x0,
            "What the response means and who typically sends it", HFILL } },
        { &sx_hf.when,
          { "When you see it", "sipexplain.when", FT_STRING, BASE_NONE, NULL, 0x0,
            "Situations in which this response is typically seen", HFILL } },
        { &sx_hf.related,
          { "Not to be confused with", "sipexplain.related", FT_STRING, BASE_NONE, NULL, 0x0,
            "How this code differs from a code it is often confused with", HFILL } },
        { &sx_hf.code,
          { "Status code", "sipexplain.code", FT_UINT16, BASE_DEC, NULL, 0x0,
            "The response's status code", HFILL } },
        { &sx_hf.klass,
          { "Class", "sipexplain.class", FT_UINT8, BASE_DEC, VALS(class_names), 0x0,
            "Response class (RFC 3261 section 7.2): 1 Provisional to 6 Global Failure;"
            " absent for codes outside 100-699", HFILL } },
        { &sx_hf.phrase,
          { "Registered phrase", "sipexplain.phrase", FT_STRING, BASE_NONE, NULL, 0x0,
            "The reason phrase registered with IANA (the wire may carry another)", HFILL } },
        { &sx_hf.method,
          { "Method", "sipexplain.method", FT_STRING, BASE_NONE, NULL, 0x0,
            "The method in the response's CSeq: the request it answers", HFILL } },
        { &sx_hf.registered,
          { "Registered", "sipexplain.registered", FT_BOOLEAN, BASE_NONE, NULL, 0x0,
            "Whether the code is in the IANA registry of SIP response codes", HFILL } },
        { &sx_hf.treated_as,
          { "Handled as", "sipexplain.treated_as", FT_UINT16, BASE_DEC, NULL, 0x0,
            "For an unregistered code, the code a client acts on (RFC 3261 section 8.1.3.2)",
            HFILL } },
        { &sx_hf.rfc,
          { "Defined in", "sipexplain.rfc", FT_STRING, BASE_NONE, NULL, 0x0,
            "The document that defines the code", HFILL } },
        { &sx_hf.sources,
          { "Sources", "sipexplain.sources", FT_STRING, BASE_NONE, NULL, 0x0,
            "The sections of the specifications the code's texts rest on; practice: marks what"
            " vendors do rather than what an RFC says", HFILL } },
        { &sx_hf.reason_protocol,
          { "Protocol", "sipexplain.reason.protocol", FT_STRING, BASE_NONE, NULL, 0x0,
            "The protocol of a Reason value: Q.850 or SIP (RFC 3326)", HFILL } },
        { &sx_hf.reason_cause,
          { "Cause", "sipexplain.reason.cause", FT_UINT32, BASE_DEC, NULL, 0x0,
            "The cause of a Reason value: a Q.850 cause or a SIP status code", HFILL } },
        { &sx_hf.reason_text,
          { "Text", "sipexplain.reason.text", FT_STRING, BASE_NONE, NULL, 0x0,
            "The text parameter of a Reason value", HFILL } },
        { &sx_hf.reason_location,
          { "Location", "sipexplain.reason.location", FT_STRING, BASE_NONE, NULL, 0x0,
            "Where in the network a Q.850 cause arose (RFC 8606)", HFILL } },
        { &sx_hf.reason_explanation,
          { "Explanation", "sipexplain.reason.explanation", FT_STRING, BASE_NONE, NULL, 0x0,
            "What the Reason value means", HFILL } },
        { &sx_hf.reason_mapping,
          { "RFC 3398 mapping", "sipexplain.reason.mapping", FT_STRING, BASE_NONE, NULL, 0x0,
            "Where the Q.850 cause and the status code disagree with RFC 3398's mapping",
            HFILL } },
        { &sx_hf.warning_code,
          { "Code", "sipexplain.warning.code", FT_UINT16, BASE_DEC, NULL, 0x0,
            "The warn-code of a Warning value (RFC 3261 section 20.43)", HFILL } },
        { &sx_hf.warning_agent,
          { "Agent", "sipexplain.warning.agent", FT_STRING, BASE_NONE, NULL, 0x0,
            "The host that added the Warning", HFILL } },
        { &sx_hf.warning_text,
          { "Text", "sipexplain.warning.text", FT_STRING, BASE_NONE, NULL, 0x0,
            "The warn-text of a Warning value", HFILL } },
        { &sx_hf.warning_explanation,
          { "Explanation", "sipexplain.warning.explanation", FT_STRING, BASE_NONE, NULL, 0x0,
            "What the Warning code means", HFILL } },
    };
    static gint *ett[] = {
        &sx_ett.main, &sx_ett.reason, &sx_ett.warning, &sx_ett.sentences, &sx_ett.related,
    };
    static ei_register_info ei[] = {
        /* One item per response, in a group that says what it holds. */
        { &sx_ei.provisional,
          { "sipexplain.response.provisional", PI_RESPONSE_CODE, PI_CHAT,
            "1xx provisional response: the request is in progress", EXPFILL } },
        { &sx_ei.success,
          { "sipexplain.response.success", PI_RESPONSE_CODE, PI_CHAT,
            "2xx success", EXPFILL } },
        { &sx_ei.redirect,
          { "sipexplain.response.redirect", PI_RESPONSE_CODE, PI_NOTE,
            "3xx redirection: the request is to be tried elsewhere", EXPFILL } },
        { &sx_ei.client_normal,
          { "sipexplain.response.normal_failure", PI_RESPONSE_CODE, PI_CHAT,
            "4xx-6xx in the normal flow: a first challenge, a cancelled call, a retried glare",
            EXPFILL } },
        { &sx_ei.client_problem,
          { "sipexplain.response.client_failure", PI_RESPONSE_CODE, PI_WARN,
            "4xx client failure that calls for attention", EXPFILL } },
        { &sx_ei.server,
          { "sipexplain.response.server_failure", PI_RESPONSE_CODE, PI_ERROR,
            "5xx server failure that calls for attention", EXPFILL } },
        { &sx_ei.global,
          { "sipexplain.response.global_failure", PI_RESPONSE_CODE, PI_ERROR,
            "6xx global failure: no other device of the callee will take the call", EXPFILL } },
        /* The exchange around a message. */
        { &sx_ei.duplicate,
          { "sipexplain.captured_twice", PI_SEQUENCE, PI_CHAT,
            "The same packet captured twice (a mirror port): not a retransmission", EXPFILL } },
        { &sx_ei.resent_final,
          { "sipexplain.resent_final", PI_SEQUENCE, PI_WARN,
            "Final response to INVITE resent: its ACK has not arrived", EXPFILL } },
        { &sx_ei.ack_missing,
          { "sipexplain.ack_missing", PI_SEQUENCE, PI_WARN,
            "The ACK never arrived: the UAS resent its final response and gave up", EXPFILL } },
        { &sx_ei.prack_missing,
          { "sipexplain.prack_missing", PI_SEQUENCE, PI_WARN,
            "The PRACK never arrived for a reliable provisional response", EXPFILL } },
        { &sx_ei.challenge_unanswered,
          { "sipexplain.challenge_unanswered", PI_SEQUENCE, PI_WARN,
            "A digest challenge no request with credentials answered", EXPFILL } },
        { &sx_ei.unanswered,
          { "sipexplain.never_answered", PI_SEQUENCE, PI_WARN,
            "Request never answered: the client acts as if it got 408", EXPFILL } },
        { &sx_ei.retry_missing,
          { "sipexplain.retry_missing", PI_SEQUENCE, PI_WARN,
            "A response that asks for a retry (422, 423, 491) that never came", EXPFILL } },
        { &sx_ei.ack_lost,
          { "sipexplain.ack_lost", PI_SEQUENCE, PI_WARN,
            "An ACK the callee never got: its 2xx kept coming after it", EXPFILL } },
        { &sx_ei.ack_timeout_bye,
          { "sipexplain.ack_timeout_bye", PI_SEQUENCE, PI_WARN,
            "The call was ended because the ACK never arrived", EXPFILL } },
        /* Input that does not follow SIP's grammar. */
        { &sx_ei.invalid_code,
          { "sipexplain.invalid_code", PI_PROTOCOL, PI_WARN,
            "Status code outside 100-699 is not valid SIP", EXPFILL } },
        { &sx_ei.no_method,
          { "sipexplain.no_method", PI_PROTOCOL, PI_NOTE,
            "SIP response without a CSeq method: the request it answers is unknown", EXPFILL } },
        { &sx_ei.cause_mismatch,
          { "sipexplain.reason.mismatch", PI_PROTOCOL, PI_NOTE,
            "The Q.850 cause and the status code disagree with RFC 3398's mapping", EXPFILL } },
        { &sx_ei.malformed_header,
          { "sipexplain.malformed_header", PI_PROTOCOL, PI_NOTE,
            "Header value not as its RFC writes it", EXPFILL } },
        { &sx_ei.too_many_values,
          { "sipexplain.too_many_values", PI_PROTOCOL, PI_NOTE,
            "Too many header values: only the first are explained", EXPFILL } },
        { &sx_ei.quoted_in_icmp,
          { "sipexplain.quoted_in_icmp", PI_SEQUENCE, PI_NOTE,
            "SIP response quoted in an ICMP error: the peer did not receive it, so it is not"
            " explained", EXPFILL } },
    };
    static const expert_field unregistered = EI_INIT;
    dissector_handle_t handle;

    /* Ids start unregistered, as Wireshark 4.0 wants them (-1), whatever the struct held. */
    for (size_t i = 0; i < array_length(hf); i++)
        *hf[i].p_id = -1;
    for (size_t i = 0; i < array_length(ett); i++)
        *ett[i] = -1;
    for (size_t i = 0; i < array_length(ei); i++)
        *ei[i].ids = unregistered;
    sx_hf.proto = -1;

    for (unsigned c = 1; c < SX_CLASS_COUNT; c++) {
        class_names[c - 1].value = c;
        class_names[c - 1].strptr = sx_classes[c].name;
    }
    class_names[SX_CLASS_COUNT - 1].value = 0;
    class_names[SX_CLASS_COUNT - 1].strptr = NULL;

    sx_hf.proto = proto_register_protocol("SIP Explanation", "SIPEXPLAIN", "sipexplain");
    proto_register_field_array(sx_hf.proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(sx_hf.proto), ei, array_length(ei));

    handle = register_dissector("sipexplain", dissect_sipexplain, sx_hf.proto);
    register_postdissector(handle);
    sx_demand_register(sx_hf.proto);
    sx_exchange_register();
    sx_preferences_register(sx_hf.proto);
    sx_statistics_register();
}

/*
 * The explanation is the point of the subtree: open it where Wireshark
 * shows a packet, once; the user may close it. Wireshark makes the table of
 * open subtrees after every handoff, so this waits for the first file.
 */
static void open_subtree_once(void)
{
    static gboolean opened;

    if (!opened) {
        tree_expanded_set(sx_ett.main, TRUE);
        opened = TRUE;
    }
}

void proto_reg_handoff_sipexplain(void)
{
    sx_frame_messages_resolve();
    register_init_routine(open_subtree_once);
}
