/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Which context rows a response to a method can get, found by asking the
 * plugin's own rule (sx_select_context) in every state a capture can show,
 * so that the tool never re-reads the rules and lists no row that cannot
 * win (a row behind an earlier one with the same condition).
 */
#ifndef SIPEXPLAIN_LOOKUP_CONTEXTS_H
#define SIPEXPLAIN_LOOKUP_CONTEXTS_H

#include <stddef.h>

#include "context.h"

enum { LK_MAX_CHOICES = 32 };

typedef struct {
    const sx_context_info *row;
    /*
     * The label to show: the row's condition (sx_condition_labels), but for
     * a catch-all row after others, "request not in the capture" when it
     * only wins then, else NULL for "otherwise".
     */
    const sx_condition_label *label;
} lk_choice;

/*
 * The rows that win for some state, in table order. *uncovered: some state
 * gets no row at all (the code's entry alone applies then).
 */
size_t lk_context_choices(unsigned code, const char *method, lk_choice *choices,
                          int *uncovered);

/*
 * The methods named by a code's rows, in table order without repeats, and
 * whether a row applies to any method.
 */
size_t lk_context_methods(unsigned code, const char **methods, size_t room, int *any_method);

#endif
