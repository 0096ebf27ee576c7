#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The GUI suite: the real Wireshark (Qt) with the freshly built plugin, on a
# virtual X display, driven with the keyboard and mouse and read back from
# the screen. It checks what a user sees:
#
#   1. the packet details of a selected response show its explanation, whose
#      lines are those tshark prints for it;
#   2. Help > About Wireshark > Plugins lists the plugin and its version;
#   3. the stats tree's entry is in the Statistics (or Telephony) menu, and
#      opens a dialog showing the rows tshark -z prints;
#   4. wireshark -z <tree> opens the same dialog;
#   5. with the sipexplain profile, the packet list's rows have the light
#      background of their coloring rule and dark text, the Summary column
#      shows the summaries and Class its texts, and Info stays on screen.
#
# Run by ctest (the gui test), or alone:
#   SIPEXPLAIN_PLUGIN=build/plugin/sipexplain.so SIPEXPLAIN_SOURCE_DIR=. \
#   SIPEXPLAIN_VERSION=0.1.0 SIPEXPLAIN_PROFILE_DIR=build/profile/sipexplain \
#   SIPEXPLAIN_GUI_SCREENSHOTS=build/gui-screenshots tests/gui/run-gui-tests.sh
#
# Screenshots and what was read from them go to SIPEXPLAIN_GUI_SCREENSHOTS.
# Exits 77 (ctest's skip) when this machine cannot run the GUI: no
# Wireshark GUI, Xvfb, xdotool, ImageMagick or tesseract.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
source "$here/anchors.sh"

: "${SIPEXPLAIN_PLUGIN:?run through ctest (make check), or see the top of $0}"
: "${SIPEXPLAIN_SOURCE_DIR:?}" "${SIPEXPLAIN_VERSION:?}" "${SIPEXPLAIN_PROFILE_DIR:?}"
shots=${SIPEXPLAIN_GUI_SCREENSHOTS:-$PWD/gui-screenshots}
started=$(date +%s)

# --- Can this machine run it ----------------------------------------------------
missing=()
for tool in wireshark tshark mergecap Xvfb xdotool import convert identify tesseract setsid; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -eq 0 ] && ! tesseract --list-langs 2>/dev/null | grep -qx eng; then
    missing+=("tesseract's English data")
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIPPED: the GUI suite needs ${missing[*]}."
    echo "On Debian: apt-get install wireshark xvfb xdotool imagemagick tesseract-ocr"
    echo "(make check installs them)."
    exit 77
fi

version=$(wireshark --version 2>/dev/null | sed -n '1s/^Wireshark \([0-9]*\.[0-9]*\.[0-9]*\).*/\1/p')
major_minor=$(echo "$version" | cut -d. -f1,2)
plugin_major_minor=${SIPEXPLAIN_WS_MAJOR_MINOR:-$major_minor}
if [ -z "$version" ] || [ "$major_minor" != "$plugin_major_minor" ]; then
    echo "FAIL: the GUI is Wireshark '$version', the plugin was built for $plugin_major_minor"
    exit 1
fi
echo "Wireshark $version, screenshots in $shots"

rm -rf "$shots"
mkdir -p "$shots"
gui_workspace
cleanup() {
    ws_stop
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null
        wait "$xvfb_pid" 2>/dev/null
    fi
    # Wireshark's own output, for whoever looks at a failure.
    cp "$workspace"/logs/*.log "$shots/" 2>/dev/null
    rm -rf "$workspace"
}
trap cleanup EXIT
captures=$workspace/captures
tmp=$workspace/tmp

if ! gui_display; then
    echo "FAIL: Xvfb did not start: $(head -c 400 "$workspace/logs/xvfb.log")"
    exit 1
fi

# The menu bar's words and where they are, read once per main window.
read_menu_bar() {
    screenshot "$tmp/menubar.png" "0 0 $screen_width 30"
    ocr_words "$tmp/menubar.png" 0 0 >"$tmp/menubar.words"
}

# open_menu TITLE: clicks TITLE in the menu bar; the menu's words in
# $tmp/menu.words and its picture in $tmp/menu.png.
open_menu() {
    local at x y
    at=$(find_phrase "$tmp/menubar.words" "$1") || return 1
    read -r x y <<<"$at"
    click "$x" "$y"
    sleep 0.5
    screenshot "$tmp/menu.png"
    # The menu drops below its title; its entries are read there only.
    screenshot "$tmp/menu-part.png" "$((x > 60 ? x - 60 : 0)) 20 600 $((screen_height - 20))"
    ocr_words "$tmp/menu-part.png" "$((x > 60 ? x - 60 : 0))" 20 >"$tmp/menu.words"
}

# stats_rows CAPTURE: the rows of tshark's stats tree, "label count" a line.
stats_rows() {
    as_tshark -r "$1" -q -z "$stats_tree_z" |
        awk '/^----------/ { dashes++; next }
             dashes == 1 && NF {
                 line = $0
                 sub(/^ +/, "", line)
                 split(line, part, /  +/)
                 print part[1], part[2]
             }'
}

# title_has WINDOW TEXT: whether the window's title holds TEXT.
title_has() { xdotool getwindowname "$1" 2>/dev/null | grep -qF "$2"; }

# check_stats_dialog WINDOW WHAT: the dialog shows every row of tshark's
# stats tree for the session's capture.
check_stats_dialog() {
    local window=$1 what=$2 row missed=0 total=0 geometry
    # Without a window manager the dialog stays where Qt put it, at the size
    # it chose: made big enough here for every row.
    xdotool windowmove "$window" 0 0 windowsize "$window" $((screen_width - 200)) $((screen_height - 100))
    sleep 1.5
    read -r -a geometry <<<"$(window_geometry "$window")"
    screenshot "$tmp/stats.png" "${geometry[*]}"
    keep "$what" "$tmp/stats.png"
    ocr "$tmp/stats.png" >"$tmp/stats.txt"
    cp "$tmp/stats.txt" "$shots/$(printf '%02d' "$shot_number")-$what.txt"
    check "$what: the dialog is titled \"$stats_tree_label\"" \
        title_has "$window" "$stats_tree_label"
    while IFS= read -r row; do
        total=$((total + 1))
        fuzzy_line "$tmp/stats.txt" "$row" >/dev/null || { missed=$((missed + 1)); echo "   not read: $row"; }
    done < <(stats_rows "$captures/$session_capture" | sort -u)
    check "$what: the dialog shows tshark's $total rows (label and count), $missed not read" \
        test "$total" -gt 0 -a "$missed" -eq 0
}

# ============================================================================
step "Packet details of a $details_code"
capture=$captures/$session_capture
frame=$(as_tshark -r "$capture" -Y "$details_filter" -T fields -e frame.number | head -n 1)
# Where the explanation sits among the top-level items of the packet details
# (Frame, Ethernet, IP, UDP, SIP...): the GUI shows every protocol of the
# PDML but the general information and the hidden ones.
position=$(as_tshark -r "$capture" -Y "frame.number == $frame" -T pdml |
    awk '/^  <proto / && !/name="geninfo"/ && !/hide="yes"/ { n++ }
         /^  <proto name="sipexplain"/ { print n; exit }')
# The explanation as tshark prints it: its line, then its subtree's lines.
# Two passes, as Wireshark shows a frame once the capture is read: what
# followed the message (how the call ended) is known then.
as_tshark -2 -r "$capture" -Y "frame.number == $frame" -O sipexplain |
    awk -v at="$position" '/^[^ ]/ { top++ } top == at && /^(    )?[^ ]/' >"$tmp/tree"
if [ -z "$frame" ] || [ -z "$position" ] || [ ! -s "$tmp/tree" ]; then
    fail "tshark found no $details_filter with an explanation in $session_capture"
fi

set_recent "gui.byte_view_show: FALSE" "gui.packet_diagram_show: FALSE"
ws_start details -r "$capture" ${frame:+-g "$frame"}
if ws_wait_loaded "$capture"; then
    pass "Wireshark opened $session_capture"
    read_menu_bar
elif [ -n "$ws_window" ]; then
    fail "Wireshark's window for $session_capture never said how many packets it displays"
    read_menu_bar
fi
if [ -n "$ws_window" ] && [ -s "$tmp/tree" ]; then
    # A click on the empty part of the packet details gives it the keyboard
    # with no item current; the first Down selects Frame, and so Down
    # $position times the explanation; Shift+Right expands its subtree.
    focus "$ws_window"
    click $((screen_width / 2)) $((screen_height - 60))
    for _ in $(seq "$position"); do key Down; done
    screenshot "$tmp/status.png" "0 $((screen_height - 30)) $screen_width 30"
    ocr "$tmp/status.png" 7 >"$tmp/status.txt"
    check "the status bar names the selected item's protocol ($protocol_filter_name)" \
        grep -qi "($protocol_filter_name)" "$tmp/status.txt"
    key shift+Right
    pointer_away
    sleep 1
    screenshot "$tmp/details.png"
    keep details "$tmp/details.png"
    # The packet details start at the frame's line, below the packet list
    # (whose Info column holds the phrase too).
    screenshot "$tmp/lower.png" "0 $((screen_height * 2 / 5)) $screen_width $((screen_height * 3 / 5 - 30))"
    ocr_words "$tmp/lower.png" 0 $((screen_height * 2 / 5)) 6 >"$tmp/lower.words"
    top=$(awk -v f="$frame:" '$6 == "Frame" { getline next_word; split(next_word, w, " ")
                                              if (w[6] == f) { print $2; exit } }' "$tmp/lower.words")
    if [ -n "$top" ]; then
        screenshot "$tmp/pane.png" "0 $((top - 4)) $screen_width $((screen_height - 30 - top))"
        ocr "$tmp/pane.png" >"$tmp/pane.txt"
        cp "$tmp/pane.txt" "$shots/$(printf '%02d' "$shot_number")-details.txt"
        check "a line of the packet details shows $details_code $details_phrase" \
            grep -qi "$details_code $details_phrase" "$tmp/pane.txt"
        line=$(head -n 1 "$tmp/tree")
        check "the explanation's line is tshark's: ${line:0:$details_chars}..." \
            fuzzy_line "$tmp/pane.txt" "${line:0:$details_chars}"
        missed=0
        while IFS= read -r line; do
            line=${line#    }
            fuzzy_line "$tmp/pane.txt" "${line:0:$details_chars}" >/dev/null ||
                { missed=$((missed + 1)); echo "   not read: ${line:0:$details_chars}"; }
        done < <(sed -n "2,$((details_lines + 1))p" "$tmp/tree")
        check "the subtree is expanded: its first $details_lines lines are tshark's, $missed not read" \
            test "$missed" -eq 0 -a "$(wc -l <"$tmp/tree")" -gt "$details_lines"
    else
        fail "no packet details of frame $frame on the screen"
    fi
fi
if [ -n "$ws_window" ]; then

    # ========================================================================
    step "Help > About Wireshark > Plugins"
    if open_menu Help && at=$(find_phrase "$tmp/menu.words" "About Wireshark"); then
        read -r x y <<<"$at"
        click "$x" "$y"
        if about=$(find_window "About Wireshark" 15); then
            # Tall enough for every plugin of the list.
            xdotool windowmove "$about" 0 0 windowsize "$about" $((screen_width - 300)) $((screen_height - 50))
            sleep 1
            read -r -a geometry <<<"$(window_geometry "$about")"
            screenshot "$tmp/about.png" "${geometry[*]}"
            ocr_words "$tmp/about.png" "${geometry[0]}" "${geometry[1]}" >"$tmp/about.words"
            if at=$(find_phrase "$tmp/about.words" Plugins); then
                read -r x y <<<"$at"
                click "$x" "$y"
                sleep 1
                screenshot "$tmp/plugins.png" "${geometry[*]}"
                keep about-plugins "$tmp/plugins.png"
                ocr "$tmp/plugins.png" >"$tmp/plugins.txt"
                cp "$tmp/plugins.txt" "$shots/$(printf '%02d' "$shot_number")-about-plugins.txt"
                check "the Plugins tab lists $plugin_file $SIPEXPLAIN_VERSION" \
                    fuzzy_line "$tmp/plugins.txt" "$plugin_file $SIPEXPLAIN_VERSION"
            else
                fail "no Plugins tab in About Wireshark"
            fi
            focus "$about"
            key Escape
            sleep 0.5
            check "Escape closes About Wireshark" \
                bash -c '! xdotool search --onlyvisible --name "About Wireshark" >/dev/null 2>&1'
        else
            fail "Help > About Wireshark opened no window"
        fi
    else
        keep help-menu "$tmp/menu.png"
        fail "no About Wireshark in the Help menu"
    fi

    # ========================================================================
    step "The stats tree from the menu"
    focus "$ws_window"
    found=() entry=
    # Every menu it may be in is looked at, to say where it is.
    for menu in "${stats_tree_menus[@]}"; do
        open_menu "$menu" || { fail "no $menu menu in the menu bar"; continue; }
        if at=$(find_phrase "$tmp/menu.words" "$stats_tree_label"); then
            keep "menu-$menu" "$tmp/menu.png"
            found+=("$menu")
            [ -n "$entry" ] || entry="$menu $at"
        fi
        key Escape
        sleep 0.3
    done
    if [ ${#found[@]} -gt 0 ]; then
        pass "${found[*]} lists $stats_tree_label"
        read -r menu x y <<<"$entry"
        open_menu "$menu"
        click "$x" "$y"
        if dialog=$(find_window "$stats_tree_label" 15); then
            check_stats_dialog "$dialog" stats-tree-from-menu
            focus "$dialog"
            key Escape
        else
            fail "$menu > $stats_tree_label opened no window"
        fi
    else
        fail "none of ${stats_tree_menus[*]} lists $stats_tree_label"
    fi
else
    screenshot "$tmp/failed.png" && keep no-capture-window "$tmp/failed.png"
    fail "Wireshark showed no window for $session_capture: $(head -c 600 "$ws_log")"
fi
ws_stop

# ============================================================================
step "wireshark -z $stats_tree_z"
ws_start z -r "$capture" -z "$stats_tree_z"
if dialog=$(find_window "$stats_tree_label" 40); then
    pass "wireshark -z $stats_tree_z opened its dialog"
    sleep 1
    check_stats_dialog "$dialog" stats-tree-from-z
elif grep -q 'Invalid -z argument' "$ws_log" && ! grep -q ',tree$' "$ws_log"; then
    # The Qt GUI (4.0, 4.4, 4.6) takes no stats tree with -z: its list of
    # -z arguments holds none, built-in trees (http,tree...) included.
    skip "Wireshark $version takes no stats tree with -z (its list of -z arguments has no ',tree'); the menu opens it"
else
    fail "wireshark -z $stats_tree_z opened no dialog: $(head -c 300 "$ws_log")"
fi
ws_stop

# ============================================================================
step "The profile's colours and columns"
profile=$workspace/home/.config/wireshark/profiles/sipexplain
cp -r "$SIPEXPLAIN_PROFILE_DIR" "$profile"
[ "$(id -u)" = 0 ] && chown -R nobody "$profile"
merged=$captures/profile-rows.pcapng
(cd "$captures" && mergecap -a -w "$merged" "${profile_captures[@]}") && chmod a+r "$merged"
# A few frames of each coloring rule, as tshark colours them with the profile.
# Fields separated by a character that no text holds and that the shell
# does not take for blank space: an empty field stays a field.
sep=$'\x1f'
as_tshark -2 -C sipexplain --color -r "$merged" -T fields -E separator="$sep" -E occurrence=f \
    -e frame.number -e frame.coloring_rule.name -e sipexplain.class -e sipexplain.summary \
    >"$tmp/frames"
# The Class column shows the class's name, as Wireshark registers it.
as_tshark -G values | awk -F'\t' '$1 == "V" && $2 == "sipexplain.class" { print $3 "\t" $4 }' \
    >"$tmp/class-names"
awk -F"$sep" -v OFS="$sep" -v n="$profile_rows_per_rule" '
    NR == FNR { split($0, v, "\t"); name[v[1]] = v[2]; next }
    $2 != "" && seen[$2]++ < n { $3 = ($3 in name) ? name[$3] : $3; print }' \
    "$tmp/class-names" "$tmp/frames" >"$tmp/shown"
filter="frame.number in {$(cut -d"$sep" -f1 "$tmp/shown" | paste -sd, -)}"
rules=$(grep -c '^@' "$profile/colorfilters")
check "the captures have frames of every one of the profile's $rules coloring rules" \
    test "$(cut -d"$sep" -f2 "$tmp/shown" | sort -u | wc -l)" -eq "$rules"
# Each rule's background, 8-bit.
awk -F'@' '/^@/ { split($4, c, /[][,]/); printf "%s\t%d %d %d\n", $2, c[2] / 257 + 0.5, c[3] / 257 + 0.5, c[4] / 257 + 0.5 }' \
    "$profile/colorfilters" >"$tmp/backgrounds"

ws_start profile -C sipexplain -r "$merged" -Y "$filter"
if ws_wait_loaded "$merged"; then
    pass "Wireshark opened the captures with the sipexplain profile"
    pointer_away
    sleep 1
    screenshot "$tmp/profile.png"
    keep profile-rows "$tmp/profile.png"
    # The column titles, in the list's header.
    screenshot "$tmp/top.png" "0 0 $screen_width 200"
    ocr_words "$tmp/top.png" 0 0 >"$tmp/top.words"
    header_y=$(awk '$6 == "Summary" { print $2; exit }' "$tmp/top.words")
    column_x() { awk -v y="$header_y" -v t="$1" '$6 == t && $2 - y < 6 && y - $2 < 6 { print $1; exit }' "$tmp/top.words"; }
    time_x=$(column_x Time) class_x=$(column_x Class) method_x=$(column_x Method)
    summary_x=$(column_x Summary) info_x=$(column_x Info)
    if [ -n "$header_y" ] && [ -n "$time_x" ] && [ -n "$class_x" ] && [ -n "$method_x" ] &&
       [ -n "$summary_x" ] && [ -n "$info_x" ]; then
        pass "the list shows the profile's columns (Class at $class_x, Summary at $summary_x, Info at $info_x)"
        check "Info starts on screen, at least 150 pixels from the right edge" \
            test "$info_x" -le $((screen_width - 150))
        # The rows: their numbers in the No. column, read as digits.
        list_top=$((header_y + 12))
        screenshot "$tmp/numbers.png" "0 $list_top $((time_x - 4)) $((screen_height / 2 - list_top))"
        convert "$tmp/numbers.png" -resize 300% "$tmp/numbers-big.png"
        OMP_THREAD_LIMIT=1 tesseract "$tmp/numbers-big.png" - --psm 6 -c tessedit_char_whitelist=0123456789 tsv \
            2>/dev/null | awk -F'\t' -v y0="$list_top" 'NR > 1 && $1 == 5 && $12 ~ /^[0-9]+$/ {
                printf "%s %d %d\n", $12, y0 + ($8 + $10 / 2) / 3, $10 / 3 }' >"$tmp/rows"
        # The frame shown in the packet details is the selected one, whose
        # row has the selection's colour.
        screenshot "$tmp/lower.png" "0 $((screen_height / 2)) $((screen_width / 2)) $((screen_height / 2 - 30))"
        selected=$(ocr "$tmp/lower.png" | sed -n 's/.*Frame \([0-9]\{1,\}\): .*/\1/p' | head -n 1)
        # Rows follow each other at one height, in the order of the frames
        # displayed: where the numbers read are, fitted by least squares,
        # gives every row's place (and fails if they are not in that order).
        awk 'NR == FNR { index_of[$1] = n++; next }
             ($1 in index_of) && !seen[$1]++ { print index_of[$1], $2 }' \
            <(cut -d"$sep" -f1 "$tmp/shown") "$tmp/rows" >"$tmp/rows-read"
        awk '{ i[NR] = $1; y[NR] = $2; si += $1; sy += $2 }
             END {
                 if (NR < 3) exit 1
                 mi = si / NR; my = sy / NR
                 for (k = 1; k <= NR; k++) { cov += (i[k] - mi) * (y[k] - my); var += (i[k] - mi) ^ 2 }
                 if (var == 0) exit 1
                 h = cov / var; y0 = my - h * mi
                 for (k = 1; k <= NR; k++) { r = y[k] - (y0 + h * i[k]); if (r < 0) r = -r; if (r > worst) worst = r }
                 printf "%.2f %.2f %.1f\n", y0, h, worst
                 exit !(worst <= 3 && h >= 10)
             }' "$tmp/rows-read" >"$tmp/fit"
        read -r first_y row_step worst <"$tmp/fit"
        check "the rows read ($(wc -l <"$tmp/rows-read") of $(wc -l <"$tmp/shown")) are in frame order, ${row_step:-?} pixels apart (worst ${worst:-?})" \
            test -s "$tmp/fit" -a "$(wc -l <"$tmp/rows-read")" -ge 3
        screenshot "$tmp/status.png" "0 $((screen_height - 30)) $screen_width 30"
        check "the status bar says $(wc -l <"$tmp/shown") packets displayed" \
            grep -qi "displayed: $(wc -l <"$tmp/shown") " <(ocr "$tmp/status.png" 7)
        awk -v y0="${first_y:-0}" -v h="${row_step:-16}" '{ printf "%s %d\n", $1, y0 + h * (NR - 1) + 0.5 }' \
            <(cut -d"$sep" -f1 "$tmp/shown") >"$tmp/rows-found"
        row_height=$(awk -v h="${row_step:-16}" 'BEGIN { printf "%d\n", h }')
        # Text is looked for from Time to Info, where every row has some.
        mapfile -t row_ys < <(cut -d' ' -f2 "$tmp/rows-found")
        row_colours "$tmp/profile.png" "$time_x" "$info_x" "${row_ys[@]}" >"$tmp/colours"
        mapfile -t rows <"$tmp/rows-found"
        mapfile -t colours <"$tmp/colours"
        bad_colour=0 bad_text=0 bad_summary=0 bad_class=0 checked=0
        printf 'frame\trule\tbackground\tdarkest\tClass read\tSummary read\n' >"$shots/profile-rows.txt"
        for i in "${!rows[@]}"; do
            read -r number y _ <<<"${rows[i]}"
            read -r _ r g b darkest <<<"${colours[i]}"
            [ "$number" = "$selected" ] && continue
            checked=$((checked + 1))
            IFS=$sep read -r _ rule class summary < <(awk -F"$sep" -v f="$number" '$1 == f' "$tmp/shown")
            want=$(awk -F'\t' -v r="$rule" '$1 == r { print $2 }' "$tmp/backgrounds")
            read -r wr wg wb <<<"$want"
            light=$(luminance "$r" "$g" "$b")
            if ! awk -v a="$r $g $b" -v b="$wr $wg $wb" -v l="$light" 'BEGIN {
                   split(a, x, " "); split(b, y, " ")
                   for (i = 1; i <= 3; i++) if (x[i] - y[i] > 4 || y[i] - x[i] > 4) exit 1
                   exit !(l >= 0.5) }'; then
                bad_colour=$((bad_colour + 1))
                echo "   frame $number ($rule): background $r,$g,$b (luminance $light), the rule's is $want"
            fi
            # Dark text: pixels near black, and standing out from the row.
            if ! awk -v d="$darkest" -v l="$light" 'BEGIN { exit !(d <= 0.1 && (l + 0.05) / (d + 0.05) >= 4.5) }'; then
                bad_text=$((bad_text + 1))
                echo "   frame $number: its darkest pixel has luminance $darkest on $light: no dark text"
            fi
            cell_top=$((y - row_height / 2))
            read_class='' read_summary=''
            if [ -n "$summary" ]; then
                crop "$tmp/profile.png" "$summary_x $cell_top $((info_x - summary_x - 6)) $row_height" "$tmp/cell.png"
                read_summary=$(ocr "$tmp/cell.png" 7 | head -n 1)
                length=${#summary}
                [ "$length" -gt "$profile_summary_chars" ] && length=$profile_summary_chars
                if ! similar "${summary:0:$length}" "$read_summary"; then
                    bad_summary=$((bad_summary + 1))
                    echo "   frame $number: Summary reads \"$read_summary\", tshark's is \"$summary\""
                fi
            fi
            if [ -n "$class" ]; then
                crop "$tmp/profile.png" "$((class_x - 4)) $cell_top $((method_x - class_x - 4)) $row_height" "$tmp/cell.png"
                read_class=$(ocr "$tmp/cell.png" 7 | head -n 1)
                if ! similar "$class" "$read_class"; then
                    bad_class=$((bad_class + 1))
                    echo "   frame $number: Class reads \"$read_class\", tshark's is \"$class\""
                fi
            fi
            printf '%s\t%s\t%s,%s,%s\t%s\t%s\t%s\n' "$number" "$rule" "$r" "$g" "$b" "$darkest" \
                "$read_class" "$read_summary" >>"$shots/profile-rows.txt"
        done
        check "each of $checked rows has its rule's light background" test "$checked" -gt 0 -a "$bad_colour" -eq 0
        check "each row's text is dark" test "$checked" -gt 0 -a "$bad_text" -eq 0
        check "Summary shows each summary, up to $profile_summary_chars characters of it" test "$bad_summary" -eq 0
        check "Class shows each class whole" test "$bad_class" -eq 0
    else
        fail "the packet list's header has no Time, Class, Method, Summary and Info columns"
    fi
else
    screenshot "$tmp/failed.png" && keep no-capture-window "$tmp/failed.png"
    fail "Wireshark showed no window with the profile: $(head -c 600 "$ws_log")"
fi
ws_stop

step ""
echo "Time taken:"
printf '  %s\n' "${timings[@]}"
echo "gui: Wireshark $version, $passed passed, $failed failed, $skipped skipped, $(($(date +%s) - started)) s; screenshots in $shots"
[ "$failed" -eq 0 ]
