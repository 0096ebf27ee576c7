/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The entry points Wireshark's plugin loader looks for, and nothing else. */
#define WS_BUILD_DLL
#include <wireshark.h>
#include <epan/proto.h>

#include "packet-sipexplain.h"
#include "ws_compat.h"

WS_DLL_PUBLIC_DEF const char plugin_version[] = SIPEXPLAIN_VERSION;
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;

WS_DLL_PUBLIC void plugin_register(void);

void plugin_register(void)
{
    static proto_plugin sipexplain = {
        .register_protoinfo = proto_register_sipexplain,
        .register_handoff = proto_reg_handoff_sipexplain,
    };
    proto_register_plugin(&sipexplain);
}

#ifdef SX_HAVE_PLUGIN_DESCRIBE
WS_DLL_PUBLIC uint32_t plugin_describe(void);

uint32_t plugin_describe(void)
{
    return WS_PLUGIN_DESC_DISSECTOR;
}
#endif
