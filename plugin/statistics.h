/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The "sipexplain" tap and its stats tree: responses by class, code and
 * method, and the problems (tshark -z sipexplain,tree; Statistics menu).
 */
#ifndef SIPEXPLAIN_STATISTICS_H
#define SIPEXPLAIN_STATISTICS_H

#include <epan/packet.h>

void sx_statistics_register(void);

/* Whether a stats tree or other listener is on the tap now. */
gboolean sx_statistics_wanted(void);

/* Hands one explained response to the tap listeners, if any. */
void sx_statistics_queue(packet_info *pinfo, unsigned code, const char *method, gboolean problem);

#endif
