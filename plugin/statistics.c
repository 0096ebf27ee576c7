/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <epan/packet.h>
#include <epan/stat_tap_ui.h>
#include <epan/stats_tree.h>
#include <epan/tap.h>
#include <wsutil/report_message.h>

#include "context.h"
#include "explain.h"
#include "explain_calls.h"
#include "explain_items.h"
#include "responses.h"
#include "statistics.h"
#include "ws_compat.h"

static int sipexplain_tap = -1;
/* Listeners that need the texts (the responses report) register here. */
static unsigned text_listeners;

gboolean sx_statistics_wanted(void)
{
    return have_tap_listener(sipexplain_tap);
}

gboolean sx_statistics_wants_texts(void)
{
    return text_listeners > 0;
}

void sx_statistics_queue(packet_info *pinfo, const sx_tap_record *record)
{
    if (!have_tap_listener(sipexplain_tap))
        return;
    /* Taps run after dissection: the record lives as long as the packet. */
    tap_queue_packet(sipexplain_tap, pinfo, wmem_memdup(pinfo->pool, record, sizeof *record));
}

/* ---- Statistics > SIP Responses Explained (-z sipexplain,tree) ---- */

static int responses_node = -1;
static int problems_node = -1;
static const char responses_name[] = "SIP responses";
static const char problems_name[] = "Responses that call for attention";

static void responses_init(stats_tree *st)
{
    responses_node = stats_tree_create_node(st, responses_name, 0, STAT_DT_INT, TRUE);
    problems_node = stats_tree_create_node(st, problems_name, 0, STAT_DT_INT, TRUE);
}

static tap_packet_status responses_packet(stats_tree *st, packet_info *pinfo _U_,
                                          epan_dissect_t *edt _U_, const void *data,
                                          tap_flags_t flags _U_)
{
    /* Labels made once per class and code: most responses repeat a few codes. */
    static char class_labels[SX_CLASS_COUNT][48];
    static char code_labels[600][96];
    const sx_tap_record *record = (const sx_tap_record *)data;
    unsigned response_class = sx_class_of(record->code);
    const char *method = record->method ? record->method : "(no CSeq method)";
    char *class_label = class_labels[response_class], *code_label, invalid_label[96];
    int class_node, code_node;

    if (!record->is_response)
        return TAP_PACKET_DONT_REDRAW;
    if (class_label[0] == '\0') {
        if (response_class == SX_CLASS_INVALID)
            snprintf(class_label, sizeof class_labels[0], "Invalid (outside 100-699)");
        else
            snprintf(class_label, sizeof class_labels[0], "%uxx %s", response_class,
                     sx_classes[response_class].name);
    }
    code_label = record->code >= 100 && record->code < 700 ? code_labels[record->code - 100]
                                                           : invalid_label;
    if (code_label == invalid_label || code_label[0] == '\0')
        sx_format_code_name(code_label, sizeof invalid_label, record->code);

    tick_stat_node(st, responses_name, 0, TRUE);
    class_node = tick_stat_node(st, class_label, responses_node, TRUE);
    code_node = tick_stat_node(st, code_label, class_node, TRUE);
    tick_stat_node(st, method, code_node, FALSE);
    if (record->problem) {
        tick_stat_node(st, problems_name, 0, TRUE);
        code_node = tick_stat_node(st, code_label, problems_node, TRUE);
        tick_stat_node(st, method, code_node, FALSE);
    }
    return TAP_PACKET_REDRAW;
}

/* ---- What both reports share ---- */

/* The bytes of a Call-ID, or of the URI of From or To, that a report prints at most. */
#define REPORT_VALUE_MAX 128

/* Report fields hold no tab or line end: the texts never do, values from the wire may. */
static void append_field(GString *line, const char *text)
{
    for (const char *c = text ? text : ""; *c; c++)
        g_string_append_c(line, *c == '\t' || *c == '\n' || *c == '\r' ? ' ' : *c);
}

/* A value from the wire: its first bytes, with what is not printable ASCII as \xNN. */
static const char *wire_value(wmem_allocator_t *pool, sx_span value)
{
    return sx_item_printable(pool, value.start, MIN(value.length, REPORT_VALUE_MAX),
                             REPORT_VALUE_MAX);
}

/* Seconds since the capture's first frame, as frame.time_relative has them. */
static void append_relative_time(GString *line, const nstime_t *time)
{
    gint64 seconds = (gint64)time->secs;
    int nanoseconds = time->nsecs;
    gboolean negative = seconds < 0 || nanoseconds < 0;

    if (negative) {
        seconds = -seconds;
        nanoseconds = -nanoseconds;
    }
    g_string_append_printf(line, "%s%" G_GINT64_FORMAT ".%09d", negative ? "-" : "", seconds,
                           nanoseconds);
}

/* The FILTER of "-z sipexplain,NAME,FILTER", or NULL. */
static const char *filter_of(const char *argument, const char *name)
{
    size_t length = strlen(name);

    if (strncmp(argument, name, length) == 0 && argument[length] == ',' && argument[length + 1])
        return argument + length + 1;
    return NULL;
}

/* ---- The responses report: -z sipexplain,responses ---- */

typedef struct {
    GString *lines;
    char    *filter;
} responses_report;

static tap_packet_status report_packet(void *data, packet_info *pinfo, epan_dissect_t *edt _U_,
                                       const void *tapped, tap_flags_t flags _U_)
{
    responses_report *report = (responses_report *)data;
    const sx_tap_record *record = (const sx_tap_record *)tapped;
    GString *line = report->lines;

    if (!record->explained || record->summary == NULL)
        return TAP_PACKET_DONT_REDRAW;
    g_string_append_printf(line, "%u\t", pinfo->num);
    append_relative_time(line, &pinfo->rel_ts);
    g_string_append_printf(line, "\t%s\t", record->is_response ? "response" : "request");
    if (record->is_response)
        g_string_append_printf(line, "%u", record->code);
    g_string_append_c(line, '\t');
    append_field(line, record->method);
    g_string_append_printf(line, "\t%d\t", record->problem ? 1 : 0);
    append_field(line, record->summary);
    g_string_append_c(line, '\t');
    append_field(line, record->context);
    g_string_append_c(line, '\t');
    append_field(line, record->fix);
    g_string_append_c(line, '\t');
    append_field(line, wire_value(pinfo->pool, record->view->call_id));
    g_string_append_c(line, '\t');
    append_field(line, record->followed);
    g_string_append_c(line, '\n');
    return TAP_PACKET_DONT_REDRAW;
}

static void report_reset(void *data)
{
    g_string_truncate(((responses_report *)data)->lines, 0);
}

static void report_draw(void *data)
{
    responses_report *report = (responses_report *)data;

    printf("# sipexplain responses: frame, time, kind, code, method, problem, summary, "
           "context, fix, Call-ID, followed\n");
    if (report->filter)
        printf("# filter: %s\n", report->filter);
    printf("%s", report->lines->str);
}

static void report_finish(void *data)
{
    responses_report *report = (responses_report *)data;
    g_string_free(report->lines, TRUE);
    g_free(report->filter);
    g_free(report);
    text_listeners--;
}

static sx_stat_tap_init_result report_start(const char *argument, void *user_data _U_)
{
    responses_report *report = g_new0(responses_report, 1);
    const char *filter = filter_of(argument, "sipexplain,responses");
    GString *error;

    report->lines = g_string_new("");
    report->filter = g_strdup(filter);
    error = register_tap_listener("sipexplain", report, filter, TL_REQUIRES_NOTHING,
                                  report_reset, report_packet, report_draw, report_finish);
    if (error) {
        /* A filter that does not compile: tshark prints it; the run goes on without the report. */
        report_failure("Couldn't register sipexplain,responses tap: %s", error->str);
        g_string_free(error, TRUE);
        g_string_free(report->lines, TRUE);
        g_free(report->filter);
        g_free(report);
        SX_STAT_TAP_INIT_DONE(FALSE);
    }
    text_listeners++;
    SX_STAT_TAP_INIT_DONE(TRUE);
}

/* ---- Calls: -z sipexplain,calls and Statistics > SIP Calls Explained ---- */

static const char *state_name(sx_call_state state)
{
    switch (state) {
    case SX_CALL_SETTING_UP: return "setting up";
    case SX_CALL_NO_ANSWER: return "no answer";
    case SX_CALL_REJECTED: return "rejected";
    case SX_CALL_REDIRECTED: return "redirected";
    case SX_CALL_TERMINATED: return "terminated";
    case SX_CALL_CANCELLED: return "cancelled";
    case SX_CALL_ANSWERED_ELSEWHERE: return "answered elsewhere";
    case SX_CALL_ANSWERED: return "answered";
    case SX_CALL_ENDED: return "ended";
    default: return "unknown";
    }
}

typedef struct {
    char *call_id, *from, *to;
} call_names;

typedef struct calls_report calls_report;

/* The report's other listeners find it through these. */
typedef struct {
    calls_report *report;
} listener_of;

struct calls_report {
    GArray     *names;      /* call_names, indexed like sx_exchange_call_at */
    char       *filter;     /* NULL: every call */
    GArray     *selected;   /* with a filter: gboolean per call, TRUE when a message matched */
    unsigned    frames, sip_frames, explained;
    uint32_t    last_sip_frame;
    listener_of frame_listener, selection_listener;
    unsigned    holders;    /* the listeners registered, and calls_start while it runs */
};

/* The URI of From or To, as reports print it. */
static char *uri_of(wmem_allocator_t *pool, const sx_view *view, sx_header_id id)
{
    const sx_header_field *field = sx_header_first(view->message, id);

    return g_strdup(field ? wire_value(pool, sx_view_uri(field->value)) : "");
}

static void remember_call(GArray *names, wmem_allocator_t *pool, const sx_tap_record *record)
{
    size_t index;
    call_names *entry;

    if (record->is_response || !(record->record->facts & SX_REQUEST_STARTS_CALL) ||
        !sx_exchange_call_index(record->record, &index))
        return;
    if (index >= names->len)
        g_array_set_size(names, (guint)index + 1);
    entry = &g_array_index(names, call_names, index);
    if (entry->call_id)
        return;
    entry->call_id = g_strdup(wire_value(pool, record->view->call_id));
    entry->from = uri_of(pool, record->view, SX_H_FROM);
    entry->to = uri_of(pool, record->view, SX_H_TO);
}

static tap_packet_status calls_packet(void *data, packet_info *pinfo, epan_dissect_t *edt _U_,
                                      const void *tapped, tap_flags_t flags _U_)
{
    calls_report *report = (calls_report *)data;
    const sx_tap_record *record = (const sx_tap_record *)tapped;

    /* A frame's messages come one after the other. */
    if (pinfo->num != report->last_sip_frame) {
        report->sip_frames++;
        report->last_sip_frame = pinfo->num;
    }
    if (record->explained)
        report->explained++;
    remember_call(report->names, pinfo->pool, record);
    return TAP_PACKET_DONT_REDRAW;
}

/* With a filter: the calls of the messages in the frames that match it. */
static tap_packet_status selection_packet(void *data, packet_info *pinfo _U_,
                                          epan_dissect_t *edt _U_, const void *tapped,
                                          tap_flags_t flags _U_)
{
    calls_report *report = ((listener_of *)data)->report;
    const sx_tap_record *record = (const sx_tap_record *)tapped;
    size_t index;

    if (sx_exchange_call_index(record->record, &index)) {
        if (index >= report->selected->len)
            g_array_set_size(report->selected, (guint)index + 1);
        g_array_index(report->selected, gboolean, index) = TRUE;
    }
    return TAP_PACKET_DONT_REDRAW;
}

/* Every frame read, on the "frame" tap: the count line. */
static tap_packet_status frame_packet(void *data, packet_info *pinfo _U_,
                                      epan_dissect_t *edt _U_, const void *tapped _U_,
                                      tap_flags_t flags _U_)
{
    ((listener_of *)data)->report->frames++;
    return TAP_PACKET_DONT_REDRAW;
}

static void clear_names(GArray *names)
{
    for (guint i = 0; i < names->len; i++) {
        call_names *entry = &g_array_index(names, call_names, i);
        g_free(entry->call_id);
        g_free(entry->from);
        g_free(entry->to);
    }
    g_array_set_size(names, 0);
}

static void calls_reset(void *data)
{
    calls_report *report = (calls_report *)data;

    clear_names(report->names);
    g_array_set_size(report->selected, 0);
    report->frames = report->sip_frames = report->explained = 0;
    report->last_sip_frame = 0;
}

static const char *ended_by(const sx_call_outcome *call)
{
    if (call->state == SX_CALL_ENDED)
        return call->ended_by_callee ? sx_calls.callee : sx_calls.caller;
    if (call->state == SX_CALL_CANCELLED || call->state == SX_CALL_ANSWERED_ELSEWHERE)
        return sx_calls.caller;
    if (call->state == SX_CALL_REJECTED || call->state == SX_CALL_REDIRECTED)
        return sx_calls.callee;
    return "";
}

static gboolean call_listed(const calls_report *report, size_t index)
{
    return report->filter == NULL ||
           (index < report->selected->len && g_array_index(report->selected, gboolean, index));
}

static void calls_draw(void *data)
{
    calls_report *report = (calls_report *)data;
    size_t count = sx_exchange_call_count();
    unsigned by_state[SX_CALL_ENDED + 2] = { 0 };
    unsigned ack_timeouts = 0;
    GString *line = g_string_new("");

    printf("# sipexplain calls: start, Call-ID, from, to, outcome, final code, setup s, "
           "duration s, ended by, outcome in words, failed, INVITE frame, final frame, "
           "end frame\n");
    if (report->filter)
        printf("# filter: %s\n", report->filter);
    for (size_t i = 0; i < count; i++) {
        sx_call_outcome call;
        const call_names *names = i < report->names->len
                                      ? &g_array_index(report->names, call_names, i) : NULL;
        char start[64], words[512];
        time_t seconds;
        struct tm when;

        if (!call_listed(report, i) || !sx_exchange_call_at(i, &call))
            continue;
        seconds = (time_t)call.start_time;
        gmtime_r(&seconds, &when);
        strftime(start, sizeof start, "%Y-%m-%dT%H:%M:%S", &when);
        sx_explain_call_words(&call, words, sizeof words);
        g_string_printf(line, "%s.%03dZ\t%s\t%s\t%s\t%s\t%u\t%.1f\t%.1f\t%s\t", start,
                        (int)((call.start_time - (double)seconds) * 1000),
                        names && names->call_id ? names->call_id : "",
                        names && names->from ? names->from : "",
                        names && names->to ? names->to : "", state_name(call.state),
                        call.final_code, call.setup_seconds, call.talk_seconds, ended_by(&call));
        append_field(line, words);
        g_string_append_printf(line, "\t%s\t%u\t%u\t%u\n",
                               sx_explain_call_failed(&call) ? "yes" : "no", call.invite_frame,
                               call.final_frame, call.end_frame);
        fputs(line->str, stdout);
        by_state[call.state]++;
        if (call.ack_timeout)
            ack_timeouts++;
    }
    g_string_free(line, TRUE);
    printf("# calls by outcome\n");
    for (int state = SX_CALL_SETTING_UP; state <= SX_CALL_ENDED; state++) {
        if (by_state[state])
            printf("%s\t%u\n", state_name((sx_call_state)state), by_state[state]);
    }
    if (ack_timeouts)
        printf("ended: the ACK never arrived\t%u\n", ack_timeouts);
    printf("# counts\tframes read\t%u\tSIP frames\t%u\tSIP messages explained\t%u\n",
           report->frames, report->sip_frames, report->explained);
}

/* Each listener holds the report; the last one let go frees it, in whatever order. */
static void release_report(calls_report *report)
{
    if (--report->holders)
        return;
    clear_names(report->names);
    g_array_free(report->names, TRUE);
    g_array_free(report->selected, TRUE);
    g_free(report->filter);
    g_free(report);
}

static void calls_finish(void *data)
{
    release_report((calls_report *)data);
}

static void listener_finish(void *data)
{
    release_report(((listener_of *)data)->report);
}

static sx_stat_tap_init_result calls_start(const char *argument, void *user_data _U_)
{
    calls_report *report = g_new0(calls_report, 1);
    const char *filter = filter_of(argument, "sipexplain,calls");
    gboolean counting = FALSE, selecting = FALSE;
    GString *error;

    report->names = g_array_new(FALSE, TRUE, sizeof(call_names));
    report->selected = g_array_new(FALSE, TRUE, sizeof(gboolean));
    report->filter = g_strdup(filter);
    report->frame_listener.report = report->selection_listener.report = report;
    report->holders = 1;
    /* The frames are counted, and with a filter the calls chosen, by listeners of their own. */
    error = register_tap_listener("frame", &report->frame_listener, NULL, TL_REQUIRES_NOTHING,
                                  NULL, frame_packet, NULL, listener_finish);
    counting = error == NULL;
    if (error == NULL && filter) {
        error = register_tap_listener("sipexplain", &report->selection_listener, filter,
                                      TL_REQUIRES_NOTHING, NULL, selection_packet, NULL,
                                      listener_finish);
        selecting = error == NULL;
    }
    report->holders += (counting ? 1 : 0) + (selecting ? 1 : 0);
    if (error == NULL) {
        error = register_tap_listener("sipexplain", report, NULL, TL_REQUIRES_NOTHING,
                                      calls_reset, calls_packet, calls_draw, calls_finish);
        if (error == NULL)
            report->holders++;
    }
    if (error) {
        report_failure("Couldn't register sipexplain,calls tap: %s", error->str);
        g_string_free(error, TRUE);
        if (selecting)
            remove_tap_listener(&report->selection_listener);
        if (counting)
            remove_tap_listener(&report->frame_listener);
        release_report(report);
        SX_STAT_TAP_INIT_DONE(FALSE);
    }
    release_report(report);
    SX_STAT_TAP_INIT_DONE(TRUE);
}

/*
 * Statistics > SIP Calls Explained: calls by outcome, one line per call, and
 * the calls that failed (sx_explain_call_failed) by outcome. What a call
 * became is known once the capture was read, so the tree counts on the
 * passes Wireshark makes after the first (opening the dialog, -2).
 */
static int calls_node = -1;
static int failed_node = -1;
static const char calls_name[] = "SIP calls";
static const char failed_name[] = "Calls that failed";

static void calls_tree_init(stats_tree *st)
{
    calls_node = stats_tree_create_node(st, calls_name, 0, STAT_DT_INT, TRUE);
    failed_node = stats_tree_create_node(st, failed_name, 0, STAT_DT_INT, TRUE);
}

static tap_packet_status calls_tree_packet(stats_tree *st, packet_info *pinfo,
                                           epan_dissect_t *edt _U_, const void *data,
                                           tap_flags_t flags _U_)
{
    const sx_tap_record *record = (const sx_tap_record *)data;
    sx_call_outcome call;
    char words[512], line[768];
    int state_node;

    if (!PINFO_FD_VISITED(pinfo) || record->is_response ||
        !(record->record->facts & SX_REQUEST_STARTS_CALL) ||
        !sx_exchange_call_outcome(record->record, &call))
        return TAP_PACKET_DONT_REDRAW;
    sx_explain_call_words(&call, words, sizeof words);
    snprintf(line, sizeof line, "%s: %s",
             sx_item_printable(pinfo->pool, record->view->call_id.start,
                               MIN(record->view->call_id.length, 64), 64), words);
    tick_stat_node(st, calls_name, 0, TRUE);
    state_node = tick_stat_node(st, state_name(call.state), calls_node, TRUE);
    tick_stat_node(st, line, state_node, FALSE);
    if (sx_explain_call_failed(&call)) {
        tick_stat_node(st, failed_name, 0, TRUE);
        state_node = tick_stat_node(st, state_name(call.state), failed_node, TRUE);
        tick_stat_node(st, line, state_node, FALSE);
    }
    return TAP_PACKET_REDRAW;
}

void sx_statistics_register(void)
{
    static stat_tap_ui responses_ui = {
        REGISTER_PACKET_STAT_GROUP_UNSORTED, NULL, "sipexplain,responses", report_start, 0, NULL,
    };
    static stat_tap_ui calls_ui = {
        REGISTER_PACKET_STAT_GROUP_UNSORTED, NULL, "sipexplain,calls", calls_start, 0, NULL,
    };

    sipexplain_tap = register_tap("sipexplain");
    SX_REGISTER_STATS_TREE("sipexplain", "sipexplain", "SIP Responses Explained",
                           responses_packet, responses_init);
    SX_REGISTER_STATS_TREE("sipexplain", "sipexplain_calls", "SIP Calls Explained",
                           calls_tree_packet, calls_tree_init);
    register_stat_tap_ui(&responses_ui, NULL);
    register_stat_tap_ui(&calls_ui, NULL);
}
