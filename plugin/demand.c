/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <epan/packet.h>
#include <epan/tap.h>

#include "demand.h"
#include "fields.h"
#include "preferences.h"
#include "statistics.h"
#include "tshark_command.h"

typedef enum {
    PASS_UNDECIDED,   /* the pass's first frame decides */
    PASS_READING,
    PASS_IDLE,        /* tshark: nothing can show the output on this pass */
} pass_state;

static int proto_sipexplain = -1;
static int expert_proto = -1;
static int expert_tap = -1;
static gboolean in_tshark;
static pass_state first_pass, later_pass;
/* Whether a filter or field names one of our expert items, per pass: -1 until read. */
static int expert_named_first = -1, expert_named_later = -1;

/* Taps that take sipexplain's output with or without a tree. */
static gboolean taps_listen(void)
{
    return sx_statistics_wanted() || (expert_tap >= 0 && have_tap_listener(expert_tap));
}

/*
 * Whether a filter, column, colouring rule or -e field names sipexplain or
 * one of its fields. proto_field_is_referenced() also answers yes for any
 * visible tree, and tshark -T fields makes the tree visible without
 * printing it: this is the same test without that, on the field's public
 * registration record. Without it "-T fields -e sip.Status-Code" costs 1.15
 * times tshark's instructions instead of 1.00; the command line alone
 * cannot tell, since a column of the user's profile may name sipexplain.
 */
static gboolean named_anywhere(void)
{
    return proto_registrar_get_nth(proto_sipexplain)->ref_type != HF_REF_TYPE_NONE;
}

/* Whether a filter or field asks for expert items: Wireshark's _ws.expert fields. */
static gboolean expert_referenced(proto_tree *tree)
{
    return tree && expert_proto >= 0 && proto_field_is_referenced(tree, expert_proto);
}

/*
 * Whether a filter, column or -e field names one of sipexplain's own expert
 * items (sipexplain.invalid_code...). sx_ei holds only expert_field members,
 * so it is read as their array.
 */
static gboolean own_expert_item_named(proto_tree *tree)
{
    const expert_field *items = (const expert_field *)(const void *)&sx_ei;

    for (size_t i = 0; i < sizeof sx_ei / sizeof items[0]; i++) {
        if (items[i].hf > 0 && proto_field_is_referenced(tree, items[i].hf))
            return TRUE;
    }
    return FALSE;
}

/*
 * Whether anything on this pass can show the output: a tree that may be
 * printed, or in which a filter, column or colouring rule asks for a
 * sipexplain field; a tap; the Info column. A hidden tree built for a
 * filter on other fields is not, nor the visible tree of tshark -T fields
 * when no -e field, filter or option names sipexplain.
 */
static gboolean output_wanted(proto_tree *tree, sx_tshark_command command)
{
    if (taps_listen() || sx_prefs.info_column)
        return TRUE;
    if (!tree)
        return FALSE;
    if (command.known && !command.may_show)
        return named_anywhere();
    return proto_field_is_referenced(tree, proto_sipexplain) || expert_referenced(tree);
}

static void start_file(void)
{
    /* Registered after the handoffs, so looked up per file. */
    expert_tap = find_tap_id("expert");
    expert_proto = proto_get_id_by_filter_name("_ws.expert");
    in_tshark = g_strcmp0(g_get_prgname(), "tshark") == 0;
    first_pass = later_pass = PASS_UNDECIDED;
    expert_named_first = expert_named_later = -1;
}

void sx_demand_register(int proto)
{
    proto_sipexplain = proto;
    register_init_routine(start_file);
}

static pass_state decide(proto_tree *tree, gboolean first)
{
    sx_tshark_command command;

    if (!in_tshark || !sx_prefs.on_demand)
        return PASS_READING;
    command = sx_tshark_command_of_process();
    if (output_wanted(tree, command))
        return PASS_READING;
    /* The first pass of -2 reads when the second may show the output (tshark_command.h). */
    if (first && (!command.known || (command.two_pass && command.may_show)))
        return PASS_READING;
    return PASS_IDLE;
}

sx_plan sx_demand_plan(packet_info *pinfo, proto_tree *tree, gboolean replay)
{
    sx_plan plan = { FALSE, FALSE, FALSE };
    pass_state state;

    if (!PINFO_FD_VISITED(pinfo)) {
        if (first_pass == PASS_UNDECIDED)
            first_pass = decide(tree, TRUE);
        state = first_pass;
    } else if (first_pass == PASS_IDLE) {
        /* tshark -2: the first pass read nothing; this one reads, in order, if it shows. */
        if (later_pass == PASS_UNDECIDED)
            later_pass = decide(tree, FALSE);
        state = later_pass;
    } else {
        state = PASS_READING;
    }
    if (state == PASS_IDLE)
        return plan;
    plan.read = !replay;
    /* A hidden tree built for colouring rules or a filter on other fields shows nothing. */
    plan.show = (tree && proto_field_is_referenced(tree, proto_sipexplain)) ||
                expert_referenced(tree) || taps_listen() || sx_prefs.info_column;
    /* Expert notes show in a visible tree, to the expert tap, or to a filter on _ws.expert. */
    plan.expert = (expert_tap >= 0 && have_tap_listener(expert_tap)) || expert_referenced(tree);
    if (!plan.expert && tree && proto_field_is_referenced(tree, proto_sipexplain)) {
        /*
         * tshark's filters and fields do not change within a pass: read them
         * once. Wireshark's do with each refilter, so it asks every frame.
         */
        int *named = PINFO_FD_VISITED(pinfo) ? &expert_named_later : &expert_named_first;
        if (!in_tshark)
            plan.expert = own_expert_item_named(tree);
        else {
            if (*named < 0)
                *named = own_expert_item_named(tree);
            plan.expert = *named == 1;
        }
    }
    return plan;
}
