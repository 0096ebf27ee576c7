#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Installs the Debian package into a clean Debian chroot of this host's
# release, checks that Wireshark loads the plugin from its global folder and
# explains a sample capture, and that removing the package removes the plugin.
#
#   sudo packaging/test-deb-in-chroot.sh build/wireshark-sipexplain_<version>_<arch>.deb
#
# The base chroot (debootstrap --variant=minbase) is made once and kept in
# SIPEXPLAIN_CHROOT_DIR (default /var/cache/sipexplain/chroots, shared with
# tests/compat/run-wireshark-versions.sh, whose chroots are named by release
# alone) as <release>-minbase; each run works on a fresh copy of it, so every
# test starts from a clean system. The Debian mirror (SIPEXPLAIN_MIRROR
# overrides it) and the suites come from this host's apt sources.
set -euo pipefail

if [ $# -ne 1 ] || [ "$1" = -h ] || [ "$1" = --help ]; then
    echo "usage: $0 PACKAGE.deb" >&2
    exit 2
fi
deb=$(realpath -- "$1")
[ -f "$deb" ] || { echo "$0: no such package: $1" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "$0: needs root (debootstrap, chroot)" >&2; exit 2; }
source_dir=$(cd "$(dirname "$0")/.." && pwd)
capture=$source_dir/sample-captures/context-udp.pcapng
expected=$source_dir/tests/expected/context-udp.problems.txt

# The package is built against this host's Wireshark: test on the same release.
. /etc/os-release
suite=${SIPEXPLAIN_CHROOT_SUITE:-${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}}
cache=${SIPEXPLAIN_CHROOT_DIR:-/var/cache/sipexplain/chroots}
base=$cache/$suite-minbase
archives=$cache/$suite-minbase-archives

if ! command -v debootstrap >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

# "URI SUITE COMPONENT" of each Debian package source of this release
# (SUITE, SUITE-updates, SUITE-security) that the host's apt uses, whatever
# the format of its sources files; apt knows them once its lists are fetched.
release_sources() {
    # shellcheck disable=SC2016 # $(...) are apt's format fields
    apt-get indextargets --format '$(TARGET_OF) $(IDENTIFIER) $(REPO_URI) $(RELEASE) $(COMPONENT)' |
        awk -v s="$suite" '$1 == "deb" && $2 == "Packages" &&
                           ($4 == s || $4 == s "-updates" || $4 == s "-security") { print $3, $4, $5 }' |
        sort -u
}
sources=$(release_sources)
[ -n "$sources" ] || { apt-get update -qq && sources=$(release_sources); }
mirror=${SIPEXPLAIN_MIRROR:-$(awk -v s="$suite" '$2 == s { print $1; exit }' <<<"$sources")}
if [ -z "$mirror" ]; then
    echo "$0: no apt source for $suite on this host to take the mirror from (set SIPEXPLAIN_MIRROR)" >&2
    exit 2
fi
if [ -n "${SIPEXPLAIN_MIRROR:-}" ]; then
    sources="$SIPEXPLAIN_MIRROR $suite main"
fi

# The base chroot, made once; made aside and renamed, so that an interrupted
# debootstrap is never taken for a finished one.
mkdir -p "$cache"
# Two runs would make the same base at once: the second waits.
exec 9>"$base.lock"
flock 9
if [ ! -f "$base/.sipexplain-base" ]; then
    echo "Making the $suite base chroot in $base (once) from $mirror"
    rm -rf "$base.partial"
    debootstrap --variant=minbase "$suite" "$base.partial" "$mirror" >"$base-debootstrap.log" 2>&1 ||
        { echo "debootstrap failed: see $base-debootstrap.log" >&2; exit 1; }
    touch "$base.partial/.sipexplain-base"
    rm -rf "$base"
    mv "$base.partial" "$base"
fi

flock -u 9
work=$(mktemp -d "$cache/$suite-minbase-test.XXXXXX")
mounts=()
cleanup() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount -l "${mounts[$i]}" 2>/dev/null || true
    done
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT
root=$work/root
echo "Copying the base chroot"
cp -a "$base" "$root"

mkdir -p "$archives"
mount --bind /dev "$root/dev" && mounts+=("$root/dev")
mount -t proc proc "$root/proc" && mounts+=("$root/proc")
# Downloaded packages are kept between runs: only the lists are fetched anew.
mount --bind "$archives" "$root/var/cache/apt/archives" && mounts+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
# The host's sources of this release, security updates included, so that the
# chroot gets the same Wireshark as the one the package was built against.
awk '{ line[$1 " " $2] = line[$1 " " $2] " " $3 }
     END { for (k in line) print "deb " k line[k] }' <<<"$sources" | sort >"$root/etc/apt/sources.list"
rm -f "$root"/etc/apt/sources.list.d/*

in_chroot() {
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

passed=0 failed=0
not() { ! "$@"; }
pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() {
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

# Depends: libwireshark bounded to one major.minor. dpkg-shlibdeps may add a
# lower bound of its own, from the oldest symbols the plugin uses.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
tr ',' '\n' <<<"$depends" | sed 's/^ *//' | grep '^libwireshark' >"$work/libwireshark-depends" || true
check "one upper bound (<<) and a lower one (>=) on libwireshark: $(paste -sd, "$work/libwireshark-depends")" \
    test "$(grep -c '(>= ' "$work/libwireshark-depends")" -ge 1 -a \
         "$(grep -c '(<< ' "$work/libwireshark-depends")" -eq 1

echo "Installing $(basename "$deb") with apt-get"
cp "$deb" "$capture" "$root/tmp/"
package_file=/tmp/$(basename "$deb")
in_chroot apt-get update -qq
check "tshark is absent before the package" test ! -e "$root/usr/bin/tshark"
in_chroot apt-get install -y -qq "$package_file" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log"; fail "apt-get install $package_file"; }
# The package recommends tshark, and apt installs recommendations by default.
check "apt-get install pulled tshark in" test -x "$root/usr/bin/tshark"

plugin=$(in_chroot dpkg -L wireshark-sipexplain | grep '/plugins/.*/epan/sipexplain\.so$' || true)
check "the package holds the plugin in a plugins/<major.minor>/epan folder" test -n "$plugin"
# Where the installed Wireshark looks: "Global Plugins:<TAB>/usr/lib/.../plugins/4.0".
global_plugins=$(in_chroot tshark -G folders 2>/dev/null | sed -n 's/^Global Plugins:[[:space:]]*//p')
check "the plugin is in the installed Wireshark's global plugin folder ($global_plugins)" \
    test "$(dirname "$plugin")" = "$global_plugins/epan"
# The installed Wireshark's major.minor is inside the range: >= X.Y, << X.(Y+1).
installed=$(in_chroot tshark --version 2>/dev/null | sed -n '1s/^TShark (Wireshark) \([0-9]*\)\.\([0-9]*\).*/\1 \2/p')
read -r major minor <<<"$installed"
in_range() {
    [ -n "$major" ] && grep -q "(>= $major\.${minor}[.)]" "$work/libwireshark-depends" &&
        grep -q "(<< $major\.$((minor + 1)))" "$work/libwireshark-depends"
}
check "the range is Wireshark ${major:-?}.${minor:-?}'s: $(paste -sd, "$work/libwireshark-depends")" in_range
in_chroot tshark -G plugins >"$work/plugins" 2>/dev/null || true
grep sipexplain "$work/plugins" || true
check "tshark -G plugins lists sipexplain from there" grep -qF "$plugin" "$work/plugins"

in_chroot tshark -r "/tmp/$(basename "$capture")" -Y sipexplain.problem -T fields \
    -e frame.number -e sipexplain.code -e sipexplain.method -e sipexplain.request \
    -e sipexplain.problem -E occurrence=a >"$work/problems" 2>/dev/null || true
check "tshark explains the sample capture as the tests expect" diff -u "$expected" "$work/problems"

in_chroot sipexplain-lookup 603 >"$work/lookup" 2>&1 || true
check "sipexplain-lookup 603 runs" grep -q '^603 Decline (Global Failure)' "$work/lookup"
status=0
in_chroot sipexplain-check "/tmp/$(basename "$capture")" >"$work/check" 2>&1 || status=$?
check "sipexplain-check finds the problems of the capture (exit 1)" test "$status" = 1
check "sipexplain-check reports them" grep -q '^6	.*403	REGISTER' "$work/check"
check "the license is the package's copyright file" \
    test -f "$root/usr/share/doc/wireshark-sipexplain/copyright"

in_chroot apt-get remove -y -qq wireshark-sipexplain >"$work/remove.log" 2>&1 ||
    { cat "$work/remove.log"; fail "apt-get remove wireshark-sipexplain"; }
check "removing the package removes the plugin" test ! -e "$root$plugin"
check "removing the package removes the tools" \
    test ! -e "$root/usr/bin/sipexplain-lookup" -a ! -e "$root/usr/bin/sipexplain-check"
in_chroot tshark -G plugins >"$work/plugins" 2>/dev/null || true
check "tshark no longer lists sipexplain" not grep -q sipexplain "$work/plugins"

echo "test-deb-in-chroot: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
