# `make install` / `make uninstall`: the daemon as a system service. Included by the Makefile.
# DESTDIR stages a package root; with no DESTDIR the running systemd is told about the change.
PREFIX ?= /usr/local
BINDIR := $(PREFIX)/bin
DOCDIR := $(PREFIX)/share/doc/ingestd
UNITDIR ?= /etc/systemd/system
CATALOGDIR ?= /usr/lib/systemd/catalog
SYSUSERSDIR ?= /usr/lib/sysusers.d
TMPFILESDIR ?= /usr/lib/tmpfiles.d
CONFDIR ?= /etc/ingestd

.PHONY: install uninstall release

release: setup
	$(SWIFT) build -c release $(SWIFT_BUILD_FLAGS)

install: release
	install -D -m 0755 .build/release/ingestd $(DESTDIR)$(BINDIR)/ingestd
	install -D -m 0644 systemd/ingestd.service $(DESTDIR)$(UNITDIR)/ingestd.service
	install -D -m 0644 systemd/ingestd.catalog $(DESTDIR)$(CATALOGDIR)/ingestd.catalog
	install -D -m 0644 deploy/ingestd.sysusers $(DESTDIR)$(SYSUSERSDIR)/ingestd.conf
	install -D -m 0644 deploy/ingestd.tmpfiles $(DESTDIR)$(TMPFILESDIR)/ingestd.conf
	install -D -m 0644 README.md $(DESTDIR)$(DOCDIR)/README.md
	install -D -m 0644 deploy/ingestd.conf.example $(DESTDIR)$(DOCDIR)/ingestd.conf.example
	@if [ ! -e $(DESTDIR)$(CONFDIR)/ingestd.conf ]; then \
		install -D -m 0644 deploy/ingestd.conf.example $(DESTDIR)$(CONFDIR)/ingestd.conf; \
	else echo "install: keeping the existing $(CONFDIR)/ingestd.conf"; fi
	@if [ -z "$(DESTDIR)" ]; then \
		command -v systemd-sysusers >/dev/null && systemd-sysusers ingestd.conf; \
		command -v systemd-tmpfiles >/dev/null && systemd-tmpfiles --create ingestd.conf; \
		command -v journalctl >/dev/null && journalctl --update-catalog; \
		if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then systemctl daemon-reload; fi; \
		echo "installed: systemctl enable --now ingestd; add users to the ingestd group to let them drop files"; \
	fi

uninstall:
	@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then \
		systemctl disable --now ingestd 2>/dev/null || true; fi
	rm -f $(DESTDIR)$(BINDIR)/ingestd $(DESTDIR)$(UNITDIR)/ingestd.service \
		$(DESTDIR)$(CATALOGDIR)/ingestd.catalog $(DESTDIR)$(SYSUSERSDIR)/ingestd.conf \
		$(DESTDIR)$(TMPFILESDIR)/ingestd.conf
	rm -rf $(DESTDIR)$(DOCDIR)
	@if [ -z "$(DESTDIR)" ]; then \
		command -v journalctl >/dev/null && journalctl --update-catalog; \
		if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then systemctl daemon-reload; fi; \
	fi
	@echo "uninstall: kept $(CONFDIR) and /var/lib/ingestd (the store and the inbox); remove them by hand if wanted"
