/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <epan/packet.h>
#include <epan/stat_tap_ui.h>
#include <epan/stats_tree.h>
#include <epan/tap.h>

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
    const sx_tap_record *record = (const sx_tap_record *)data;
    unsigned response_class = sx_class_of(record->code);
    const char *method = record->method ? record->method : "(no CSeq method)";
    char class_label[48], code_label[96];
    int class_node, code_node;

    if (!record->is_response)
        return TAP_PACKET_DONT_REDRAW;
    if (response_class == SX_CLASS_INVALID)
        snprintf(class_label, sizeof class_label, "Invalid (outside 100-699)");
    else
        snprintf(class_label, sizeof class_label, "%uxx %s", response_class,
                 sx_classes[response_class].name);
    sx_format_code_name(code_label, sizeof code_label, record->code);

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

/* ---- The responses report: -z sipexplain,responses ---- */

typedef struct {
    GString *lines;
    double   first_time;
    gboolean started;
} responses_report;

/* Report fields hold no tab or line end: the texts never do, values from the wire may. */
static void append_field(GString *line, const char *text)
{
    for (const char *c = text ? text : ""; *c; c++)
        g_string_append_c(line, *c == '\t' || *c == '\n' || *c == '\r' ? ' ' : *c);
}

static tap_packet_status report_packet(void *data, packet_info *pinfo, epan_dissect_t *edt _U_,
                                       const void *tapped, tap_flags_t flags _U_)
{
    responses_report *report = (responses_report *)data;
    const sx_tap_record *record = (const sx_tap_record *)tapped;
    double now = (double)pinfo->abs_ts.secs + pinfo->abs_ts.nsecs / 1e9;

    /* Records without texts are for the calls report: a call's first INVITE. */
    if (record->summary == NULL)
        return TAP_PACKET_DONT_REDRAW;
    if (!report->started) {
        report->first_time = now;
        report->started = TRUE;
    }
    g_string_append_printf(report->lines, "%u\t%.6f\t%s\t", pinfo->num, now - report->first_time,
                           record->is_response ? "response" : "request");
    if (record->is_response)
        g_string_append_printf(report->lines, "%u", record->code);
    g_string_append_c(report->lines, '\t');
    append_field(report->lines, record->method);
    g_string_append_printf(report->lines, "\t%d\t", record->problem ? 1 : 0);
    append_field(report->lines, record->summary);
    g_string_append_c(report->lines, '\t');
    append_field(report->lines, record->context);
    g_string_append_c(report->lines, '\t');
    append_field(report->lines, record->fix);
    g_string_append_c(report->lines, '\n');
    return TAP_PACKET_DONT_REDRAW;
}

static void report_reset(void *data)
{
    responses_report *report = (responses_report *)data;
    g_string_truncate(report->lines, 0);
    report->started = FALSE;
}

static void report_draw(void *data)
{
    responses_report *report = (responses_report *)data;

    printf("# sipexplain responses: frame, time, kind, code, method, problem, summary, "
           "context, fix\n%s", report->lines->str);
}

static void report_finish(void *data)
{
    responses_report *report = (responses_report *)data;
    g_string_free(report->lines, TRUE);
    g_free(report);
    text_listeners--;
}

static void report_start(const char *argument, void *user_data _U_)
{
    responses_report *report = g_new0(responses_report, 1);
    const char *filter = strncmp(argument, "sipexplain,responses,", 21) == 0 ? argument + 21
                                                                              : NULL;
    GString *error;

    report->lines = g_string_new("");
    error = register_tap_listener("sipexplain", report, filter, TL_REQUIRES_NOTHING,
                                  report_reset, report_packet, report_draw, report_finish);
    if (error) {
        fprintf(stderr, "tshark: Couldn't register sipexplain,responses tap: %s\n", error->str);
        g_string_free(error, TRUE);
        g_string_free(report->lines, TRUE);
        g_free(report);
        exit(1);
    }
    text_listeners++;
}

/* ---- Calls: -z sipexplain,calls and Statistics > SIP Calls Explained ---- */

/* The addr-spec of From or To: inside <...>, else up to its parameters. */
static char *uri_of(const sx_view *view, sx_header_id id)
{
    const sx_header_field *field = sx_header_first(view->message, id);
    const char *start, *end;

    if (field == NULL)
        return g_strdup("");
    start = field->value.start;
    end = start + field->value.length;
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
    if (start == field->value.start) {
        const char *semicolon = memchr(start, ';', (size_t)(end - start));
        if (semicolon)
            end = semicolon;
    }
    /* Bounded and printable: these strings go to a report. */
    return g_strndup(start, (size_t)MIN(end - start, 128));
}

typedef struct {
    char *call_id, *from, *to;
} call_names;

typedef struct {
    GArray *names;   /* call_names, indexed like sx_exchange_call_at */
} calls_report;

static void remember_call(GArray *names, const sx_tap_record *record)
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
    entry->call_id = g_strndup(record->view->call_id.start,
                               MIN(record->view->call_id.length, 128));
    entry->from = uri_of(record->view, SX_H_FROM);
    entry->to = uri_of(record->view, SX_H_TO);
}

static tap_packet_status calls_packet(void *data, packet_info *pinfo _U_,
                                      epan_dissect_t *edt _U_, const void *tapped,
                                      tap_flags_t flags _U_)
{
    remember_call(((calls_report *)data)->names, (const sx_tap_record *)tapped);
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
    clear_names(((calls_report *)data)->names);
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

static void calls_draw(void *data)
{
    calls_report *report = (calls_report *)data;
    size_t count = sx_exchange_call_count();
    unsigned by_state[SX_CALL_ENDED + 2] = { 0 };
    unsigned ack_timeouts = 0;

    printf("# sipexplain calls: start, Call-ID, from, to, outcome, final code, setup s, "
           "duration s, ended by, outcome in words\n");
    for (size_t i = 0; i < count; i++) {
        sx_call_outcome call;
        const call_names *names = i < report->names->len
                                      ? &g_array_index(report->names, call_names, i) : NULL;
        char start[64], words[512];
        time_t seconds;
        struct tm when;

        if (!sx_exchange_call_at(i, &call))
            continue;
        seconds = (time_t)call.start_time;
        gmtime_r(&seconds, &when);
        strftime(start, sizeof start, "%Y-%m-%dT%H:%M:%S", &when);
        sx_explain_call_words(&call, words, sizeof words);
        printf("%s.%03dZ\t%s\t%s\t%s\t%s\t%u\t%.1f\t%.1f\t%s\t%s\n", start,
               (int)((call.start_time - (double)seconds) * 1000),
               names && names->call_id ? names->call_id : "",
               names && names->from ? names->from : "", names && names->to ? names->to : "",
               state_name(call.state), call.final_code, call.setup_seconds, call.talk_seconds,
               ended_by(&call), words);
        by_state[call.state]++;
        if (call.ack_timeout)
            ack_timeouts++;
    }
    printf("# calls by outcome\n");
    for (int state = SX_CALL_SETTING_UP; state <= SX_CALL_ENDED; state++) {
        if (by_state[state])
            printf("%s\t%u\n", state_name((sx_call_state)state), by_state[state]);
    }
    if (ack_timeouts)
        printf("ended: the ACK never arrived\t%u\n", ack_timeouts);
}

static void calls_finish(void *data)
{
    calls_report *report = (calls_report *)data;
    clear_names(report->names);
    g_array_free(report->names, TRUE);
    g_free(report);
}

static void calls_start(const char *argument _U_, void *user_data _U_)
{
    calls_report *report = g_new0(calls_report, 1);
    GString *error;

    report->names = g_array_new(FALSE, TRUE, sizeof(call_names));
    error = register_tap_listener("sipexplain", report, NULL, TL_REQUIRES_NOTHING, calls_reset,
                                  calls_packet, calls_draw, calls_finish);
    if (error) {
        g_string_free(error, TRUE);
        g_array_free(report->names, TRUE);
        g_free(report);
    }
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
