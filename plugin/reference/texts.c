/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "texts.h"

size_t sx_sentence_count(const char *const *sentences, size_t max)
{
    size_t count = 0;

    while (count < max && sentences[count] != NULL)
        count++;
    return count;
}

static void append(char *out, size_t size, size_t *length, const char *text, size_t count)
{
    size_t room = size - 1 - *length;

    if (count > room)
        count = room;
    memcpy(out + *length, text, count);
    *length += count;
}

size_t sx_expand_template(char *out, size_t size, const char *template_text,
                          const char *const *names, const char *const *values, size_t count)
{
    size_t length = 0;
    const char *p = template_text;

    if (size == 0)
        return 0;
    while (*p) {
        const char *open = strchr(p, '{');
        const char *close = open ? strchr(open, '}') : NULL;
        size_t i;

        if (close == NULL) {
            append(out, size, &length, p, strlen(p));
            break;
        }
        append(out, size, &length, p, (size_t)(open - p));
        for (i = 0; i < count; i++) {
            size_t name_length = strlen(names[i]);
            if ((size_t)(close - open - 1) == name_length &&
                strncmp(open + 1, names[i], name_length) == 0)
                break;
        }
        if (i < count)
            append(out, size, &length, values[i], strlen(values[i]));
        else
            append(out, size, &length, open, (size_t)(close - open + 1));
        p = close + 1;
    }
    out[length] = '\0';
    return length;
}
