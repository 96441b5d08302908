#!/usr/bin/env bash
# Builds spotcheck and spotcheckd (release, Swift runtime linked in statically, so the host needs
# no Swift toolchain) and installs them with their systemd units, sysusers and tmpfiles snippets,
# journal catalog, man pages, example configuration and example roster.
#
#   PREFIX=/usr/local (default)   where binaries, catalog, man pages and examples go
#   DESTDIR=                      a staging root for packaging (nothing outside it is touched)
#   SPOTCHECK_BIN=DIR             install already built binaries from DIR instead of building
#
# Then, on the target machine (as root), the commands it prints at the end (docs/operations.md
# says more, also on upgrades, backups and uninstalling). The journal catalog and the man pages
# are found only with PREFIX=/usr or /usr/local (journalctl and man look nowhere else).
set -euo pipefail
cd "$(dirname "$0")/.."

PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
if [[ $PREFIX == /usr ]]; then
    unitdir=/usr/lib/systemd/system sysusersdir=/usr/lib/sysusers.d tmpfilesdir=/usr/lib/tmpfiles.d
else
    unitdir=/etc/systemd/system sysusersdir=/etc/sysusers.d tmpfilesdir=/etc/tmpfiles.d
fi

if [[ -n ${SPOTCHECK_BIN:-} ]]; then
    bin=$SPOTCHECK_BIN
else
    swift build -c release --static-swift-stdlib --product spotcheckd
    swift build -c release --static-swift-stdlib --product spotcheck
    bin=$(swift build -c release --show-bin-path)
fi

install -D -m 0755 "$bin/spotcheckd" "$DESTDIR$PREFIX/bin/spotcheckd"
install -D -m 0755 "$bin/spotcheck" "$DESTDIR$PREFIX/bin/spotcheck"
install -d -m 0755 "$DESTDIR$unitdir"
sed "s|/usr/local/bin/|$PREFIX/bin/|g" deploy/spotcheckd.service >"$DESTDIR$unitdir/spotcheckd.service"
chmod 0644 "$DESTDIR$unitdir/spotcheckd.service"
install -m 0644 deploy/spotcheckd.socket "$DESTDIR$unitdir/spotcheckd.socket"
install -D -m 0644 deploy/sysusers.d/spotcheck.conf "$DESTDIR$sysusersdir/spotcheck.conf"
install -D -m 0644 deploy/tmpfiles.d/spotcheck.conf "$DESTDIR$tmpfilesdir/spotcheck.conf"
install -D -m 0644 deploy/spotcheck.catalog "$DESTDIR$PREFIX/lib/systemd/catalog/spotcheck.catalog"
install -D -m 0644 deploy/spotcheck.zh_CN.catalog "$DESTDIR$PREFIX/lib/systemd/catalog/spotcheck.zh_CN.catalog"
install -D -m 0644 deploy/man/spotcheckd.8 "$DESTDIR$PREFIX/share/man/man8/spotcheckd.8"
install -D -m 0644 deploy/man/zh_CN/man8/spotcheckd.8 "$DESTDIR$PREFIX/share/man/zh_CN/man8/spotcheckd.8"
install -d -m 0755 "$DESTDIR$PREFIX/share/man/man1"
install -m 0644 deploy/man/*.1 "$DESTDIR$PREFIX/share/man/man1/"
install -d -m 0755 "$DESTDIR$PREFIX/share/man/zh_CN/man1"
install -m 0644 deploy/man/zh_CN/man1/*.1 "$DESTDIR$PREFIX/share/man/zh_CN/man1/"
install -D -m 0644 deploy/man/spotcheckd.toml.5 "$DESTDIR$PREFIX/share/man/man5/spotcheckd.toml.5"
install -D -m 0644 deploy/man/zh_CN/man5/spotcheckd.toml.5 "$DESTDIR$PREFIX/share/man/zh_CN/man5/spotcheckd.toml.5"
install -D -m 0644 deploy/completions/spotcheck.bash "$DESTDIR$PREFIX/share/bash-completion/completions/spotcheck"
install -D -m 0644 deploy/completions/_spotcheck "$DESTDIR$PREFIX/share/zsh/site-functions/_spotcheck"
install -D -m 0644 deploy/completions/spotcheck.fish "$DESTDIR$PREFIX/share/fish/vendor_completions.d/spotcheck.fish"
install -d -m 0755 "$DESTDIR$PREFIX/share/spotcheck/examples/county"
install -m 0644 deploy/examples/county/* "$DESTDIR$PREFIX/share/spotcheck/examples/county/"
install -D -m 0755 tools/verify_draw.py "$DESTDIR$PREFIX/share/spotcheck/verify_draw.py"
# The documents README.md points to, laid out as in the source so that their links hold:
# README.md, docs/*.md, and the schemas (schema/, which docs/json.md links as docs/schema/).
install -d -m 0755 "$DESTDIR$PREFIX/share/doc/spotcheck/schema" "$DESTDIR$PREFIX/share/doc/spotcheck/docs"
install -m 0644 README.md "$DESTDIR$PREFIX/share/doc/spotcheck/README.md"
install -m 0644 docs/*.md "$DESTDIR$PREFIX/share/doc/spotcheck/docs/"
install -m 0644 docs/schema/*.schema.json "$DESTDIR$PREFIX/share/doc/spotcheck/schema/"
ln -sfn ../schema "$DESTDIR$PREFIX/share/doc/spotcheck/docs/schema"

# The configuration and roster are the administrator's: never overwritten.
if [[ ! -e $DESTDIR/etc/spotcheck/spotcheckd.toml ]]; then
    install -D -m 0644 deploy/spotcheckd.toml "$DESTDIR/etc/spotcheck/spotcheckd.toml"
fi
# The roster holds personal data (declared conflicts and their reasons): readable by root and the
# daemon's group only. The group exists once systemd-sysusers ran; until then the tmpfiles
# snippet (systemd-tmpfiles --create) sets it.
if [[ ! -e $DESTDIR/etc/spotcheck/roster/departments.csv ]]; then
    install -d -m 0750 "$DESTDIR/etc/spotcheck/roster"
    install -m 0640 deploy/examples/county/*.csv "$DESTDIR/etc/spotcheck/roster/"
fi
chmod 0750 "$DESTDIR/etc/spotcheck/roster"
find "$DESTDIR/etc/spotcheck/roster" -maxdepth 1 -type f -exec chmod go-rwx,g+r {} +
if getent group spotcheck >/dev/null; then
    chgrp -R spotcheck "$DESTDIR/etc/spotcheck/roster"
fi
echo "installed into ${DESTDIR:-/} with PREFIX=$PREFIX"
if [[ $PREFIX != /usr && $PREFIX != /usr/local ]]; then
    echo "note: journalctl reads catalogs and man reads pages only under /usr and /usr/local; with" \
        "PREFIX=$PREFIX: mkdir -p /usr/local/lib/systemd/catalog &&" \
        "ln -s $PREFIX/lib/systemd/catalog/spotcheck*.catalog /usr/local/lib/systemd/catalog/;" \
        "export MANPATH=$PREFIX/share/man: (docs/operations.md)"
fi
cat <<NEXT
next, as root on the target machine:
  systemd-sysusers $sysusersdir/spotcheck.conf
  systemd-tmpfiles --create $tmpfilesdir/spotcheck.conf
  journalctl --update-catalog
  systemctl daemon-reload
  $PREFIX/bin/spotcheckd --check-config
  systemctl enable --now spotcheckd.socket spotcheckd
after an upgrade (the running daemon keeps the old binary until it restarts):
  systemctl daemon-reload && systemctl restart spotcheckd
NEXT
