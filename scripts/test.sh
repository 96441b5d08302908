#!/usr/bin/env bash
# Sets up the machine, builds everything and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
# Every test's scratch folder goes under one folder of its own, removed at the end, so that runs
# leave nothing behind in /tmp (sticky and open to all, like /tmp: some tests act as other users).
scratch=$(mktemp -d /tmp/spotcheck-tests.XXXXXX)
chmod 1777 "$scratch"
trap 'rm -rf "$scratch"' EXIT
TMPDIR=$scratch swift test
