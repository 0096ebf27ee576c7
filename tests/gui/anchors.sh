# SPDX-License-Identifier: GPL-2.0-or-later
# shellcheck shell=bash disable=SC2034 # sourced: the variables are used by the suite
#
# What the GUI suite looks for on the screen, in one place (sourced by
# run-gui-tests.sh). Only stable anchors live here: a code and its phrase, a
# menu label, a file name. Everything longer (the subtree's lines, the stats
# tree's rows, the columns' texts, the rows' colours) is taken at run time
# from tshark with the same plugin, capture and profile, so that the GUI is
# compared with what the plugin says rather than with a copy of its texts.
# When the plugin renames something below, update it here.

# The stats tree's name: the menu entry and the dialog's title
# (plugin/statistics.c).
stats_tree_label="SIP Responses Explained"
# Where Wireshark may list it: 4.0, 4.4 and 4.6 list every plugin's tree at
# the end of Statistics, whatever its group; Telephony (the group the plugin
# gives from 4.4 on) is looked at too, and the suite says where it is.
stats_tree_menus=(Statistics Telephony)
# tshark's and Wireshark's -z argument for it.
stats_tree_z=sipexplain,tree

# Help > About Wireshark > Plugins: the file name of the plugin (its version
# comes from the build).
plugin_file=sipexplain.so

# The capture of the first session (packet details, plugins, stats tree):
# small, so that the stats tree's rows fit in its dialog.
session_capture=reason-warning.pcapng
# The response whose explanation is opened in the packet details: the first
# frame of that capture matching the filter, and what its explanation's line
# must show.
details_filter='sipexplain.code == 486'
details_code=486
details_phrase="Busy Here"
# The protocol's filter name, which the status bar shows, in brackets, for
# the selected explanation.
protocol_filter_name=sipexplain
# How many of the subtree's first lines (as tshark -O prints them) must show
# once it is expanded, and how many characters of each are compared.
details_lines=6
details_chars=50

# The profile: the captures whose rows are looked at (concatenated), and how
# many frames of each coloring rule are displayed.
profile_captures=(every-code-udp.pcapng odd-codes.pcapng)
profile_rows_per_rule=2
# The Summary column must show this many characters of each summary (all of
# a shorter one), and Class its whole text.
profile_summary_chars=85
