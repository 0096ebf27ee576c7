/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "tshark_output.h"

/* A field or expression whose value comes from sipexplain's items. */
static gboolean names_sipexplain(const char *field)
{
    return strstr(field, "sipexplain") != NULL || strstr(field, "_ws.expert") != NULL;
}

sx_tshark_output sx_tshark_output_of(int argc, const char *const *argv)
{
    gboolean fields_output = FALSE;
    gboolean ours = FALSE;

    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *value = NULL;

        if (strcmp(arg, "--") == 0)
            break;
        if (arg[0] != '-' || arg[1] == '-')
            continue;
        /*
         * Only -T and -e matter; both take a value, attached or next. Other
         * options bundled with them ("-qe") are not worth telling apart:
         * then nothing is known.
         */
        if (arg[1] != 'T' && arg[1] != 'e') {
            if (strpbrk(arg + 1, "Te") != NULL)
                return SX_OUTPUT_UNKNOWN;
            continue;
        }
        if (arg[2] != '\0')
            value = arg + 2;
        else if (i + 1 < argc)
            value = argv[++i];
        if (value == NULL)
            continue;
        if (arg[1] == 'T')
            fields_output = strcmp(value, "fields") == 0;
        else
            ours |= names_sipexplain(value);
    }
    if (!fields_output)
        return SX_OUTPUT_UNKNOWN;
    return ours ? SX_OUTPUT_OUR_FIELDS : SX_OUTPUT_OTHER_FIELDS;
}

sx_tshark_output sx_tshark_output_of_process(void)
{
    gchar *contents = NULL;
    gsize length = 0;
    GPtrArray *arguments;
    sx_tshark_output result;

    if (!g_file_get_contents("/proc/self/cmdline", &contents, &length, NULL))
        return SX_OUTPUT_UNKNOWN;
    /* NUL-separated arguments, each ending with a NUL. */
    arguments = g_ptr_array_new();
    for (gsize at = 0; at < length; at += strlen(contents + at) + 1)
        g_ptr_array_add(arguments, contents + at);
    result = sx_tshark_output_of((int)arguments->len, (const char *const *)arguments->pdata);
    g_ptr_array_free(arguments, TRUE);
    g_free(contents);
    return result;
}
