#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Makes docs/wireshark-sipexplain.png: the real Wireshark, on a virtual X
# display, with a freshly built plugin, showing the global failures
# (sipexplain.class == 6) of sample-captures/every-code-udp.pcapng and the
# "SIP Explanation" subtree of a 603 Decline expanded.
#
#   docs/make-screenshot.sh [PLUGIN.so [OUTPUT.png]]
#
# Defaults: build/plugin/sipexplain.so and docs/wireshark-sipexplain.png.
#
#   docs/make-screenshot.sh --three DIR [PLUGIN.so]
#
# makes instead the three pictures the README is to show, in DIR:
#   profile-summary.png  the packet list of context-udp.pcapng with the
#                        sipexplain profile: its columns and colours
#   explanation.png      a 486 Busy Here selected, its explanation expanded
#   statistics.png       the stats tree's dialog, opened from its menu
# with the profile of the build (SIPEXPLAIN_PROFILE_DIR, default
# build/profile/sipexplain: make profile). It drives Wireshark with the GUI
# tests' helpers (tests/gui/lib.sh).
#
# Installs what it is missing (wireshark, xvfb, xdotool, imagemagick,
# tesseract-ocr).
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
mode=one
if [ "${1:-}" = --three ]; then
    mode=three
    [ $# -ge 2 ] || { echo "usage: $0 --three DIR [PLUGIN.so]" >&2; exit 2; }
    out_dir=$2
    shift 2
fi
plugin=${1:-$source_dir/build/plugin/sipexplain.so}
output=${2:-$source_dir/docs/wireshark-sipexplain.png}
capture=$source_dir/sample-captures/every-code-udp.pcapng
filter='sipexplain.class == 6'
# The 603 that carries a Reason header, so that its subtree shows too.
frame_filter='sipexplain.code == 603 && sipexplain.reason.cause'
width=1400
height=900
# Height of the packet list: the eight global failures and their header.
list_height=165

[ -f "$plugin" ] || { echo "$0: no plugin at $plugin (build it first: make build)" >&2; exit 2; }

sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
packages=(wireshark tshark xvfb xdotool imagemagick tesseract-ocr)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q 'ok installed' ||
        missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "$mode" = three ]; then
    # shellcheck source=../tests/gui/lib.sh
    source "$source_dir/tests/gui/lib.sh"
    set +e
    SIPEXPLAIN_PLUGIN=$(realpath "$plugin")
    SIPEXPLAIN_SOURCE_DIR=$source_dir
    profile_source=${SIPEXPLAIN_PROFILE_DIR:-$source_dir/build/profile/sipexplain}
    [ -f "$profile_source/colorfilters" ] ||
        { echo "$0: no profile in $profile_source (make profile)" >&2; exit 2; }
    mkdir -p "$out_dir"
    out_dir=$(realpath "$out_dir")
    major_minor=$(tshark --version 2>/dev/null | sed -n '1s/^TShark (Wireshark) \([0-9]*\.[0-9]*\).*/\1/p')
    gui_workspace
    trap 'ws_stop; kill "$xvfb_pid" 2>/dev/null; rm -rf "$workspace"' EXIT
    gui_display || { echo "$0: Xvfb did not start" >&2; exit 1; }
    tmp=$workspace/tmp
    captures=$workspace/captures

    # 1. The profile's columns and colours: the packet list alone.
    cp -r "$profile_source" "$workspace/home/.config/wireshark/profiles/sipexplain"
    echo "gui.geometry_main_upper_pane: 330" >>"$workspace/home/.config/wireshark/profiles/sipexplain/recent"
    [ "$(id -u)" = 0 ] && chown -R nobody "$workspace/home"
    ws_start profile -C sipexplain -r "$captures/context-udp.pcapng"
    ws_wait_loaded context-udp.pcapng || { echo "$0: Wireshark did not open the capture" >&2; exit 1; }
    pointer_away
    sleep 1
    screenshot "$tmp/full.png"
    # Down to the line above the packet details, which start at the frame's line.
    screenshot "$tmp/lower.png" "0 200 $((screen_width / 2)) $((screen_height - 230))"
    ocr_words "$tmp/lower.png" 0 200 6 >"$tmp/lower.words"
    bottom=$(awk '$6 == "Frame" { print $2 - 8; exit }' "$tmp/lower.words")
    crop "$tmp/full.png" "0 0 $screen_width ${bottom:-420}" "$out_dir/profile-summary.png"
    ws_stop

    # 2. A selected 486 and its explanation, the bytes hidden.
    capture=$captures/reason-warning.pcapng
    frame=$(as_tshark -r "$capture" -Y 'sipexplain.code == 486' -T fields -e frame.number | head -n 1)
    position=$(as_tshark -r "$capture" -Y "frame.number == $frame" -T pdml |
        awk '/^  <proto / && !/name="geninfo"/ && !/hide="yes"/ { n++ }
             /^  <proto name="sipexplain"/ { print n; exit }')
    set_recent "gui.byte_view_show: FALSE" "gui.packet_diagram_show: FALSE" \
        "gui.geometry_main_upper_pane: 180"
    ws_start explanation -r "$capture" -g "$frame"
    ws_wait_loaded reason-warning.pcapng || { echo "$0: Wireshark did not open the capture" >&2; exit 1; }
    focus "$ws_window"
    click $((screen_width / 2)) $((screen_height - 40))
    for _ in $(seq "$position"); do key Down; done
    key shift+Right
    pointer_away
    sleep 1
    screenshot "$out_dir/explanation.png"

    # 3. The stats tree, from its menu, on the same capture.
    screenshot "$tmp/menubar.png" "0 0 $screen_width 30"
    ocr_words "$tmp/menubar.png" 0 0 >"$tmp/menubar.words"
    for menu in Statistics Telephony; do
        at=$(find_phrase "$tmp/menubar.words" "$menu") || continue
        read -r x y <<<"$at"
        click "$x" "$y"
        sleep 0.5
        screenshot "$tmp/menu.png" "$((x > 60 ? x - 60 : 0)) 20 600 $((screen_height - 20))"
        ocr_words "$tmp/menu.png" "$((x > 60 ? x - 60 : 0))" 20 >"$tmp/menu.words"
        if at=$(find_phrase "$tmp/menu.words" "SIP Responses Explained"); then
            read -r x y <<<"$at"
            click "$x" "$y"
            break
        fi
        key Escape
    done
    dialog=$(find_window "SIP Responses Explained" 15) ||
        { echo "$0: no stats tree dialog" >&2; exit 1; }
    xdotool windowmove "$dialog" 0 0 windowsize "$dialog" 1000 720
    sleep 1.5
    screenshot "$out_dir/statistics.png" "$(window_geometry "$dialog")"
    for picture in profile-summary explanation statistics; do
        echo "Wrote $out_dir/$picture.png ($(identify -format '%wx%h' "$out_dir/$picture.png"))"
    done
    exit 0
fi

frames=$("$source_dir/tools/tshark-with-plugin" "$plugin" -r "$capture" -Y "$frame_filter" \
    -T fields -e frame.number) || { echo "$0: tshark failed on $capture" >&2; exit 1; }
frame=${frames%%$'\n'*}
[ -n "$frame" ] || { echo "$0: no frame matches $frame_filter in $capture" >&2; exit 1; }
# Where the explanation sits among the top-level items of the packet details
# (Frame, Ethernet, IP, UDP, SIP...): Wireshark shows every protocol of the
# PDML but the general information and the hidden ones.
position=$("$source_dir/tools/tshark-with-plugin" "$plugin" -r "$capture" \
    -Y "frame.number == $frame" -T pdml |
    awk '/^  <proto / && !/name="geninfo"/ && !/hide="yes"/ { n++ }
         /^  <proto name="sipexplain"/ { print n; exit }')
[ -n "$position" ] || { echo "$0: no sipexplain tree in frame $frame" >&2; exit 1; }

major_minor=$(tshark --version 2>/dev/null | sed -n '1s/^TShark (Wireshark) \([0-9]*\.[0-9]*\).*/\1/p')
workspace=$(mktemp -d)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    rm -rf "$workspace"
}
trap cleanup EXIT
chmod 755 "$workspace"
profile=$workspace/home/.config/wireshark
mkdir -p "$workspace/plugins/$major_minor/epan" "$profile" "$workspace/run"
cp "$plugin" "$workspace/plugins/$major_minor/epan/"
cp "$capture" "$workspace/"

# A fresh profile: the window fills the screen, no bytes pane, and a column
# with each response's summary beside Wireshark's own Info.
cat >"$profile/recent_common" <<EOF
gui.geometry_main_x: 0
gui.geometry_main_y: 0
gui.geometry_main_width: $width
gui.geometry_main_height: $height
gui.geometry_main_maximized: FALSE
privs.warn_if_elevated: FALSE
sys.warn_if_no_capture: FALSE
EOF
cat >"$profile/recent" <<EOF
gui.byte_view_show: FALSE
gui.packet_diagram_show: FALSE
gui.geometry_main_upper_pane: $list_height
gui.zoom_level: -1
column.width:
	%m, 60,
	%t, 100,
	%p, 65,
	%i, 265,
	"%Cus:sipexplain.summary", 900
EOF
cat >"$profile/preferences" <<'EOF'
gui.column.format:
	"No.", "%m",
	"Time", "%t",
	"Protocol", "%p",
	"Info", "%i",
	"SIP Explanation", "%Cus:sipexplain.summary:0:R"
EOF
chmod -R a+rX "$workspace"

# Wireshark run as root ignores WIRESHARK_PLUGIN_DIR: run it as nobody then.
as_user=()
if [ "$(id -u)" = 0 ]; then
    chown -R nobody "$workspace/home" "$workspace/run"
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
chmod 700 "$workspace/run"

# A display number nobody uses.
display=99
while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do
    display=$((display + 1))
done
export DISPLAY=:$display
Xvfb "$DISPLAY" -screen 0 "${width}x${height}x24" -nolisten tcp >"$workspace/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.2
done

"${as_user[@]}" env -i PATH="$PATH" HOME="$workspace/home" XDG_RUNTIME_DIR="$workspace/run" \
    DISPLAY="$DISPLAY" LC_ALL=C.UTF-8 WIRESHARK_PLUGIN_DIR="$workspace/plugins" \
    wireshark -r "$workspace/$(basename "$capture")" -Y "$filter" -g "$frame" \
    >"$workspace/wireshark.log" 2>&1 &
pids+=($!)

# The main window is named after the capture once it is loaded.
window=
for _ in $(seq 100); do
    window=$(xdotool search --onlyvisible --name "^$(basename "$capture")\$" 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    sleep 0.3
done
if [ -z "$window" ]; then
    echo "$0: Wireshark showed no window; its output:" >&2
    cat "$workspace/wireshark.log" >&2
    exit 1
fi
sleep 3

# Expand the explanation: a click on the empty part of the packet details
# focuses it with no item current; the first Down selects Frame, and so
# Down $position times the explanation; Shift+Right expands it with all its
# subtrees (Wireshark's "Expand Subtrees").
xdotool windowfocus --sync "$window"
xdotool mousemove $((width / 2)) $((height - 60)) click 1
sleep 0.5
for _ in $(seq "$position"); do
    xdotool key --clearmodifiers Down
    sleep 0.15
done
xdotool key --clearmodifiers shift+Right
# The pointer off the window, so that no row is drawn as hovered.
xdotool mousemove "$((width - 1))" 0
sleep 2

mkdir -p "$(dirname "$output")"
import -window root -strip "$output"
echo "Wrote $output ($(identify -format '%wx%h' "$output"), frame $frame of $(basename "$capture"))"
