/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include <epan/packet.h>
#include <epan/uat.h>

#include "responses.h"
#include "user_notes.h"
#include "ws_compat.h"

static sx_user_note *notes;
static guint notes_count;


UAT_DEC_CB_DEF(sx_notes, code, sx_user_note)
UAT_CSTRING_CB_DEF(sx_notes, method, sx_user_note)
UAT_CSTRING_CB_DEF(sx_notes, note, sx_user_note)
UAT_CSTRING_CB_DEF(sx_notes, fix, sx_user_note)

static void *copy_note(void *destination, const void *source, size_t length _U_)
{
    sx_user_note *to = (sx_user_note *)destination;
    const sx_user_note *from = (const sx_user_note *)source;

    to->code = from->code;
    to->method = g_strdup(from->method);
    to->note = g_strdup(from->note);
    to->fix = g_strdup(from->fix);
    return to;
}

static void free_note(void *record)
{
    sx_user_note *note = (sx_user_note *)record;

    g_free(note->method);
    g_free(note->note);
    g_free(note->fix);
}


/* Refuses rows that could never match, with a message the dialog shows. */
static sx_pref_bool check_note(void *record, char **error)
{
    const sx_user_note *note = (const sx_user_note *)record;

    if (note->code < 100 || note->code > 699) {
        *error = g_strdup_printf("Code %u is not a SIP status code: use 100 to 699", note->code);
        return FALSE;
    }
    if (note->method && note->method[0] && !sx_is_registered_method(note->method)) {
        *error = g_strdup_printf("Unknown method \"%s\": leave it empty for any method, or use "
                                 "one of INVITE, REGISTER, BYE, CANCEL, OPTIONS, SUBSCRIBE, "
                                 "NOTIFY, MESSAGE, ... in capitals", note->method);
        return FALSE;
    }
    if (note->note == NULL || note->note[0] == '\0') {
        *error = g_strdup("The note is empty");
        return FALSE;
    }
    *error = NULL;
    return TRUE;
}

void sx_user_notes_register(module_t *module)
{
    static uat_field_t fields[] = {
        UAT_FLD_DEC(sx_notes, code, "Code", "The status code, 100 to 699"),
        UAT_FLD_CSTRING(sx_notes, method, "Method",
                        "The CSeq method the row applies to; empty for any method"),
        UAT_FLD_CSTRING(sx_notes, note, "Note", "Your site's words on this response"),
        UAT_FLD_CSTRING(sx_notes, fix, "Fix",
                        "What to do at your site; replaces the built-in fix when given"),
        UAT_END_FIELDS
    };
    uat_t *table = uat_new("SIP response notes", sizeof(sx_user_note), "sipexplain_notes",
                           TRUE, &notes, &notes_count,
                           UAT_AFFECTS_DISSECTION, NULL,
                           copy_note, check_note, free_note, NULL, NULL, fields);

    prefs_register_uat_preference(module, "notes", "Notes on responses",
        "Your site's notes on responses, by code and method, shown as sipexplain.note", table);
}

const sx_user_note *sx_user_notes_next(unsigned code, const char *method,
                                       const sx_user_note *after)
{
    guint start = after ? (guint)(after - notes) + 1 : 0;

    for (guint i = start; i < notes_count; i++) {
        const sx_user_note *note = &notes[i];
        gboolean any_method = note->method == NULL || note->method[0] == '\0';

        if (note->code == code &&
            (any_method || (method && strcmp(note->method, method) == 0)))
            return note;
    }
    return NULL;
}
