/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Every difference between the Wireshark versions sipexplain builds
 * against lives here, so the rest of the plugin reads as one version.
 */
#ifndef SIPEXPLAIN_WS_COMPAT_H
#define SIPEXPLAIN_WS_COMPAT_H

#include <wireshark.h>
#include <epan/proto.h>
#include <epan/ftypes/ftypes.h>

#define SX_WS_AT_LEAST(major, minor) \
    (WIRESHARK_VERSION_MAJOR > (major) || \
     (WIRESHARK_VERSION_MAJOR == (major) && WIRESHARK_VERSION_MINOR >= (minor)))

/* field_info.value became a pointer to an opaque fvalue_t during 4.1. */
#if SX_WS_AT_LEAST(4, 1)
#  define SX_FIELD_FVALUE(fi) ((fi)->value)
#else
#  define SX_FIELD_FVALUE(fi) (&(fi)->value)
#endif

static inline uint32_t sx_field_uint(field_info *fi)
{
    return fvalue_get_uinteger(SX_FIELD_FVALUE(fi));
}

static inline const char *sx_field_string(field_info *fi)
{
    return fvalue_get_string(SX_FIELD_FVALUE(fi));
}

/* Booleans are kept as 64-bit integers in every supported version. */
static inline gboolean sx_field_bool(field_info *fi)
{
    return fvalue_get_uinteger64(SX_FIELD_FVALUE(fi)) != 0;
}

/* Boolean preferences and UAT update callbacks take bool from 4.4 on. */
#if SX_WS_AT_LEAST(4, 4)
typedef bool sx_pref_bool;
#else
typedef gboolean sx_pref_bool;
#endif

/*
 * Stats trees: Wireshark's GUI lists a plugin's tree only when it was
 * registered with stats_tree_register_plugin(), at the end of the
 * Statistics menu: 4.0 leaves out a tree registered with
 * stats_tree_register_with_group(), and 4.4 and 4.6 list a plugin's tree
 * there whatever its group, as long as that is one of the menus' groups.
 * 4.4 returns a configuration to set the group on, and renamed the groups.
 * No version's GUI takes a stats tree with -z; tshark does.
 */
#ifdef STATS_TREE_MENU_SEPARATOR
#  define SX_REGISTER_STATS_TREE(tap, abbr, name, packet_cb, init_cb) \
    stats_tree_set_group(stats_tree_register_plugin((tap), (abbr), (name), TL_REQUIRES_NOTHING, \
                         (packet_cb), (init_cb), NULL), REGISTER_TELEPHONY_GROUP_UNSORTED)
#else
#  define SX_REGISTER_STATS_TREE(tap, abbr, name, packet_cb, init_cb) \
    stats_tree_register_plugin((tap), (abbr), (name), TL_REQUIRES_NOTHING, (packet_cb), (init_cb), NULL)
#endif

/* 4.4 lets a plugin say what it is; earlier loaders do not ask. */
#if SX_WS_AT_LEAST(4, 4)
#  include <wsutil/plugins.h>
#  define SX_HAVE_PLUGIN_DESCRIBE 1
#endif

#endif
