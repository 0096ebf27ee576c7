# SPDX-License-Identifier: GPL-2.0-or-later
# shellcheck shell=bash disable=SC2034 # it sets variables for the scripts that source it
#
# lib-tshark.sh (sourced): tshark, or Wireshark, run with one given
# sipexplain.so and nothing else of the caller's: a private plugin folder for
# this Wireshark's major.minor, a private HOME, and, as root, an unprivileged
# user, since Wireshark run as root ignores WIRESHARK_PLUGIN_DIR (and would
# load every plugin of the global folder, an installed sipexplain among them).
#
#   sx_tshark_version              SX_WS_VERSION (4.0.17) and SX_WS_MAJOR_MINOR (4.0)
#                                  from tshark --version; fails if unreadable
#   sx_private_setup DIR           DIR enterable by the runner, DIR/home its own;
#                                  sets sx_as_user and sx_runner
#   sx_plugin_folder DIR [SO...]   DIR/<SX_WS_MAJOR_MINOR>/epan with a copy of each
#                                  SO (none: a folder without any plugin)
#   sx_runner_env DIR PLUGINS [clean]
#                                  sx_run: the command prefix, ending in env and
#                                  its assignments; the program and its arguments
#                                  follow, or more NAME=VALUE first (a later one
#                                  wins). "clean" starts from an empty
#                                  environment with PATH, TZ=UTC, LC_ALL=C.UTF-8
#   sx_runner_can_read PATH...     whether the runner can read each PATH
#   sx_give_to_runner PATH...      as root, the runner owns PATH (folders it writes)
#
# Typical use:
#   source tools/lib-tshark.sh
#   sx_tshark_version || exit 2
#   work=$(mktemp -d)
#   sx_private_setup "$work"
#   sx_plugin_folder "$work/plugins" build/plugin/sipexplain.so
#   sx_runner_env "$work" "$work/plugins"
#   "${sx_run[@]}" tshark -r capture.pcapng -Y sipexplain.problem
#
# Only bash and coreutils (setpriv is util-linux, in every Debian). Names
# start with sx_ or SX_; nothing runs when the file is sourced.

# sx_tshark_version: the version of the tshark on PATH.
sx_tshark_version() {
    SX_WS_VERSION=$(tshark --version 2>/dev/null |
        sed -n '1s/^TShark (Wireshark) \([0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*\).*/\1/p')
    SX_WS_MAJOR_MINOR=${SX_WS_VERSION%.*}
    [ -n "$SX_WS_VERSION" ]
}

# sx_private_setup DIR: DIR (made by the caller, e.g. with mktemp -d) can be
# entered by the user tshark runs as; DIR/home is that user's, for
# Wireshark's profile and caches. As root that user is nobody.
sx_private_setup() {
    local dir=$1
    chmod 755 "$dir"
    mkdir -p "$dir/home"
    sx_as_user=()
    sx_runner=$(id -un)
    if [ "$(id -u)" = 0 ]; then
        sx_runner=nobody
        sx_as_user=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups)
        chown nobody "$dir/home"
    fi
}

# sx_plugin_folder DIR [SO...]: a plugin folder as WIRESHARK_PLUGIN_DIR
# expects it, readable by everyone. The copies keep their names.
sx_plugin_folder() {
    local dir=$1
    shift
    [ -n "${SX_WS_MAJOR_MINOR:-}" ] || sx_tshark_version || return 1
    mkdir -p "$dir/$SX_WS_MAJOR_MINOR/epan"
    if [ $# -gt 0 ]; then
        cp -- "$@" "$dir/$SX_WS_MAJOR_MINOR/epan/" || return 1
    fi
    chmod -R a+rX "$dir"
}

# sx_runner_env DIR PLUGINS [clean]: sx_run, the prefix that runs a program
# as the runner with HOME=DIR/home and WIRESHARK_PLUGIN_DIR=PLUGINS. Without
# "clean" the caller's environment passes, except what would point Wireshark
# at the caller's own configuration.
sx_runner_env() {
    local dir=$1 plugins=$2
    if [ "${3:-}" = clean ]; then
        sx_run=("${sx_as_user[@]}" env -i PATH="$PATH" TZ=UTC LC_ALL=C.UTF-8)
    else
        sx_run=("${sx_as_user[@]}" env -u XDG_CONFIG_HOME -u WIRESHARK_CONFIG_DIR)
    fi
    sx_run+=(HOME="$dir/home" WIRESHARK_PLUGIN_DIR="$plugins")
}

# sx_runner_can_read PATH...: true when the runner can read every PATH (the
# folders above it included: a TMPDIR under /root is closed to nobody).
sx_runner_can_read() {
    local path
    for path in "$@"; do
        "${sx_as_user[@]}" test -r "$path" || return 1
    done
}

# sx_give_to_runner PATH...: folders or files the runner must write.
sx_give_to_runner() {
    if [ "$(id -u)" = 0 ]; then
        chown -R nobody -- "$@"
    fi
}
