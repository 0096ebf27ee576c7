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
    .severity_normal = PI_CHAT,
    .severity_redirect = PI_NOTE,
    .severity_client = PI_WARN,
    .severity_server = PI_ERROR,
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

static const enum_val_t severities[] = {
    { "chat", "Chat", PI_CHAT },
    { "note", "Note", PI_NOTE },
    { "warning", "Warning", PI_WARN },
    { "error", "Error", PI_ERROR },
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
    prefs_register_enum_preference(module, "severity_normal", "Severity of normal responses",
        "Expert severity for 1xx, 2xx and normal steps such as a first digest challenge",
        &sx_prefs.severity_normal, severities, FALSE);
    prefs_register_enum_preference(module, "severity_redirect", "Severity of redirections",
        "Expert severity for 3xx responses", &sx_prefs.severity_redirect, severities, FALSE);
    prefs_register_enum_preference(module, "severity_client", "Severity of 4xx problems",
        "Expert severity for 4xx responses that call for attention",
        &sx_prefs.severity_client, severities, FALSE);
    prefs_register_enum_preference(module, "severity_server", "Severity of 5xx and 6xx problems",
        "Expert severity for 5xx and 6xx responses", &sx_prefs.severity_server, severities,
        FALSE);

    for (size_t i = 0; i < G_N_ELEMENTS(shown_parts); i++)
        prefs_register_bool_preference(module, shown_parts[i].name, shown_parts[i].title,
            "When off, this part of the subtree is hidden but its field stays filterable",
            shown_parts[i].shown);

    prefs_register_bool_preference(module, "on_demand", "tshark: only when wanted",
        "In tshark, ask SIP for its fields only when sipexplain's output is wanted: a"
        " sipexplain field in a filter, -e or a column, a printed tree, or -z sipexplain,tree."
        " Turn off for tshark -z expert on a single pass, which builds no protocol tree."
        " Wireshark always reads them.", &sx_prefs.on_demand);

    sx_user_notes_register(module);
}
