/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The site's own words on responses: the user table sipexplain_notes
 * (code, method, note, fix), edited in Preferences or given with
 * -o 'uat:sipexplain_notes:"486","INVITE","All agents busy",""'.
 */
#ifndef SIPEXPLAIN_USER_NOTES_H
#define SIPEXPLAIN_USER_NOTES_H

#include <epan/prefs.h>

typedef struct {
    guint32 code;
    char   *method;   /* empty or NULL: any method */
    char   *note;
    char   *fix;      /* empty or NULL: keep the built-in fix */
} sx_user_note;

void sx_user_notes_register(module_t *module);

/* The rows for a response, in table order: the first, or NULL; then the next after *row. */
const sx_user_note *sx_user_notes_next(unsigned code, const char *method,
                                       const sx_user_note *after);

#endif
