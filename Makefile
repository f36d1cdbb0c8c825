# discpath: build, run, test, install.
# `make run` and `make test` install what is missing on Debian (libncurses-dev, tmux) when run
# as root, and otherwise say exactly what to install.

SWIFT      ?= swift
PREFIX     ?= /usr/local
DESTDIR    ?=
BINDIR      = $(DESTDIR)$(PREFIX)/bin
MANDIR      = $(DESTDIR)$(PREFIX)/share/man/man1
BASH_COMPLETIONS_DIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_COMPLETIONS_DIR  = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_COMPLETIONS_DIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
RELEASE_BIN = .build/release/discpath
DEBUG_BIN   = .build/debug/discpath
# The build `make install` copies and takes the completions from: release (built by it), or
# debug (built beforehand by `swift build`; nothing is built then, so the install test can run
# it while `swift test` holds the build directory).
CONFIGURATION ?= release
INSTALL_BIN = .build/$(CONFIGURATION)/discpath
# Manual pages and completions, generated at build time, not committed.
MAN_OUT         = .build/share/man
MAN_STAMP       = $(MAN_OUT)/.generated
COMPLETIONS_OUT = .build/share/completions
COMPLETIONS     = $(COMPLETIONS_OUT)/discpath.bash $(COMPLETIONS_OUT)/discpath.zsh $(COMPLETIONS_OUT)/discpath.fish
# Where swift-argument-parser's generate-manual plugin writes, and the pages' date: the last
# commit's, so the pages do not change from one build to the next.
MAN_PLUGIN_OUT  = .build/plugins/GenerateManual/outputs/discpath
MAN_DATE       := $(shell git log -1 --format=%cs 2>/dev/null || date +%F)
ARGS       ?=
# The end of every recipe that checks for Debian packages: with `missing` set to the packages not
# found, installs them as root (apt-get update first), or stops saying exactly what to install.
INSTALL_MISSING = if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing system packages:$$missing" >&2; \
	    echo "Install them with: sudo apt-get install$$missing" >&2; \
	    exit 1; \
	  fi; \
	fi

# A fully static executable starts about a third faster and smaller than one that loads shared
# libraries (Debian's libncurses-dev ships the static ncursesw and tinfo; the toolchain ships lld).
STATIC_EXECUTABLE = --static-swift-stdlib -Xswiftc -static-executable -Xswiftc -use-ld=lld -Xlinker -ltinfo
# The tests' Python environment: every package the Python checks use, pinned in one file
# (textstat for the reading grade, fhir.resources for the FHIR validation).
VENV = .build/venv
VENV_REQUIREMENTS = Tests/requirements.txt

.PHONY: all build run test snapshots bench install uninstall clean deps test-deps venv man completions

all: build

## deps: install the system packages the build and tests need (Debian), or say which.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncurses-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	$(INSTALL_MISSING)

## build: the release binary, fully static so it runs anywhere and starts fast (only the shipped
## program: the benchmark's own executable is built by `make bench`).
build: deps
	@$(SWIFT) build -c release --product discpath $(STATIC_EXECUTABLE) || { \
	  echo "make: a fully static link failed here; building with only the Swift runtime linked in" >&2; \
	  $(SWIFT) build -c release --product discpath --static-swift-stdlib; }

## run: build and open the intake (pass flags with ARGS="--audience patient").
run: build
	@status=0; $(RELEASE_BIN) $(ARGS) || status=$$?; [ $$status -le 1 ] || exit $$status  # 1: quit before a tier

## venv: the Python environment the readability and FHIR tests run in (made once; made anew
## when the pins change). Needs PyPI the first time; nothing is downloaded when the tests run.
venv: $(VENV)/.installed

$(VENV)/.installed: $(VENV_REQUIREMENTS) | deps
	python3 -m venv --clear $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r $(VENV_REQUIREMENTS)
	touch $@

## test-deps: what only the tests need: man and groff, to render the manual pages; strace, to
## check that the kiosk writes no file.
test-deps:
	@missing=""; command -v man >/dev/null 2>&1 || missing=" man-db"; \
	command -v groff >/dev/null 2>&1 || missing="$$missing groff-base"; \
	command -v strace >/dev/null 2>&1 || missing="$$missing strace"; \
	$(INSTALL_MISSING)

## test: every test: core, command line, screens, reading grade, FHIR validation, end-to-end runs
## in tmux, and make install with the manual pages and completions, which are generated here from
## the debug build before the tests start (nothing can build while swift test holds .build).
test: deps test-deps venv
	$(SWIFT) build --build-tests
	$(MAKE) --no-print-directory man completions CONFIGURATION=debug
	$(SWIFT) test --skip-build --disable-xctest

## snapshots: re-record the screen snapshots on purpose, then review them with git diff.
snapshots: deps
	DISCPATH_RECORD_SNAPSHOTS=1 $(SWIFT) test --disable-xctest --filter Snapshot

## bench: discpath side by side with dialog and whiptail through an 80x24 pseudo-terminal (CPU,
## wall time, peak memory and bytes of the first screen, a cursor move and a screen change), the
## core's decisions per second, and evaluate on 100,000 answer sets; prints a table and writes it
## to BENCHMARKS.md. Installs dialog, whiptail and GNU time if missing (as root).
bench: build
	$(SWIFT) build -c release --product discpath-bench $(STATIC_EXECUTABLE)
	@missing=""; command -v dialog >/dev/null 2>&1 || missing=" dialog"; \
	command -v whiptail >/dev/null 2>&1 || missing="$$missing whiptail"; [ -x /usr/bin/time ] || missing="$$missing time"; \
	$(INSTALL_MISSING)
	python3 bench/run.py $(RELEASE_BIN) .build/release/discpath-bench

## man: the manual pages, from swift-argument-parser's generate-manual plugin: discpath.1 with
## every command on one page, and a page per command (discpath.evaluate.1, ...). The plugin makes
## them from a debug build (the text is the same in every build; a release build run by the
## plugin would be relinked without --static-swift-stdlib). Then: no page for the help command
## (it says nothing 'discpath --help' does not); a blank line in a discussion, which separates
## paragraphs, becomes mdoc's .Pp.
man: $(MAN_STAMP)

$(MAN_STAMP): $(DEBUG_BIN)
	rm -rf $(MAN_OUT) $(MAN_PLUGIN_OUT)
	mkdir -p $(MAN_OUT)
	$(SWIFT) package generate-manual --configuration debug --multi-page --date $(MAN_DATE)
	cp $(MAN_PLUGIN_OUT)/discpath.*.1 $(MAN_OUT)/
	$(SWIFT) package generate-manual --configuration debug --date $(MAN_DATE)
	cp $(MAN_PLUGIN_OUT)/discpath.1 $(MAN_OUT)/
	rm -f $(MAN_OUT)/discpath.help.1
	sed -i 's/^$$/.Pp/' $(MAN_OUT)/*.1
	touch $@

## completions: bash, zsh and fish completions, from the binary.
completions: $(COMPLETIONS)

$(COMPLETIONS_OUT)/discpath.%: $(INSTALL_BIN)
	mkdir -p $(COMPLETIONS_OUT)
	$(INSTALL_BIN) --generate-completion-script $* > $@.partial
	mv $@.partial $@

ifeq ($(CONFIGURATION),release)
# A release install builds what it installs, and always asks the plugin for the pages: it builds
# the debug binary they come from when the sources changed.
$(RELEASE_BIN): build ;
$(MAN_STAMP): deps
$(DEBUG_BIN): ;
endif

## install: the binary, its manual pages and completions under $(DESTDIR)$(PREFIX).
install: $(INSTALL_BIN) man completions
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASH_COMPLETIONS_DIR)" "$(ZSH_COMPLETIONS_DIR)" "$(FISH_COMPLETIONS_DIR)"
	install -m 0755 $(INSTALL_BIN) "$(BINDIR)/discpath"
	install -m 0644 $(MAN_OUT)/*.1 "$(MANDIR)/"
	install -m 0644 $(COMPLETIONS_OUT)/discpath.bash "$(BASH_COMPLETIONS_DIR)/discpath"
	install -m 0644 $(COMPLETIONS_OUT)/discpath.zsh "$(ZSH_COMPLETIONS_DIR)/_discpath"
	install -m 0644 $(COMPLETIONS_OUT)/discpath.fish "$(FISH_COMPLETIONS_DIR)/discpath.fish"

## uninstall: removes what install put there (every discpath page), and no folder.
uninstall:
	rm -f "$(BINDIR)/discpath" "$(MANDIR)/discpath.1" "$(MANDIR)"/discpath.*.1 \
	  "$(BASH_COMPLETIONS_DIR)/discpath" "$(ZSH_COMPLETIONS_DIR)/_discpath" "$(FISH_COMPLETIONS_DIR)/discpath.fish"

clean:
	$(SWIFT) package clean
	rm -rf .build
