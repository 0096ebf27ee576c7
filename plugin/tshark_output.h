/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What tshark will print, read from its own command line. tshark builds a
 * fully visible protocol tree for "-T fields" as for -V, although it prints
 * only the -e fields, and it does not mark those fields as wanted, so a
 * post-dissector cannot tell a tree that will be printed from one that will
 * not. Where the command line cannot be read (no /proc), nothing is known
 * and every visible tree counts as printed.
 */
#ifndef SIPEXPLAIN_TSHARK_OUTPUT_H
#define SIPEXPLAIN_TSHARK_OUTPUT_H

#include <glib.h>

/*
 * TRUE when tshark runs with -T fields and no -e field or expression names
 * sipexplain or expert information: the visible tree is read for other
 * fields only.
 */
gboolean sx_tshark_prints_other_fields_only(void);

/* The same decision on an argument list, for tests. */
gboolean sx_arguments_print_other_fields_only(int argc, const char *const *argv);

#endif
