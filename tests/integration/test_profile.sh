#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The profile as the build makes it (cmake --build build --target profile),
# read the way Wireshark reads its files: every coloring rule a light
# background with dark text, the rules told apart, their names and filters;
# the columns with their widths, Summary wide and Info still on a 1600-pixel
# window; the filter buttons; and the zip holding the same files.
source "$(dirname "$0")/lib.sh"

profile=${SIPEXPLAIN_PROFILE_DIR:?the built profile folder: run through ctest}
zip=${SIPEXPLAIN_PROFILE_ZIP:?the built profile zip: run through ctest}

# What "readable" means here. Relative luminance and contrast ratio as WCAG
# 2 defines them (0 black, 1 white; 7:1 is its strictest level for text).
min_background_luminance=0.5
max_foreground_luminance=0.035
min_contrast=7
# Two rules' backgrounds at least this far apart (8-bit RGB, Euclidean).
min_background_distance=30
# The columns: Info must keep this many pixels of a window this wide (the
# scroll bar and the packet map take about 45 of them), and Summary hold a
# one-line summary (about 95 characters of the packet list's font).
window_width=1600
min_info_pixels=150
min_summary_pixels=700

for file in colorfilters preferences recent dfilter_buttons; do
    if [ -s "$profile/$file" ]; then pass; else fail "the built profile has no $file"; fi
done

# report: turns "ok ..." and "FAIL ..." lines from a checker into results.
report() {
    local line
    while IFS= read -r line; do
        case $line in
            ok*) pass ;;
            *) fail "${line#FAIL }" ;;
        esac
    done <"$1"
}

# --- Coloring rules -----------------------------------------------------------
# Wireshark's format: @name@filter@[background][foreground], each colour three
# 16-bit values; a rule turned off starts with "!".
awk -v min_bg="$min_background_luminance" -v max_fg="$max_foreground_luminance" \
    -v min_contrast="$min_contrast" -v min_distance="$min_background_distance" \
    -v rules="$out/rules" '
    function channel(v) { v /= 65535; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ^ 2.4 }
    function luminance(c, parts) {
        split(c, parts, ",")
        return 0.2126 * channel(parts[1]) + 0.7152 * channel(parts[2]) + 0.0722 * channel(parts[3])
    }
    /^#/ || /^[[:space:]]*$/ { next }
    {
        n++
        if (!match($0, /^@[^@]+@[^@]+@\[[0-9]+,[0-9]+,[0-9]+\]\[[0-9]+,[0-9]+,[0-9]+\]$/)) {
            print "FAIL colorfilters line " NR " is not an enabled @name@filter@[bg][fg] rule: " $0
            next
        }
        split($0, field, "@")
        name[n] = field[2]
        print field[2] "\t" field[3] >rules
        colours = field[4]
        gsub(/^\[|\]$/, "", colours)
        split(colours, c, /\]\[/)
        bg[n] = c[1]
        fg[n] = c[2]
        split(c[1] "," c[2], v, ",")
        for (i = 1; i <= 6; i++)
            if (v[i] > 65535) print "FAIL " field[2] ": colour value " v[i] " above 65535"
        lb = luminance(c[1])
        lf = luminance(c[2])
        contrast = (lb + 0.05) / (lf + 0.05)
        if (lb >= min_bg) print "ok"
        else printf "FAIL %s: background [%s] is dark (luminance %.2f, wanted at least %s)\n", field[2], c[1], lb, min_bg
        if (lf <= max_fg) print "ok"
        else printf "FAIL %s: text [%s] is not dark (luminance %.2f, wanted at most %s)\n", field[2], c[2], lf, max_fg
        if (contrast >= min_contrast) print "ok"
        else printf "FAIL %s: contrast %.1f:1 between background and text, wanted %s:1\n", field[2], contrast, min_contrast
    }
    END {
        for (i = 1; i <= n; i++)
            for (j = i + 1; j <= n; j++) {
                split(bg[i], a, ",")
                split(bg[j], b, ",")
                d = sqrt(((a[1] - b[1]) / 257) ^ 2 + ((a[2] - b[2]) / 257) ^ 2 + ((a[3] - b[3]) / 257) ^ 2)
                if (d >= min_distance) print "ok"
                else printf "FAIL %s and %s: backgrounds too alike (distance %.0f, wanted %s)\n", name[i], name[j], d, min_distance
            }
        if (n == 0) print "FAIL colorfilters holds no rule"
    }' "$profile/colorfilters" >"$out/colour-checks"
report "$out/colour-checks"
expect_file profile.coloring-rules.txt "$out/rules"

# Every rule's filter is one that Wireshark with the plugin compiles.
while IFS=$'\t' read -r _ filter; do
    tshark_with_plugin -r "$captures/context-udp.pcapng" -c 1 -Y "$filter" >/dev/null && pass
done <"$out/rules"

# --- Columns and their widths -------------------------------------------------
# preferences: gui.column.format: "Title", "%format", ... on continuation lines.
awk '/^gui\.column\.format:/ { on = 1; next }
     on && /^[^[:space:]]/ { on = 0 }
     on { line = $0
          while (match(line, /"[^"]*"/)) {
              item[++n] = substr(line, RSTART + 1, RLENGTH - 2)
              line = substr(line, RSTART + RLENGTH)
          } }
     END { for (i = 1; i + 1 <= n; i += 2) print item[i] "\t" item[i + 1] }' \
    "$profile/preferences" >"$out/columns"
# recent: column.width: format, width, ... where a custom column's format is
# "%Cus:<fields>", as Wireshark writes it and matches it to the preferences.
awk '/^column\.width:/ { on = 1; next }
     on && /^[^[:space:]]/ { on = 0 }
     on { line = $0
          gsub(/"/, "", line)
          n = split(line, part, ",")
          for (i = 1; i <= n; i++) {
              gsub(/^[[:space:]]+|[[:space:]]+$/, "", part[i])
              if (part[i] != "") item[++count] = part[i]
          } }
     END { for (i = 1; i + 1 <= count; i += 2) print item[i] "\t" item[i + 1] }' \
    "$profile/recent" >"$out/widths"
expect_nonempty "columns in preferences" "$out/columns"
expect_nonempty "column widths in recent" "$out/widths"

# One width per column, in the same order, for the same format.
paste "$out/columns" "$out/widths" | awk -F'\t' -v wanted_lines="$(wc -l <"$out/columns")" \
    -v window="$window_width" -v min_info="$min_info_pixels" -v min_summary="$min_summary_pixels" \
    -v table="$out/column-table" '
    {
        format = $2
        if (format ~ /^%Cus:/) { sub(/:[0-9]+:[RU]$/, "", format) }
        if ($3 != format) print "FAIL column " NR " (" $1 "): recent gives a width to " $3 ", preferences has " format
        else print "ok"
        if ($4 !~ /^[0-9]+$/ || $4 < 20) print "FAIL column " $1 ": width " $4 " is no width"
        print $1 "\t" $2 "\t" $4 >table
        if ($2 == "%i") info_at = left
        if ($1 == "Summary") summary = $4
        left += $4
    }
    END {
        if (NR != wanted_lines) print "FAIL recent has widths for " NR " columns, preferences has " wanted_lines
        if (info_at == "") print "FAIL no Info column"
        else if (info_at + min_info <= window) print "ok"
        else print "FAIL Info starts at " info_at " px: less than " min_info " px of it on a " window "-pixel window"
        if (summary >= min_summary) print "ok"
        else print "FAIL Summary is " summary " px wide, wanted at least " min_summary
    }' >"$out/column-checks"
report "$out/column-checks"
expect_file profile.columns.txt "$out/column-table"

# --- Filter buttons -----------------------------------------------------------
# A UAT file: "enabled","label","expression","comment" per line.
awk -F'","' '/^"/ { gsub(/^"|"$/, ""); print $1 "\t" $2 "\t" $3 }' \
    "$profile/dfilter_buttons" >"$out/buttons"
expect_file profile.filter-buttons.txt "$out/buttons"
while IFS=$'\t' read -r _ _ expression; do
    tshark_with_plugin -r "$captures/context-udp.pcapng" -c 1 -Y "$expression" >/dev/null && pass
done <"$out/buttons"

# --- The zip holds the folder -------------------------------------------------
(cd "$profile/.." && find sipexplain -type f | sort) >"$out/folder-files"
(cd "$out" && cmake -E tar tf "$zip" | sed 's,/$,,' | grep / | sort) >"$out/zip-files"
expect_same "files of $(basename "$zip") and of the profile folder" "$out/folder-files" "$out/zip-files"

finish
