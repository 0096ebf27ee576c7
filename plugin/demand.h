/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What to do with a frame: whether to read its SIP messages into the
 * exchange state, and whether anything will show the explanation. One call
 * per frame; the rest of the plugin follows the plan it returns.
 *
 * sipexplain reads SIP's bytes itself, so it never makes Wireshark build a
 * protocol tree. What is left to decide is whether a pass needs reading at
 * all: Wireshark, sharkd and the rest may show any frame later, so they read
 * every frame of the first pass. tshark shows each frame once: a pass whose
 * first frame has no tree and no tap listening for sipexplain (plain
 * "tshark -r", "-T fields -e sip.Status-Code") reads nothing. The first pass
 * of -2 reads when the second may show the output (tshark_command.h); if it
 * did not and the second wants it after all, the second reads the frames
 * then, in order.
 */
#ifndef SIPEXPLAIN_DEMAND_H
#define SIPEXPLAIN_DEMAND_H

#include <epan/packet.h>

typedef struct {
    gboolean read;    /* read this frame's messages into the exchange (they come in order) */
    gboolean show;    /* a tree, a tap or the Info column may show the explanation */
    gboolean expert;  /* expert items can be seen: in a tree, or by the expert tap */
} sx_plan;

/* Registration: the expert tap is looked up per file, in sx_demand_start_file. */
void sx_demand_register(int proto);

/* The plan for this frame; replay is true when its messages were read on an earlier pass. */
sx_plan sx_demand_plan(packet_info *pinfo, proto_tree *tree, gboolean replay);

#endif
