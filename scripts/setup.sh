#!/usr/bin/env bash
# Installs what building and testing Spotcheck needs beyond the Swift toolchain, on Debian 12:
# libsystemd, SQLite and CaDiCaL headers, pkg-config, systemd's tools (systemd-analyze, journald for the
# journal tests, systemd-nspawn for the end-to-end check of deploy/), python3 (the
# independent verifier) and chromium (the public site's headless browser test). Installs only
# what is missing. `setup.sh --example` leaves out what only the tests need (chromium,
# systemd-journal-remote, Python's jsonschema), so that the example starts sooner.
set -euo pipefail
tests=true
[[ ${1:-} == --example ]] && tests=false

packages=()
need() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" || packages+=("$1"); }
need libsystemd-dev
need libsqlite3-dev
need libcadical-dev
need pkg-config
need systemd
need systemd-container
need python3-pip
if $tests; then
    need chromium
    need systemd-journal-remote
    need faketime
fi
command -v python3 >/dev/null 2>&1 || packages+=(python3 python3-pip)
command -v git >/dev/null 2>&1 || packages+=(git)

if ((${#packages[@]})); then
    if [[ $(id -u) -eq 0 ]]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
        echo "setup: need root (or sudo) to install: ${packages[*]}" >&2
        exit 1
    fi
    echo "setup: installing ${packages[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# Python's varlink package: an independent client for the control socket tests.
if ! python3 -c "import varlink" 2>/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check varlink 2>/dev/null ||
        python3 -m pip install --quiet --disable-pip-version-check --break-system-packages varlink ||
        echo "setup: could not install Python's varlink package; its tests will be skipped" >&2
fi

# jsonschema: the tests check every command's JSON against docs/schema.
if $tests && ! python3 -c "import jsonschema" 2>/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check jsonschema 2>/dev/null ||
        python3 -m pip install --quiet --disable-pip-version-check --break-system-packages jsonschema || {
        echo "setup: could not install Python's jsonschema (the JSON schema tests need it)" >&2
        exit 1
    }
fi

# python-sat: the independent verifier's feasibility oracle (tools/verify_draw.py). Installed for
# the python3 on PATH and for the system's /usr/bin/python3, which the tests run as other users.
for python in python3 /usr/bin/python3; do
    command -v "$python" >/dev/null 2>&1 || continue
    "$python" -c "import pysat" 2>/dev/null && continue
    "$python" -m pip install --quiet --disable-pip-version-check python-sat 2>/dev/null ||
        "$python" -m pip install --quiet --disable-pip-version-check --break-system-packages python-sat || {
        echo "setup: could not install python-sat for $python (tools/verify_draw.py needs it)" >&2
        exit 1
    }
done

if ! command -v swift >/dev/null 2>&1; then
    echo "setup: the Swift toolchain (6.1 or later) must be on PATH" >&2
    exit 1
fi
