# SPDX-License-Identifier: GPL-2.0-or-later
#
#   make deps      install the Debian packages the build needs (only those missing)
#   make build     build only (never installs: names what is missing)
#   make demo      install what is missing, build, explain a sample capture
#   make check     install what is missing, build, run every test and a short fuzz pass
#                  (the GUI tests too, with Wireshark's GUI on a virtual display)
#   make check-gui only the GUI tests (tests/gui); screenshots in build/gui-screenshots
#   make compat    the tests against Wireshark 4.4 and 4.6 (Debian chroots; needs root)
#   make fuzz / valgrind / libfuzzer / static   longer robustness checks
#   make install-user   put the plugin in your personal plugin folder
#   sudo make install   put it in Wireshark's global plugin folder
#   make captures  remake sample-captures/ (SIPp on loopback; needs root)
#   make profile   the Wireshark profile, as a folder and a zip to import
#   make deb       a Debian package; make test-deb installs it in a clean chroot
#   make screenshot  docs/wireshark-sipexplain.png from the real Wireshark
#   make screenshots the profile, an explanation and the stats tree, in build/screenshots (two copied to docs/)

BUILD    ?= build
WERROR   ?= ON
PACKAGES := cmake make gcc pkg-config libglib2.0-dev libwireshark-dev tshark
DEMO_CAPTURE ?= sample-captures/context-udp.pcapng
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# What the GUI tests need: Wireshark's GUI, a virtual X display, input,
# screenshots and OCR. Where they cannot be installed, the GUI tests are
# skipped (and ctest says so), the others run.
GUI_PACKAGES := wireshark xvfb xdotool imagemagick tesseract-ocr

.PHONY: all deps gui-deps build demo check check-gui install install-user captures clean deb test-deb
.PHONY: screenshot screenshots profile
.PHONY: fuzz compat static valgrind libfuzzer bench bench-instructions judgement-changes

all: build

# Installs the Debian packages that are missing, and only those.
deps:
	@missing=$$(for p in $(PACKAGES) $(EXTRA_PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
	    echo "Installing:" $$missing; \
	    $(SUDO) apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

# Builds only: it never installs a package (make deps does, and demo and check
# call it first). What is missing is named, with the command that installs it.
build:
	@missing=$$(for p in $(PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ] && command -v dpkg-query >/dev/null; then \
	    echo "Missing to build:" $$missing "(make deps installs them)" >&2; exit 1; \
	fi
	@cmake -S . -B $(BUILD) -DSIPEXPLAIN_WERROR=$(WERROR) >/dev/null
	@cmake --build $(BUILD) >/dev/null
	@echo "Built $(BUILD)/plugin/sipexplain.so"

demo: deps
	@$(MAKE) --no-print-directory build
	@echo "Every SIP response in $(DEMO_CAPTURE), and the requests with something to say (frame, method, summary, what it means here):"
	@tools/tshark-with-plugin $(BUILD)/plugin/sipexplain.so -r $(DEMO_CAPTURE) -Y sipexplain \
	    -T fields -e frame.number -e sipexplain.method -e sipexplain.summary -e sipexplain.context
	@echo
	@echo "The responses that call for attention (sipexplain.problem), as Wireshark shows them:"
	@tools/tshark-with-plugin $(BUILD)/plugin/sipexplain.so -r $(DEMO_CAPTURE) \
	    -Y sipexplain.problem -O sipexplain | sed -n '/^\[SIP Explanation/,/^$$/p'


gui-deps:
	@$(MAKE) --no-print-directory deps PACKAGES= EXTRA_PACKAGES="$(GUI_PACKAGES)" || \
	    echo "Could not install $(GUI_PACKAGES): the GUI tests will be skipped"

# Every test, then a short fuzz pass against a sanitizer build.
check: deps gui-deps
	@$(MAKE) --no-print-directory build
	@cd $(BUILD) && ctest --output-on-failure
	@tests/fuzz/fuzz-captures.sh --short -q

check-gui: deps gui-deps
	@$(MAKE) --no-print-directory build
	@cd $(BUILD) && ctest --output-on-failure -R '^(profile_build|gui)$$'

# A development check over captures that cannot be committed: make
# judgement-changes CAPTURES=FOLDER prints every message whose judgement
# changed since the last baseline (UPDATE=1 takes a new one).
judgement-changes: build
	@tests/dev/judgement-changes.sh $(if $(UPDATE),--update) "$${CAPTURES:?make judgement-changes CAPTURES=FOLDER}"

# A long fuzz campaign: make fuzz ITERATIONS=20000
fuzz: build
	tests/fuzz/fuzz-captures.sh --iterations $(or $(ITERATIONS),20000)

# Build with -Werror and run the tests against Wireshark 4.4 and 4.6 in Debian chroots.
compat:
	$(SUDO) tests/compat/run-wireshark-versions.sh

static:
	@$(MAKE) --no-print-directory deps EXTRA_PACKAGES="cppcheck clang-tidy"
	tests/static/run-static-checks.sh

valgrind:
	@$(MAKE) --no-print-directory deps EXTRA_PACKAGES=valgrind
	tests/fuzz/valgrind-samples.sh --bad-input

# What the plugin costs: about 10 minutes on 2 cores; bench/results/latest.txt.
bench: build
	bench/run-bench.sh

# Instruction counts, which a busy machine does not disturb: every row of
# bench/run-bench.sh against its budget, failing when one is exceeded (about
# 25 minutes); GUI=1 adds the real Wireshark under Xvfb (about 13 more).
bench-instructions: build
	@$(MAKE) --no-print-directory deps EXTRA_PACKAGES="valgrind$(if $(GUI), xvfb wireshark-qt)"
	bench/run-bench.sh --callgrind $(if $(GUI),--gui)

libfuzzer:
	@$(MAKE) --no-print-directory deps EXTRA_PACKAGES=clang
	tests/fuzz/run-libfuzzer.sh --seconds $(or $(FUZZ_SECONDS),300)

install: build
	cmake --install $(BUILD)

install-user: build
	@cmake --build $(BUILD) --target install-user

profile: build
	@cmake --build $(BUILD) --target profile >/dev/null
	@echo "Made $(BUILD)/sipexplain-profile.zip and $(BUILD)/profile/sipexplain"

# A Debian package for the Wireshark this machine has, and its test in a clean chroot.
# dpkg-dev and file before CMake runs: CPack reads the libc and GLib versions
# with them (packaging/CPack.cmake).
deb:
	@$(MAKE) --no-print-directory build EXTRA_PACKAGES="dpkg-dev file"
	@cd $(BUILD) && cpack -G DEB

test-deb: deb
	$(SUDO) packaging/test-deb-in-chroot.sh "$$(ls -t $(BUILD)/wireshark-sipexplain_*.deb | head -n 1)"

# docs/wireshark-sipexplain.png: the real Wireshark under Xvfb.
screenshot: build
	docs/make-screenshot.sh $(BUILD)/plugin/sipexplain.so

# The profile, an explanation and the stats tree, from the real Wireshark under
# Xvfb; the README shows the profile and the stats tree (docs/).
screenshots: profile
	SIPEXPLAIN_PROFILE_DIR=$(BUILD)/profile/sipexplain \
	    docs/make-screenshot.sh --three $(BUILD)/screenshots $(BUILD)/plugin/sipexplain.so
	cp $(BUILD)/screenshots/profile-summary.png docs/wireshark-profile.png
	cp $(BUILD)/screenshots/statistics.png docs/wireshark-statistics.png

captures:
	@$(MAKE) --no-print-directory deps EXTRA_PACKAGES=sip-tester
	$(SUDO) sample-captures/make-captures.sh

clean:
	rm -rf $(BUILD)
