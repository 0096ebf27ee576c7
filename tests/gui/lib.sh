# SPDX-License-Identifier: GPL-2.0-or-later
# shellcheck shell=bash
#
# Shared by the GUI suite (sourced): the real Wireshark on a virtual X
# display (Xvfb, no window manager), run as an unprivileged user with a
# private HOME and the freshly built plugin; the keyboard and mouse through
# xdotool; the screen read back with screenshots, OCR (tesseract) and pixel
# values (ImageMagick).
#
# Without a window manager a window has no title bar and is placed where the
# application puts it; xdotool finds windows by their title all the same,
# moves and resizes them, and gives them the keyboard.

# The virtual screen. Wireshark's main window is made to fill it.
screen_width=1600
screen_height=1000

passed=0
failed=0
skipped=0
pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
skip() { skipped=$((skipped + 1)); echo "skip: $*"; }
# check WHAT COMMAND...: passes when COMMAND succeeds.
check() {
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

# step NAME: marks the start of a part of the suite, for the timings.
step_started=
step_name=
timings=()
step() {
    local now
    now=$(date +%s.%N)
    if [ -n "$step_name" ]; then
        timings+=("$(awk -v a="$step_started" -v b="$now" -v n="$step_name" \
                     'BEGIN { printf "%6.1f s  %s", b - a, n }')")
    fi
    step_name=$1
    step_started=$now
    [ -n "$1" ] && echo "-- $1"
}

# --- The workspace ------------------------------------------------------------
# A world-readable folder with the plugin, the captures, a HOME and a runtime
# folder that the unprivileged user owns.
gui_workspace() {
    workspace=$(mktemp -d)
    chmod 755 "$workspace"
    mkdir -p "$workspace/plugins/$major_minor/epan" "$workspace/captures" \
             "$workspace/home/.config/wireshark/profiles" "$workspace/run" "$workspace/logs" \
             "$workspace/tmp"
    cp "$SIPEXPLAIN_PLUGIN" "$workspace/plugins/$major_minor/epan/"
    cp "$SIPEXPLAIN_SOURCE_DIR"/sample-captures/*.pcapng "$workspace/captures/"
    # The main window fills the screen; no question at start.
    cat >"$workspace/home/.config/wireshark/recent_common" <<EOF
gui.geometry_main_x: 0
gui.geometry_main_y: 0
gui.geometry_main_width: $screen_width
gui.geometry_main_height: $screen_height
gui.geometry_main_maximized: FALSE
privs.warn_if_elevated: FALSE
sys.warn_if_no_capture: FALSE
EOF
    chmod -R a+rX "$workspace"
    as_user=()
    if [ "$(id -u)" = 0 ]; then
        # Wireshark run as root ignores WIRESHARK_PLUGIN_DIR.
        chown -R nobody "$workspace/home" "$workspace/run" "$workspace/tmp"
        as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    fi
    chmod 700 "$workspace/run"
}

# set_recent LINES: the default profile's recent file (pane layout), as
# Wireshark reads it at start.
set_recent() {
    printf '%s\n' "$@" >"$workspace/home/.config/wireshark/recent"
    [ "$(id -u)" = 0 ] && chown nobody "$workspace/home/.config/wireshark/recent"
    return 0
}

# as_tshark ARGS...: tshark with the plugin, as Wireshark will run (same user,
# HOME and profiles).
as_tshark() {
    "${as_user[@]}" env -i PATH="$PATH" HOME="$workspace/home" TZ=UTC LC_ALL=C.UTF-8 \
        WIRESHARK_PLUGIN_DIR="$workspace/plugins" tshark "$@"
}

# --- The display --------------------------------------------------------------
xvfb_pid=
gui_display() {
    local fd_file=$workspace/display _
    : >"$fd_file"
    # -displayfd: Xvfb takes the first free display number and writes it.
    Xvfb -displayfd 3 -screen 0 "${screen_width}x${screen_height}x24" -nolisten tcp \
        3>"$fd_file" >"$workspace/logs/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do
        [ -s "$fd_file" ] && break
        sleep 0.1
    done
    [ -s "$fd_file" ] || return 1
    DISPLAY=:$(head -n 1 "$fd_file")
    export DISPLAY
    for _ in $(seq 50); do
        xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    return 1
}

# --- Wireshark ----------------------------------------------------------------
ws_pid=
ws_window=
ws_log=
# ws_start NAME ARGS...: Wireshark with the plugin, its own process group,
# output in logs/NAME.log.
ws_start() {
    local name=$1
    shift
    ws_log=$workspace/logs/$name.log
    setsid "${as_user[@]}" env -i PATH="$PATH" HOME="$workspace/home" TMPDIR="$workspace/tmp" \
        XDG_RUNTIME_DIR="$workspace/run" DISPLAY="$DISPLAY" LC_ALL=C.UTF-8 TZ=UTC \
        NO_AT_BRIDGE=1 WIRESHARK_PLUGIN_DIR="$workspace/plugins" \
        wireshark "$@" >"$ws_log" 2>&1 &
    ws_pid=$!
    ws_window=
}

# ws_running: whether the last Wireshark started is still there.
ws_running() { [ -n "$ws_pid" ] && kill -0 "$ws_pid" 2>/dev/null; }

# ws_stop: ends the last Wireshark started, and what it started.
ws_stop() {
    local _
    [ -n "$ws_pid" ] || return 0
    kill -TERM -- "-$ws_pid" 2>/dev/null
    for _ in $(seq 50); do
        ws_running || break
        sleep 0.1
    done
    kill -KILL -- "-$ws_pid" 2>/dev/null
    wait "$ws_pid" 2>/dev/null
    ws_pid=
}

# find_window REGEX [SECONDS]: the first visible window whose title matches.
find_window() {
    local regex=$1 tries=$((${2:-30} * 5)) id
    for _ in $(seq "$tries"); do
        id=$(xdotool search --onlyvisible --name "$regex" 2>/dev/null | head -n 1)
        if [ -n "$id" ]; then
            echo "$id"
            return 0
        fi
        ws_running || return 1
        sleep 0.2
    done
    return 1
}

# window_geometry ID: "X Y WIDTH HEIGHT".
window_geometry() {
    xdotool getwindowgeometry --shell "$1" 2>/dev/null |
        awk -F= '{ v[$1] = $2 } END { print v["X"], v["Y"], v["WIDTH"], v["HEIGHT"] }'
}

# ws_wait_loaded CAPTURE: the main window, named after the capture, and the
# status bar counting its packets (the file is read). 4.0 says "Packets: 8 ·
# Displayed: 8 (100.0%)", 4.4 "Packets: 8" when all are displayed.
ws_wait_loaded() {
    local capture=$1 _
    ws_window=$(find_window "^$(basename "$capture")" 40) || return 1
    for _ in $(seq 40); do
        screenshot "$workspace/tmp/status.png" "0 $((screen_height - 30)) $screen_width 30"
        ocr "$workspace/tmp/status.png" 7 | grep -qi 'packets: [1-9]' && return 0
        sleep 0.5
    done
    return 1
}

# focus ID: the keyboard to window ID.
focus() {
    xdotool windowfocus --sync "$1" 2>/dev/null || xdotool windowfocus "$1"
    sleep 0.2
}
key() {
    xdotool key --clearmodifiers "$@"
    sleep 0.3
}
click() {
    xdotool mousemove "$1" "$2" click 1
    sleep 0.4
}
# pointer_away: the pointer over the status bar, where it highlights nothing.
pointer_away() {
    xdotool mousemove $((screen_width / 2)) $((screen_height - 8))
    sleep 0.3
}

# --- Reading the screen -------------------------------------------------------
# screenshot FILE [X Y WIDTH HEIGHT]: the screen, or part of it.
screenshot() {
    local file=$1 area=${2:-}
    if [ -n "$area" ]; then
        # shellcheck disable=SC2086 # four numbers, one a word
        set -- $area
        import -window root -crop "${3}x${4}+${1}+${2}" +repage "$file"
    else
        import -window root "$file"
    fi
}

# crop IMAGE "X Y WIDTH HEIGHT" OUTPUT: part of a screenshot already taken.
crop() {
    # shellcheck disable=SC2086 # four numbers, one a word
    set -- "$1" $2 "$3"
    convert "$1" -crop "${4}x${5}+${2}+${3}" +repage "$6"
}

# keep NAME FILE: a screenshot kept for a human to look at.
shot_number=0
keep() {
    shot_number=$((shot_number + 1))
    cp "$2" "$shots/$(printf '%02d' "$shot_number")-$1.png"
}

# ocr IMAGE [PSM]: the text of IMAGE. Enlarged twice first: tesseract reads
# the GUI's small fonts, and white text on a selected row, much better so.
ocr() {
    local image=$1 psm=${2:-6}
    convert "$image" -resize 200% "$workspace/tmp/ocr-in.png" &&
        OMP_THREAD_LIMIT=1 tesseract "$workspace/tmp/ocr-in.png" - --psm "$psm" 2>/dev/null
}

# ocr_words IMAGE X0 Y0 [PSM]: every word tesseract reads, one a line, as
# "LEFT TOP WIDTH HEIGHT LINE-KEY TEXT" in screen coordinates (IMAGE taken
# at X0,Y0), LINE-KEY naming the line the word is on.
ocr_words() {
    local image=$1 x0=$2 y0=$3 psm=${4:-11}
    convert "$image" -resize 200% "$workspace/tmp/ocr-in.png" &&
        OMP_THREAD_LIMIT=1 tesseract "$workspace/tmp/ocr-in.png" - --psm "$psm" tsv 2>/dev/null |
        awk -F'\t' -v x0="$x0" -v y0="$y0" \
            'NR > 1 && $1 == 5 && $12 != "" {
                 printf "%d %d %d %d %s.%s.%s %s\n", x0 + $7 / 2, y0 + $8 / 2, $9 / 2, $10 / 2,
                        $3, $4, $5, $12
             }'
}

# find_phrase WORDS-FILE PHRASE: "X Y" of the middle of PHRASE, words
# following each other on one line (case and punctuation aside).
find_phrase() {
    awk -v phrase="$2" '
        function clean(s) { s = tolower(s); gsub(/[^a-z0-9]/, "", s); return s }
        BEGIN { n = split(phrase, want, " "); for (i = 1; i <= n; i++) want[i] = clean(want[i]) }
        {
            line[NR] = $5; word[NR] = clean($6)
            left[NR] = $1; top[NR] = $2; right[NR] = $1 + $3; bottom[NR] = $2 + $4
        }
        END {
            for (s = 1; s + n - 1 <= NR; s++) {
                ok = 1
                for (i = 1; i <= n && ok; i++)
                    if (word[s + i - 1] != want[i] || line[s + i - 1] != line[s]) ok = 0
                if (ok) {
                    printf "%d %d\n", (left[s] + right[s + n - 1]) / 2, (top[s] + bottom[s + n - 1]) / 2
                    exit
                }
            }
            exit 1
        }' "$1"
}

# normalise: lower case, letters, digits and single spaces, for comparing
# what OCR reads with what tshark prints.
normalise() {
    tr '[:upper:]' '[:lower:]' | sed 's/[^a-z0-9]\{1,\}/ /g; s/^ //; s/ $//'
}

# fuzzy_line TEXT-FILE EXPECTED [ERRORS-PER-100]: whether some line of
# TEXT-FILE holds EXPECTED with at most that many edits per 100 characters
# (default 8), both normalised.
fuzzy_line() {
    local expected
    expected=$(printf '%s\n' "$2" | normalise)
    normalise <"$1" | awk -v want="$expected" -v rate="${3:-8}" '
        # The edit distance from want to the best-matching part of the line.
        function distance(line,    i, j, m, n, prev, cur, best, cost) {
            m = length(want); n = length(line)
            for (j = 0; j <= n; j++) prev[j] = 0
            for (i = 1; i <= m; i++) {
                cur[0] = i
                for (j = 1; j <= n; j++) {
                    cost = substr(want, i, 1) == substr(line, j, 1) ? 0 : 1
                    cur[j] = prev[j - 1] + cost
                    if (prev[j] + 1 < cur[j]) cur[j] = prev[j] + 1
                    if (cur[j - 1] + 1 < cur[j]) cur[j] = cur[j - 1] + 1
                }
                for (j = 0; j <= n; j++) prev[j] = cur[j]
            }
            best = m
            for (j = 0; j <= n; j++) if (prev[j] < best) best = prev[j]
            return best
        }
        BEGIN { best = length(want) }
        { d = distance($0); if (d < best) best = d }
        END {
            exit !(length(want) > 0 && best * 100 <= rate * length(want))
        }'
}

# similar EXPECTED ACTUAL [ERRORS-PER-100]: whether two one-line texts are
# the same but for that many edits per 100 characters of EXPECTED.
similar() {
    local file=$workspace/tmp/similar
    printf '%s\n' "$2" >"$file"
    fuzzy_line "$file" "$1" "${3:-8}" >/dev/null
}

# --- Pixels -------------------------------------------------------------------
# row_colours IMAGE X1 X2 Y... : for each Y, "Y R G B DARKEST": the colour
# most pixels of scanlines Y-2..Y+2 have (a row's background), and the
# lowest relative luminance among those between X1 and X2 (its text), 8-bit.
row_colours() {
    local image=$1 x1=$2 x2=$3 width
    shift 3
    width=$(identify -format '%w' "$image")
    convert "$image" -depth 8 rgb:- | od -An -v -tu1 -w$((width * 3)) |
        awk -v ys="$*" -v width="$width" -v x1="$x1" -v x2="$x2" '
            function channel(v) { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ^ 2.4 }
            BEGIN { n = split(ys, y, " "); for (i = 1; i <= n; i++) for (d = -2; d <= 2; d++) want[y[i] + d] = i }
            (NR - 1) in want {
                row = want[NR - 1]
                for (p = 0; p < width; p++) {
                    r = $(3 * p + 1); g = $(3 * p + 2); b = $(3 * p + 3)
                    count[row, r " " g " " b]++
                    if (p < x1 || p >= x2) continue
                    l = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
                    if (!(row in dark) || l < dark[row]) dark[row] = l
                }
            }
            END {
                for (k in count) {
                    split(k, part, SUBSEP)
                    if (count[k] > most[part[1]]) { most[part[1]] = count[k]; colour[part[1]] = part[2] }
                }
                for (i = 1; i <= n; i++) printf "%d %s %.3f\n", y[i], colour[i], dark[i]
            }'
}

# luminance R G B: relative luminance of an 8-bit colour (WCAG 2).
luminance() {
    awk -v r="$1" -v g="$2" -v b="$3" '
        function channel(v) { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ^ 2.4 }
        BEGIN { printf "%.3f\n", 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b) }'
}
