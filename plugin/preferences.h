/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The user's choices: Preferences > Protocols > SIPEXPLAIN, or -o sipexplain.<name>:<value>. */
#ifndef SIPEXPLAIN_PREFERENCES_H
#define SIPEXPLAIN_PREFERENCES_H

#include "ws_compat.h"

typedef enum {
    SX_EXPERT_ALL,        /* an expert item for every response */
    SX_EXPERT_PROBLEMS,   /* only for responses that call for attention */
    SX_EXPERT_OFF,
} sx_expert_mode;

typedef struct {
    sx_pref_bool info_column;      /* append the summary to the Info column */
    int          expert_mode;      /* sx_expert_mode */
    sx_pref_bool show_explanation; /* hidden items stay filterable */
    sx_pref_bool show_when;
    sx_pref_bool show_fix;
    sx_pref_bool show_rfc;
    sx_pref_bool show_related;
    sx_pref_bool on_demand;        /* tshark: skip a pass on which nothing shows the output */
} sx_preferences;

extern sx_preferences sx_prefs;

void sx_preferences_register(int proto);

#endif
