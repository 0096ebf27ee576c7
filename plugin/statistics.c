/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <epan/packet.h>
#include <epan/stats_tree.h>
#include <epan/tap.h>

#include "sip_responses.h"
#include "statistics.h"
#include "ws_compat.h"

typedef struct {
    unsigned    code;
    const char *method;
    gboolean    problem;
} sx_tap_record;

static int sipexplain_tap = -1;
static int responses_node = -1;
static int problems_node = -1;

static const char responses_name[] = "SIP responses";
static const char problems_name[] = "Responses that call for attention";

void sx_statistics_queue(packet_info *pinfo, unsigned code, const char *method, gboolean problem)
{
    sx_tap_record *record;

    if (!have_tap_listener(sipexplain_tap))
        return;
    /* Taps run after dissection: the record lives as long as the packet. */
    record = wmem_new(pinfo->pool, sx_tap_record);
    record->code = code;
    record->method = method;
    record->problem = problem;
    tap_queue_packet(sipexplain_tap, pinfo, record);
}

static void stats_init(stats_tree *st)
{
    responses_node = stats_tree_create_node(st, responses_name, 0, STAT_DT_INT, TRUE);
    problems_node = stats_tree_create_node(st, problems_name, 0, STAT_DT_INT, TRUE);
}

/* "486 Busy Here", "499 (unregistered)", "700 (invalid)" */
static void code_name(char *name, size_t size, unsigned code)
{
    const sx_response_info *info = sx_find_response(code);

    if (info)
        snprintf(name, size, "%u %s", code, info->phrase);
    else if (sx_class_of(code) == SX_CLASS_INVALID)
        snprintf(name, size, "%u (invalid)", code);
    else
        snprintf(name, size, "%u (unregistered)", code);
}

static tap_packet_status stats_packet(stats_tree *st, packet_info *pinfo _U_,
                                      epan_dissect_t *edt _U_, const void *data,
                                      tap_flags_t flags _U_)
{
    const sx_tap_record *record = (const sx_tap_record *)data;
    unsigned response_class = sx_class_of(record->code);
    const char *method = record->method ? record->method : "(no CSeq method)";
    char class_label[48], code_label[96];
    int class_node, code_node;

    if (response_class == SX_CLASS_INVALID)
        snprintf(class_label, sizeof class_label, "Invalid (outside 100-699)");
    else
        snprintf(class_label, sizeof class_label, "%uxx %s", response_class,
                 sx_classes[response_class].name);
    code_name(code_label, sizeof code_label, record->code);

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

gboolean sx_statistics_wanted(void)
{
    return have_tap_listener(sipexplain_tap);
}

void sx_statistics_register(void)
{
    sipexplain_tap = register_tap("sipexplain");
    SX_REGISTER_STATS_TREE("sipexplain", "sipexplain", "SIP Responses Explained",
                           stats_packet, stats_init);
}
