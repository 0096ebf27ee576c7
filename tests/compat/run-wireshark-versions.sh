#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Builds sipexplain with -Werror and runs every test (ctest) against the
# Wireshark of other Debian releases, each in a chroot of its own: a plugin
# must be built against the Wireshark that loads it, and this host has only
# one.
#
#   tests/compat/run-wireshark-versions.sh [-v] [RELEASE...]   (default: trixie sid)
#
# Run as root (debootstrap, chroot and mount need it). Prints one line per
# release and exits non-zero when any release fails. Environment:
#   SIPEXPLAIN_CHROOT_DIR   where the chroots are kept and reused
#                           (default /var/cache/sipexplain/chroots)
#   SIPEXPLAIN_LOG_DIR      full output of each run, and the GUI suite's
#                           screenshots in <release>-gui/ (default $SIPEXPLAIN_CHROOT_DIR/logs)
#   SIPEXPLAIN_MIRROR       Debian mirror for new chroots (default: the host's
#                           own Debian mirror, read from its apt sources)
#   SIPEXPLAIN_CHROOT_UPDATE=1  upgrade the packages of existing chroots first
#                           (otherwise a chroot keeps the Wireshark it was made with)
set -euo pipefail

usage() {
    sed -n '3,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
}

verbose=0
while getopts vh option; do
    case $option in
        v) verbose=1 ;;
        h) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
releases=("$@")
[ ${#releases[@]} -gt 0 ] || releases=(trixie sid)

chroot_dir=${SIPEXPLAIN_CHROOT_DIR:-/var/cache/sipexplain/chroots}
log_dir=${SIPEXPLAIN_LOG_DIR:-$chroot_dir/logs}
# Exactly what the build and the tests need; recommends only cost time. The
# second line is the GUI suite's (tests/gui): Wireshark itself, a virtual X
# display, input, screenshots and OCR.
packages=(cmake make gcc pkg-config libglib2.0-dev libwireshark-dev tshark
          wireshark xvfb xdotool imagemagick tesseract-ocr)
# Where the working tree goes inside each chroot.
src=/src/sipexplain

if [ "$(id -u)" != 0 ]; then
    echo "$0: run as root: debootstrap, chroot and mount need it" >&2
    exit 2
fi

script_dir=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$script_dir/../.." && pwd)

mkdir -p "$chroot_dir" "$log_dir"
# Two runs sharing the chroots would unmount and rewrite each other's.
exec 9>"$chroot_dir/.lock"
if ! flock -n 9; then
    echo "$0: another run holds $chroot_dir/.lock" >&2
    exit 2
fi

# Every mount this run made, undone on any exit, innermost first.
mounted=()
unmount_all() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
    mounted=()
}
trap unmount_all EXIT
trap 'exit 130' INT TERM

# The host's Debian mirror, from the sources apt actually uses (one-line and
# deb822 files alike), so that no host name is written here. apt knows a
# source's Label once its lists were fetched; "Debian" excludes the security
# and third-party archives.
host_mirror() {
    local site
    if [ -n "${SIPEXPLAIN_MIRROR:-}" ]; then
        echo "$SIPEXPLAIN_MIRROR"
        return
    fi
    # shellcheck disable=SC2016 # $(...) are apt's format fields, not the shell's
    site=$(apt-get indextargets --format '$(LABEL) $(TARGET_OF) $(SITE)' 2>/dev/null |
           awk '$1 == "Debian" && $2 == "deb" { print $3; exit }')
    if [ -z "$site" ]; then
        echo "$0: no Debian mirror in the host's apt sources (run apt-get update, or set SIPEXPLAIN_MIRROR)" >&2
        return 1
    fi
    echo "$site"
}

# mounts_under DIR: whether anything is mounted at or below DIR.
mounts_under() {
    awk -v d="$1" '$2 == d || index($2, d "/") == 1 { found = 1 } END { exit !found }' /proc/self/mounts
}

# The functions below are called where bash ignores set -e (in if and ||
# lists, and in functions called from those), so each step checks its own
# status.

# in_chroot ROOT COMMAND...: COMMAND inside ROOT with /proc and /dev, which
# apt's maintainer scripts, cmake and tshark expect; unmounted right after.
in_chroot() {
    local root=$1 status=0
    shift
    # The host's resolver may have changed since the chroot was made.
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    mount -t proc proc "$root/proc" || return 1
    mounted+=("$root/proc")
    if ! mount --bind /dev "$root/dev"; then
        unmount_all
        return 1
    fi
    mounted+=("$root/dev")
    chroot "$root" "$@" || status=$?
    unmount_all
    return "$status"
}

# apt inside the chroot, non-interactive, without starting services.
chroot_apt() {
    local root=$1
    shift
    in_chroot "$root" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 apt-get -q -y "$@"
}

# missing_packages ROOT: those of the packages that ROOT does not have.
missing_packages() {
    local root=$1 package
    for package in "${packages[@]}"; do
        # shellcheck disable=SC2016 # ${Status} is dpkg-query's field
        chroot "$root" dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null |
            grep -q 'ok installed' || echo "$package"
    done
}

# make_chroot RELEASE ROOT: a minimal Debian RELEASE with the build and test
# packages. A chroot is reused only once it is complete: a run interrupted
# while making it leaves no ready mark, and the next run starts over. A
# chroot made before a package joined the list gets it installed.
make_chroot() {
    local release=$1 root=$2 mirror script=() missing
    if [ -f "$root/.sipexplain-ready" ]; then
        if [ "${SIPEXPLAIN_CHROOT_UPDATE:-0}" = 1 ]; then
            chroot_apt "$root" update && chroot_apt "$root" dist-upgrade &&
                chroot_apt "$root" install --no-install-recommends "${packages[@]}" || return 1
        fi
        missing=$(missing_packages "$root")
        if [ -n "$missing" ]; then
            # shellcheck disable=SC2086 # one package name per word
            chroot_apt "$root" update && chroot_apt "$root" install --no-install-recommends $missing ||
                return 1
        fi
        return 0
    fi
    if mounts_under "$root"; then
        echo "something is still mounted under $root; unmount it first" >&2
        return 1
    fi
    rm -rf --one-file-system "$root" || return 1
    if ! command -v debootstrap >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get install -q -y debootstrap || return 1
    fi
    mirror=$(host_mirror) || return 1
    # A release newer than this debootstrap knows is bootstrapped like sid.
    [ -e "/usr/share/debootstrap/scripts/$release" ] || script=(/usr/share/debootstrap/scripts/sid)
    debootstrap --variant=minbase "$release" "$root" "$mirror" "${script[@]}" || return 1
    # Release files of sid (and of a mirror lagging behind) may be past their
    # Valid-Until; a throwaway test chroot can live with that.
    echo 'Acquire::Check-Valid-Until "false";' \
        >"$root/etc/apt/apt.conf.d/99sipexplain-valid-until" || return 1
    # Packages must not start services in a chroot.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" &&
        chmod 755 "$root/usr/sbin/policy-rc.d" || return 1
    chroot_apt "$root" update || return 1
    chroot_apt "$root" install --no-install-recommends "${packages[@]}" || return 1
    touch "$root/.sipexplain-ready"
}

# The working tree as it is, edits and new files included, without .git and
# build folders: the files git tracks or would track (its .gitignore drops
# build/ and build-*/), or, outside git, everything but those folders.
copy_tree() {
    local root=$1 file
    rm -rf --one-file-system "${root:?}$src" && mkdir -p "$root$src" || return 1
    if git -C "$repo" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git -C "$repo" ls-files -z --cached --others --exclude-standard |
            while IFS= read -r -d '' file; do
                # Deleted but still tracked: not in the working tree.
                if [ -e "$repo/$file" ]; then printf '%s\0' "$file"; fi
            done |
            tar -C "$repo" --null -T - -cf - | tar -C "$root$src" -xf -
    else
        tar -C "$repo" --exclude=./.git --exclude=./build --exclude='./build-*' -cf - . |
            tar -C "$root$src" -xf -
    fi
}

# build_and_test ROOT: the project's own build with -Werror, then ctest, run
# as root in a clean environment (the tests drop to nobody for tshark).
build_and_test() {
    local root=$1
    # shellcheck disable=SC2016 # expanded by the shell inside the chroot
    in_chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
        sh -c 'cd "$1" &&
               echo "== configure" && cmake -S . -B build -DSIPEXPLAIN_WERROR=ON &&
               echo "== build" && cmake --build build -j "$(nproc)" &&
               echo "== test" && cd build && ctest --output-on-failure' sh "$src"
}

# keep_screenshots RELEASE ROOT: the GUI suite's screenshots, out of the
# chroot into the log folder, for a human to look at.
keep_screenshots() {
    local release=$1 root=$2 shots=$2$src/build/gui-screenshots
    rm -rf "${log_dir:?}/$release-gui"
    if [ -d "$shots" ]; then cp -r "$shots" "$log_dir/$release-gui"; fi
}

# run_release RELEASE: prints its one-line result; fails when the release does.
run_release() {
    local release=$1 root=$chroot_dir/$1 log=$log_dir/$1.log start stage version result gui
    local tee_pid=
    start=$(date +%s)
    : >"$log"
    if [ "$verbose" = 1 ]; then
        exec 3> >(tee -a "$log")
        tee_pid=$!
    else
        exec 3>>"$log"
    fi
    stage=chroot
    if make_chroot "$release" "$root" >&3 2>&1; then
        stage="copy of the working tree"
        if copy_tree "$root" >&3 2>&1; then
            stage=build
            build_and_test "$root" >&3 2>&1 && stage=
        fi
    fi
    exec 3>&-
    # tee may still be writing what is read from the log below.
    if [ -n "$tee_pid" ]; then wait "$tee_pid" || true; fi
    version=$(chroot "$root" pkg-config --modversion wireshark 2>/dev/null || echo unknown)
    keep_screenshots "$release" "$root"
    result="$release: Wireshark $version, $(($(date +%s) - start)) s"
    # ctest's line for the GUI suite: "12/14 Test #13: gui .....   Passed   95.21 sec"
    gui=$(sed -n 's/^.* Test *#[0-9]*: gui \.* *\**\([A-Za-z][A-Za-z ]*[a-z]\)[^0-9]*\([0-9.]*\) sec$/\1 in \2 s/p' "$log" |
          tail -n 1)
    [ -n "$gui" ] && result="$result (GUI suite: $gui, screenshots in $log_dir/$release-gui)"
    if [ -z "$stage" ]; then
        echo "PASS $result"
        return 0
    fi
    # Which step failed, read from the markers build_and_test writes.
    if [ "$stage" = build ]; then
        stage=$(sed -n 's/^== //p' "$log" | tail -n 1)
        [ "$stage" = test ] && stage="test: $(grep -E '^[0-9]+% tests passed' "$log" | tail -n 1)"
    fi
    echo "FAIL $result, failed at $stage; log: $log"
    return 1
}

failed=0
for release in "${releases[@]}"; do
    run_release "$release" || failed=1
done
exit "$failed"
