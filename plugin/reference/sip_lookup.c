/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Class rules and lookups over the reference table. */
#include <stdlib.h>

#include "sip_responses.h"

unsigned sx_class_of(unsigned code)
{
    if (code < 100 || code > 699)
        return SX_CLASS_INVALID;
    return code / 100;
}

static int compare_code(const void *key, const void *entry)
{
    unsigned code = *(const unsigned *)key;
    unsigned other = ((const sx_response_info *)entry)->code;
    return (code > other) - (code < other);
}

const sx_response_info *sx_find_response(unsigned code)
{
    return bsearch(&code, sx_responses, sx_responses_count,
                   sizeof(sx_responses[0]), compare_code);
}

unsigned sx_handled_as(unsigned code)
{
    unsigned response_class = sx_class_of(code);

    if (response_class == SX_CLASS_INVALID)
        return 0;
    if (sx_find_response(code))
        return code;
    /* An unknown 1xx still means "in progress", with a possible early dialog. */
    if (response_class == 1)
        return 183;
    return response_class * 100;
}
