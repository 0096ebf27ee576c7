/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <epan/packet.h>
#include <epan/prefs.h>
#include <epan/expert.h>

#include "preferences.h"
#include "user_notes.h"

sx_preferences sx_prefs = {
    /* The Info column is SIP's: users turn the summary on when they want it. */
    .info_column = FALSE,
    .expert_mode = SX_EXPERT_ALL,
    .show_explanation = TRUE,
    .show_when = TRUE,
    .show_fix = TRUE,
    .show_rfc = TRUE,
    .show_related = TRUE,
    .on_demand = TRUE,
};

static const enum_val_t expert_modes[] = {
    { "all", "Every response", SX_EXPERT_ALL },
    { "problems", "Only responses that call for attention", SX_EXPERT_PROBLEMS },
    { "off", "None", SX_EXPERT_OFF },
    { NULL, NULL, -1 }
};

/* Each part of the subtree can be hidden for a compact view; hidden items stay filterable. */
static const struct {
    const char   *name;
    const char   *title;
    sx_pref_bool *shown;
} shown_parts[] = {
    { "show_explanation", "Show the explanation", &sx_prefs.show_explanation },
    { "show_when", "Show when you see it", &sx_prefs.show_when },
    { "show_fix", "Show what to check", &sx_prefs.show_fix },
    { "show_rfc", "Show the defining RFC", &sx_prefs.show_rfc },
    { "show_related", "Show look-alike codes", &sx_prefs.show_related },
};

void sx_preferences_register(int proto)
{
    module_t *module = prefs_register_protocol(proto, NULL);

    prefs_register_bool_preference(module, "info_column", "Summary in the Info column",
        "Append each response's one-line summary to the Info column", &sx_prefs.info_column);

    prefs_register_enum_preference(module, "expert", "Expert items",
        "Which responses get an expert item (Analyze > Expert Information) with their summary",
        &sx_prefs.expert_mode, expert_modes, FALSE);
    /*
     * Severities are Wireshark's own: Preferences > Expert re-grades any
     * expert item, each named by what it holds. These four did it before.
     */
    prefs_register_obsolete_preference(module, "severity_normal");
    prefs_register_obsolete_preference(module, "severity_redirect");
    prefs_register_obsolete_preference(module, "severity_client");
    prefs_register_obsolete_preference(module, "severity_server");

    for (size_t i = 0; i < G_N_ELEMENTS(shown_parts); i++)
        prefs_register_bool_preference(module, shown_parts[i].name, shown_parts[i].title,
            "When off, this part of the subtree is hidden but its field stays filterable",
            shown_parts[i].shown);

    prefs_register_bool_preference(module, "on_demand", "tshark: only when wanted",
        "In tshark, skip a pass on which nothing can show sipexplain's output (no printed"
        " tree, no sipexplain field in a filter, -e or a column, no -z report); the second"
        " pass of -2 then reads the capture if it needs to. Wireshark always reads it.",
        &sx_prefs.on_demand);

    sx_user_notes_register(module);
}
