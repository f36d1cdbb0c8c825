# discpath: build, run, test, install.
# `make run` and `make test` install what is missing on Debian (libncurses-dev, tmux) when run
# as root, and otherwise say exactly what to install.

SWIFT      ?= swift
PREFIX     ?= /usr/local
DESTDIR    ?=
BINDIR      = $(DESTDIR)$(PREFIX)/bin
RELEASE_BIN = .build/release/discpath
ARGS       ?=
# Packages the build and the end-to-end tests need, and a file each provides.
APT_PACKAGES = libncurses-dev tmux pkg-config python3-venv
# The readability test's Python environment: textstat and pyphen from PyPI, pinned.
READABILITY_VENV = .build/venv
READABILITY_REQUIREMENTS = Tests/Readability/requirements.txt

.PHONY: all build run test snapshots bench install uninstall clean deps readability-venv

all: build

## deps: install the system packages the build and tests need (Debian), or say which.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncurses-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing system packages:$$missing" >&2; \
	    echo "Install them with: sudo apt-get install$$missing" >&2; \
	    exit 1; \
	  fi; \
	fi

## build: the release binary, with the Swift runtime linked in so it runs anywhere (only the
## shipped program: the benchmark's own executable is built by `make bench`).
build: deps
	$(SWIFT) build -c release --static-swift-stdlib --product discpath

## run: build and open the intake (pass flags with ARGS="--audience patient").
run: build
	@status=0; $(RELEASE_BIN) $(ARGS) || status=$$?; [ $$status -le 1 ] || exit $$status  # 1: quit before a tier

## readability-venv: the Python environment the readability test runs in (once; again when the
## pins change). Needs PyPI the first time; nothing is downloaded when the test runs.
readability-venv: $(READABILITY_VENV)/.installed

$(READABILITY_VENV)/.installed: $(READABILITY_REQUIREMENTS) | deps
	python3 -m venv --clear $(READABILITY_VENV)
	$(READABILITY_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r $(READABILITY_REQUIREMENTS)
	touch $@

## test: every test: core, command line, screens, reading grade, and end-to-end runs in tmux.
test: deps readability-venv
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

## snapshots: re-record the screen snapshots on purpose, then review them with git diff.
snapshots: deps
	DISCPATH_RECORD_SNAPSHOTS=1 $(SWIFT) test --disable-xctest --filter Snapshot

## bench: discpath side by side with dialog and whiptail through an 80x24 pseudo-terminal (CPU,
## wall time, peak memory and bytes of the first screen, a cursor move and a screen change), the
## core's decisions per second, and evaluate on 100,000 answer sets; prints a table and writes it
## to BENCHMARKS.md. Installs dialog, whiptail and GNU time if missing (as root).
bench: build
	$(SWIFT) build -c release --static-swift-stdlib --product discpath-bench
	@missing=""; command -v dialog >/dev/null 2>&1 || missing="dialog"; \
	command -v whiptail >/dev/null 2>&1 || missing="$$missing whiptail"; [ -x /usr/bin/time ] || missing="$$missing time"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Install them with: sudo apt-get install $$missing" >&2; exit 1; \
	  fi; \
	fi
	python3 bench/run.py $(RELEASE_BIN) .build/release/discpath-bench

install: build
	install -d "$(BINDIR)"
	install -m 0755 $(RELEASE_BIN) "$(BINDIR)/discpath"

uninstall:
	rm -f "$(BINDIR)/discpath"

clean:
	$(SWIFT) package clean
	rm -rf .build
