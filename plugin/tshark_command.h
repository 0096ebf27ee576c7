/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What tshark's command line says about its passes, for the one decision
 * it cannot be told otherwise: whether the first pass of -2 must read the
 * capture. The second pass shows frames only after the first read them all,
 * so what followed each message (the ACK that never came, a request never
 * answered) is known there if the first pass read it; nothing on the first
 * pass says whether the second will show sipexplain's output.
 *
 * A misreading costs time, never output: an unreadable command line, or an
 * option that might show the output, means read.
 */
#ifndef SIPEXPLAIN_TSHARK_COMMAND_H
#define SIPEXPLAIN_TSHARK_COMMAND_H

#include <glib.h>

typedef struct {
    gboolean known;      /* the command line could be read */
    gboolean two_pass;   /* -2, or a bundle of options that may hold it */
    gboolean may_show;   /* an option that may show sipexplain's output */
} sx_tshark_command;

/* From the arguments (argv[0] is the program). */
sx_tshark_command sx_tshark_command_of(int argc, const char *const *argv);

/* From this process's command line (/proc/self/cmdline), once per process. */
sx_tshark_command sx_tshark_command_of_process(void);

#endif
