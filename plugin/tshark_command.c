/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "tshark_command.h"

/*
 * Options that show a protocol tree or report: -V, -O, -P, -x, -z, -C (a
 * profile may hold sipexplain's columns or colouring rules), -G; and -T with
 * a value that prints the tree.
 */
static gboolean shows_tree(const char *format)
{
    return strcmp(format, "fields") != 0 && strcmp(format, "text") != 0 &&
           strcmp(format, "tabs") != 0;
}

/* Short options whose value names a file, a folder or an interface, never a field. */
static gboolean takes_a_path(char option)
{
    return option != '\0' && strchr("rwiHKXb", option) != NULL;
}

sx_tshark_command sx_tshark_command_of(int argc, const char *const *argv)
{
    sx_tshark_command command = { TRUE, FALSE, FALSE };

    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        gboolean path = arg[0] == '-' && arg[1] != '-' && takes_a_path(arg[1]);

        /* A file in a folder named sipexplain says nothing of what is shown. */
        if (path && arg[2] == '\0') {
            i++;
            continue;
        }
        /* A filter, field, column or preference naming sipexplain or expert items. */
        if (!path && (strstr(arg, "sipexplain") || strstr(arg, "_ws.expert") ||
                      strstr(arg, "gui.column")))
            command.may_show = TRUE;
        if (path || arg[0] != '-' || arg[1] == '-' || arg[1] == '\0')
            continue;
        /* A bundle of short options: read its letters, over-counting values. */
        if (strchr(arg + 1, '2'))
            command.two_pass = TRUE;
        if (strpbrk(arg + 1, "VOPxzCG"))
            command.may_show = TRUE;
        if (arg[1] == 'T') {
            const char *format = arg[2] ? arg + 2 : (i + 1 < argc ? argv[i + 1] : "");
            if (shows_tree(format))
                command.may_show = TRUE;
        }
    }
    return command;
}

sx_tshark_command sx_tshark_command_of_process(void)
{
    static sx_tshark_command command;
    static gboolean read;
    gchar *contents = NULL;
    gsize length = 0;
    GPtrArray *arguments;

    if (read)
        return command;
    read = TRUE;
    command.known = FALSE;
    if (!g_file_get_contents("/proc/self/cmdline", &contents, &length, NULL))
        return command;
    /* NUL-separated arguments, each ending with a NUL. */
    arguments = g_ptr_array_new();
    for (gsize at = 0; at < length; at += strlen(contents + at) + 1)
        g_ptr_array_add(arguments, contents + at);
    command = sx_tshark_command_of((int)arguments->len, (const char *const *)arguments->pdata);
    g_ptr_array_free(arguments, TRUE);
    g_free(contents);
    return command;
}
