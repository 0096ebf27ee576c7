/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Every difference between the Wireshark versions sipexplain builds
 * against lives here, so the rest of the plugin reads as one version.
 * Guards test a feature where a header shows it; where a header does not
 * (a type changed in place), they test the version that changed it.
 *
 * Differences in what Wireshark does, not in its API, which the plugin and
 * its tests rely on (tests/integration/lib.sh rewrites Wireshark's own
 * formatting of them to the form of 4.0):
 * - Stats trees: the GUI lists a plugin's tree only when it was registered
 *   with stats_tree_register_plugin() (see SX_REGISTER_STATS_TREE).
 * - tshark -T fields prints booleans as 1/0 in 4.0, True/False after it,
 *   and escapes a backslash in a value after 4.0.
 * - tshark -V names the record type in each frame line from 4.6 on.
 * - tshark -G protocols has more columns from 4.4 on.
 */
#ifndef SIPEXPLAIN_WS_COMPAT_H
#define SIPEXPLAIN_WS_COMPAT_H

#include <wireshark.h>
#include <epan/proto.h>

#define SX_WS_AT_LEAST(major, minor) \
    (WIRESHARK_VERSION_MAJOR > (major) || \
     (WIRESHARK_VERSION_MAJOR == (major) && WIRESHARK_VERSION_MINOR >= (minor)))

/*
 * Boolean preferences and UAT update callbacks take bool from 4.4 on: the
 * type changed in place, so no header macro marks it.
 */
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

/*
 * A -z argument's init callback returns whether it took the argument from
 * 4.6 on. The type changed in place: the build compiles a callback of each
 * kind against the headers and defines SX_STAT_TAP_INIT_RETURNS_BOOL
 * (plugin/CMakeLists.txt).
 */
#ifdef SX_STAT_TAP_INIT_RETURNS_BOOL
typedef bool sx_stat_tap_init_result;
#  define SX_STAT_TAP_INIT_DONE(taken) return (taken)
#else
typedef void sx_stat_tap_init_result;
#  define SX_STAT_TAP_INIT_DONE(taken) return
#endif

/* Loaders that let a plugin say what it is ship wsutil/plugins.h; earlier ones do not ask. */
#if defined(__has_include)
#  if __has_include(<wsutil/plugins.h>)
#    include <wsutil/plugins.h>
#  endif
#endif
#ifdef WS_PLUGIN_DESC_DISSECTOR
#  define SX_HAVE_PLUGIN_DESCRIBE 1
#endif

#endif
