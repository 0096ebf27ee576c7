/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What tshark will print, read from its own command line. For "-T fields",
 * tshark 4.0 builds a fully visible protocol tree as for -V, and 4.4 marks
 * the -e fields only where it prints them (not on the first pass of -2), so
 * a post-dissector cannot tell from the tree whether its fields will be
 * printed. Where the command line cannot be read (no /proc), nothing is
 * known: every visible tree counts as printed.
 */
#ifndef SIPEXPLAIN_TSHARK_OUTPUT_H
#define SIPEXPLAIN_TSHARK_OUTPUT_H

#include <glib.h>

typedef enum {
    SX_OUTPUT_UNKNOWN,       /* not -T fields, or the command line could not be read */
    SX_OUTPUT_OTHER_FIELDS,  /* -T fields, no -e field or expression naming sipexplain */
    SX_OUTPUT_OUR_FIELDS,    /* -T fields, and some -e names sipexplain or expert info */
} sx_tshark_output;

/* tshark's own command line, read once per call. */
sx_tshark_output sx_tshark_output_of_process(void);

/* The same reading of an argument list, for tests. */
sx_tshark_output sx_tshark_output_of(int argc, const char *const *argv);

#endif
