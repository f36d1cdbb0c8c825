# discpath: build, run, test, install, package.
# `make run` and `make test` install what is missing on Debian when run as root (never under
# fakeroot), and otherwise say exactly what to install. `make build` and `make install` need only
# what the build needs (libncurses-dev, pkg-config); the test tools are `make test`'s alone.

SWIFT      ?= swift
PREFIX     ?= /usr/local
DESTDIR    ?=
BINDIR      = $(DESTDIR)$(PREFIX)/bin
MANDIR      = $(DESTDIR)$(PREFIX)/share/man/man1
DOCDIR      = $(DESTDIR)$(PREFIX)/share/doc/discpath
BASH_COMPLETIONS_DIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
# Where the distribution's zsh looks: Debian's zsh reads /usr/share/zsh/vendor-completions, and
# /usr/local/share/zsh/site-functions for local installs.
ifeq ($(PREFIX),/usr)
ZSH_COMPLETIONS_DIR  = $(DESTDIR)$(PREFIX)/share/zsh/vendor-completions
else
ZSH_COMPLETIONS_DIR  = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
endif
FISH_COMPLETIONS_DIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
# The kiosk's systemd unit (installed disabled) and the sysusers.d entry for its user. Debian 12
# keeps units under /lib: `make deb` sets SYSTEMD_DIR=/lib/systemd.
SYSTEMD_DIR ?= $(PREFIX)/lib/systemd
SYSUSERS_DIR ?= $(PREFIX)/lib/sysusers.d
UNIT_DIR     = $(DESTDIR)$(SYSTEMD_DIR)/system
SYSUSERS_INSTALL_DIR = $(DESTDIR)$(SYSUSERS_DIR)
# The installed program carries no debugging information (`make install STRIP=:` keeps it).
STRIP      ?= strip --remove-section=.comment --remove-section=.note
# The build `make install` copies and takes the pages and completions from: release (built by
# it), or debug (built beforehand by `swift build`; nothing is built then, so the tests can run
# it while `swift test` holds the build directory).
CONFIGURATION ?= release
# How the program is linked. static (the default): one file that runs on any x86-64 Linux and
# starts fastest. system: the Swift runtime linked in, the system's libc and ncursesw shared, as
# Debian wants (security updates reach it), for `make deb`; a release build of it lives in
# .build-system so that make build's stays. (--static-swift-stdlib only changes the link, so a
# debug build is relinked in place.)
LINKAGE    ?= static
# A fully static executable starts about a third faster and smaller than one that loads shared
# libraries (Debian's libncurses-dev ships the static ncursesw and tinfo; the toolchain ships lld).
# The functions the first screen runs are linked together at the start of .text, in the order of
# bench/link-order.txt (`make link-order` makes it anew from a profile): the start then touches a
# few dozen pages of code rather than pages all over the binary, about half the first screen's
# peak memory. A symbol the file names that is gone is skipped: a stale file costs memory only.
LINK_ORDER = $(CURDIR)/bench/link-order.txt
STATIC_EXECUTABLE = --static-swift-stdlib -Xswiftc -static-executable -Xswiftc -use-ld=lld -Xlinker -ltinfo \
	-Xlinker --symbol-ordering-file=$(LINK_ORDER) -Xlinker --no-warn-symbol-ordering
# The static Swift runtime alone: Foundation's static libraries need these named (the toolchain
# does not say so itself).
STATIC_SWIFT_RUNTIME = --static-swift-stdlib -Xlinker -l_FoundationCollections -Xlinker -l_FoundationCShims -Xlinker -lswiftSynchronization \
	-Xlinker -z -Xlinker relro -Xlinker -z -Xlinker now
ifeq ($(LINKAGE),system)
LINK_FLAGS  = $(STATIC_SWIFT_RUNTIME)
ifeq ($(CONFIGURATION),release)
SCRATCH     = .build-system
endif
else
LINK_FLAGS  = $(STATIC_EXECUTABLE)
endif
SCRATCH    ?= .build
RELEASE_BIN = .build/release/discpath
INSTALL_BIN = $(SCRATCH)/$(CONFIGURATION)/discpath
# Makes the manual pages and completions from the program's own help (not installed).
DOCS_TOOL   = $(SCRATCH)/$(CONFIGURATION)/discpath-docs
# Manual pages and completions, generated at build time, not committed.
SHARE_OUT       = $(SCRATCH)/share
MAN_OUT         = $(SHARE_OUT)/man
COMPLETIONS_OUT = $(SHARE_OUT)/completions
DOCS_STAMP      = $(SHARE_OUT)/.generated-$(CONFIGURATION)
# The pages' date: SOURCE_DATE_EPOCH when set (reproducible builds), else the last commit's, so
# the pages do not change from one build to the next; today's only with neither.
MAN_DATE := $(shell if [ -n "$(SOURCE_DATE_EPOCH)" ]; then date -u -d "@$(SOURCE_DATE_EPOCH)" +%F; \
	elif [ -e .git ] && git log -1 --format=%cs 2>/dev/null | grep -q .; then git log -1 --format=%cs; else date -u +%F; fi)
ARGS       ?=
# The end of every recipe that checks for Debian packages: with `missing` set to the packages not
# found, installs them as root (apt-get update first), or stops saying exactly what to install.
# Never under fakeroot (a package build), where root is pretend.
INSTALL_MISSING = if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && [ -z "$$FAKEROOTKEY" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing system packages:$$missing" >&2; \
	    echo "Install them with: sudo apt-get install$$missing" >&2; \
	    exit 1; \
	  fi; \
	fi

# The tests' Python environment: every package the Python checks use, pinned in one file
# (textstat for the reading grade, fhir.resources for the FHIR validation).
VENV = .build/venv
VENV_REQUIREMENTS = Tests/requirements.txt
# The Debian package.
DEB_WORK  = .build/deb
DEB_ROOT  = $(DEB_WORK)/root
# Where the package is written.
DEB_OUT  ?= .

.PHONY: all build run test snapshots bench link-order install uninstall clean deps test-deps deb-deps venv man completions docs deb

all: build

## deps: the system packages the build needs (Debian): installs them as root, or says which.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncurses-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	$(INSTALL_MISSING)

## build: the release binary, fully static so it runs anywhere and starts fast (only the shipped
## program: the benchmark's own executable is built by `make bench`). LINKAGE=system builds the
## one `make deb` packages.
build: deps
ifeq ($(LINKAGE),system)
	$(SWIFT) build -c release --scratch-path $(SCRATCH) --product discpath $(LINK_FLAGS)
else
	@# SwiftPM does not see the order file change: link anew when it is newer than the binary.
	@[ ! $(RELEASE_BIN) -ot $(LINK_ORDER) ] || rm -f $(RELEASE_BIN)
	@$(SWIFT) build -c release --product discpath $(STATIC_EXECUTABLE) || { \
	  echo "make: a fully static link failed here; building with only the Swift runtime linked in" >&2; \
	  $(SWIFT) build -c release --product discpath $(STATIC_SWIFT_RUNTIME); }
endif

## run: build and open the intake (pass flags with ARGS="--audience patient").
run: build
	@status=0; $(RELEASE_BIN) $(ARGS) || status=$$?; [ $$status -le 1 ] || exit $$status  # 1: quit before a tier

## venv: the Python environment the readability and FHIR tests run in (made once; made anew
## when the pins change). Needs PyPI the first time; nothing is downloaded when the tests run.
venv: $(VENV)/.installed

$(VENV)/.installed: $(VENV_REQUIREMENTS) | test-deps
	python3 -m venv --clear $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r $(VENV_REQUIREMENTS)
	touch $@

## test-deps: what only the tests need: tmux, the terminal the end-to-end tests drive; python3-venv,
## for the Python checkers; man, groff and mandoc, to render and lint the manual pages; strace, to
## check that the kiosk writes no file; zsh, fish and bash-completion, to try the completions;
## lintian, to judge the Debian package (and dpkg-dev, which builds it); systemd, to check the
## kiosk's unit and its user (nothing is started).
test-deps:
	@missing=""; command -v tmux >/dev/null 2>&1 || missing=" tmux"; \
	python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	command -v man >/dev/null 2>&1 || missing="$$missing man-db"; \
	command -v groff >/dev/null 2>&1 || missing="$$missing groff-base"; \
	command -v mandoc >/dev/null 2>&1 || missing="$$missing mandoc"; \
	command -v strace >/dev/null 2>&1 || missing="$$missing strace"; \
	command -v zsh >/dev/null 2>&1 || missing="$$missing zsh"; \
	command -v fish >/dev/null 2>&1 || missing="$$missing fish"; \
	[ -f /usr/share/bash-completion/bash_completion ] || missing="$$missing bash-completion"; \
	command -v lintian >/dev/null 2>&1 || missing="$$missing lintian"; \
	command -v dpkg-shlibdeps >/dev/null 2>&1 || missing="$$missing dpkg-dev"; \
	command -v systemd-analyze >/dev/null 2>&1 || missing="$$missing systemd"; \
	$(INSTALL_MISSING)

## test: every test: core, command line, screens, reading grade, FHIR validation, end-to-end runs
## in tmux, make install with the manual pages and completions, and make deb. What those need is
## made here from the debug build before the tests start (nothing can build while swift test
## holds .build): the debug binary relinked as the package links it, and its pages and
## completions.
test: deps test-deps venv
	@# SwiftPM keeps the last build's linker flags in its manifest (debug.yaml) when only the flags
	@# change, so after the static relink below a plain build would link the tests with them and
	@# fail (cannot find -l_FoundationCShims) on a second `make test`: each build starts afresh.
	rm -f .build/debug.yaml
	$(SWIFT) build --build-tests
	rm -f .build/debug.yaml
	$(SWIFT) build --product discpath $(STATIC_SWIFT_RUNTIME)
	$(MAKE) --no-print-directory docs CONFIGURATION=debug
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

## link-order: bench/link-order.txt anew, from callgrind's profile of the release build's first
## screen, a Down and the rehearsal's first screen; commit it with the code it was made from.
## Needs valgrind.
link-order: build
	python3 bench/link_order.py $(RELEASE_BIN) bench/link-order.txt

## man, completions: the manual pages (discpath.1, and discpath-evaluate.1 and so on, one per
## command) and the bash, zsh and fish completions, made by discpath-docs from the program's own
## help (`discpath --experimental-dump-help`) and Sources/CommandDocs/DiscpathManual.swift.
man completions: docs
docs: $(DOCS_STAMP)

$(DOCS_STAMP): $(INSTALL_BIN) $(DOCS_TOOL)
	rm -rf $(MAN_OUT) $(COMPLETIONS_OUT)
	mkdir -p $(SHARE_OUT)
	$(INSTALL_BIN) --experimental-dump-help > $(SHARE_OUT)/help.json.partial
	mv $(SHARE_OUT)/help.json.partial $(SHARE_OUT)/help.json
	$(DOCS_TOOL) $(SHARE_OUT)/help.json $(MAN_DATE) $(MAN_OUT) $(COMPLETIONS_OUT)
	rm -f $(SHARE_OUT)/.generated-*
	touch $@

ifeq ($(CONFIGURATION),release)
# A release install builds what it installs, and the tool that writes the pages with the same
# flags, so nothing is compiled twice.
$(INSTALL_BIN): build ;
$(DOCS_TOOL): build
	$(SWIFT) build -c release --scratch-path $(SCRATCH) --product discpath-docs $(LINK_FLAGS)
endif

## install: the binary (stripped), its manual pages, completions, the kiosk's systemd unit
## (disabled) and its user, and the NOTICE, under $(DESTDIR)$(PREFIX).
install: $(INSTALL_BIN) docs
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASH_COMPLETIONS_DIR)" "$(ZSH_COMPLETIONS_DIR)" "$(FISH_COMPLETIONS_DIR)" \
	  "$(UNIT_DIR)" "$(SYSUSERS_INSTALL_DIR)" "$(DOCDIR)"
	install -m 0755 $(INSTALL_BIN) "$(BINDIR)/discpath"
	$(STRIP) "$(BINDIR)/discpath"
	install -m 0644 $(MAN_OUT)/*.1 "$(MANDIR)/"
	install -m 0644 $(COMPLETIONS_OUT)/discpath.bash "$(BASH_COMPLETIONS_DIR)/discpath"
	install -m 0644 $(COMPLETIONS_OUT)/discpath.zsh "$(ZSH_COMPLETIONS_DIR)/_discpath"
	install -m 0644 $(COMPLETIONS_OUT)/discpath.fish "$(FISH_COMPLETIONS_DIR)/discpath.fish"
	sed 's|@BINDIR@|$(PREFIX)/bin|g' packaging/discpath-kiosk.service.in > "$(UNIT_DIR)/discpath-kiosk.service"
	chmod 0644 "$(UNIT_DIR)/discpath-kiosk.service"
	install -m 0644 packaging/discpath-kiosk.sysusers "$(SYSUSERS_INSTALL_DIR)/discpath-kiosk.conf"
	install -m 0644 NOTICE "$(DOCDIR)/NOTICE"

## uninstall: removes what install put there (every discpath page), and no folder.
uninstall:
	rm -f "$(BINDIR)/discpath" "$(MANDIR)/discpath.1" "$(MANDIR)"/discpath-*.1 \
	  "$(BASH_COMPLETIONS_DIR)/discpath" "$(ZSH_COMPLETIONS_DIR)/_discpath" "$(FISH_COMPLETIONS_DIR)/discpath.fish" \
	  "$(UNIT_DIR)/discpath-kiosk.service" "$(SYSUSERS_INSTALL_DIR)/discpath-kiosk.conf" "$(DOCDIR)/NOTICE"

## deb-deps: what `make deb` needs beyond the build: dpkg-shlibdeps (dpkg-dev), which names the
## shared libraries the package depends on.
deb-deps:
	@missing=""; command -v dpkg-shlibdeps >/dev/null 2>&1 || missing=" dpkg-dev"; \
	$(INSTALL_MISSING)

## deb: discpath_VERSION_ARCH.deb in the current folder, from a staged `make install PREFIX=/usr`:
## the release binary with the Swift runtime linked in and the system's libraries shared, stripped;
## gzipped manual pages; completions where Debian's shells look; the kiosk's unit, disabled, and
## never a PIN; the copyright file. Checked with lintian when it is installed (make test installs
## it). CONFIGURATION=debug packages the debug build instead (the tests do, to build nothing).
deb: deps deb-deps
	rm -rf $(DEB_WORK)
	$(MAKE) --no-print-directory install LINKAGE=system PREFIX=/usr SYSTEMD_DIR=/lib/systemd DESTDIR=$(abspath $(DEB_ROOT))
	gzip -9n $(DEB_ROOT)/usr/share/man/man1/*.1
	install -m 0644 packaging/copyright $(DEB_ROOT)/usr/share/doc/discpath/
	@set -e; \
	version=$$($(DEB_ROOT)/usr/bin/discpath --version | cut -d' ' -f2); \
	arch=$$(dpkg --print-architecture); \
	date=$$(date -u -R -d "$(MAN_DATE)"); \
	maintainer="$${DEB_MAINTAINER:-discpath maintainers <maintainers@discpath.example.org>}"; \
	printf 'discpath (%s) unstable; urgency=medium\n\n  * Built from the discpath sources with make deb.\n\n -- %s  %s\n' \
	  "$$version" "$$maintainer" "$$date" | gzip -9n > $(DEB_ROOT)/usr/share/doc/discpath/changelog.gz; \
	mkdir -p $(DEB_WORK)/debian $(DEB_ROOT)/DEBIAN; \
	printf 'Source: discpath\n\nPackage: discpath\nArchitecture: any\n' > $(DEB_WORK)/debian/control; \
	depends=$$(cd $(DEB_WORK) && dpkg-shlibdeps -O -eroot/usr/bin/discpath | sed -n 's/^shlibs:Depends=//p'); \
	size=$$(du -sk --exclude=DEBIAN $(DEB_ROOT) | cut -f1); \
	sed -e "s|@VERSION@|$$version|" -e "s|@ARCH@|$$arch|" -e "s|@DEPENDS@|$$depends|" -e "s|@SIZE@|$$size|" \
	  -e "s|@MAINTAINER@|$$maintainer|" packaging/control.in > $(DEB_ROOT)/DEBIAN/control; \
	(cd $(DEB_ROOT) && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) > $(DEB_ROOT)/DEBIAN/md5sums; \
	export SOURCE_DATE_EPOCH=$${SOURCE_DATE_EPOCH:-$$(date -u -d "$(MAN_DATE)" +%s)}; \
	deb=$(DEB_OUT)/discpath_$${version}_$${arch}.deb; \
	dpkg-deb --root-owner-group -Zxz --build $(DEB_ROOT) $$deb >/dev/null; \
	echo "make: built $$deb"; \
	if command -v lintian >/dev/null 2>&1; then lintian --fail-on error $$deb; \
	else echo "make: lintian is not installed: the package was not checked" >&2; fi

clean:
	$(SWIFT) package clean
	rm -rf .build .build-system
