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
# The tests' Python environment: every package the Python checks use, pinned in one file
# (textstat for the reading grade, fhir.resources for the FHIR validation).
VENV = .build/venv
VENV_REQUIREMENTS = Tests/requirements.txt

.PHONY: all build run test snapshots bench install uninstall clean deps venv

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

## build: the release binary, with the Swift runtime linked in so it runs anywhere.
build: deps
	$(SWIFT) build -c release --static-swift-stdlib

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

## test: every test: core, command line, screens, reading grade, FHIR validation, and
## end-to-end runs in tmux.
test: deps venv
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

## snapshots: re-record the screen snapshots on purpose, then review them with git diff.
snapshots: deps
	DISCPATH_RECORD_SNAPSHOTS=1 $(SWIFT) test --disable-xctest --filter Snapshot

## bench: time and memory of discpath's modes, as ratios against dialog run side by side.
bench: build
	@missing=""; command -v dialog >/dev/null 2>&1 || missing="dialog"; [ -x /usr/bin/time ] || missing="$$missing time"; \
	if [ -n "$$missing" ]; then if [ "$$(id -u)" = 0 ]; then apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Install them with: sudo apt-get install $$missing" >&2; exit 1; fi; fi
	python3 bench/run.py $(RELEASE_BIN)

install: build
	install -d "$(BINDIR)"
	install -m 0755 $(RELEASE_BIN) "$(BINDIR)/discpath"

uninstall:
	rm -f "$(BINDIR)/discpath"

clean:
	$(SWIFT) package clean
	rm -rf .build
