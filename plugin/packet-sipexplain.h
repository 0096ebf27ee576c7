/* SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef SIPEXPLAIN_PACKET_SIPEXPLAIN_H
#define SIPEXPLAIN_PACKET_SIPEXPLAIN_H

void proto_register_sipexplain(void);
void proto_reg_handoff_sipexplain(void);

#endif
