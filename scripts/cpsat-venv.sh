#!/usr/bin/env bash
# Creates the benchmark's own Python virtual environment with OR-Tools, for
# `spotcheck bench --compare` (tools/cpsat_bench.py) and CPSATAgreementTests. A benchmark tool,
# never a product dependency: nothing shipped imports it.
#
#   scripts/cpsat-venv.sh [VENV]     # default .build/cpsat-venv
#
# `bench --compare` creates the same environment itself when it is missing; this script does it
# ahead of time (for example before a run that must not wait for pip).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${1:-.build/cpsat-venv}
if "$venv/bin/python" -c 'import ortools' 2>/dev/null; then
    echo "$venv has OR-Tools $("$venv/bin/python" -c 'import ortools; print(ortools.__version__)')"
    exit 0
fi
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet ortools
echo "$venv has OR-Tools $("$venv/bin/python" -c 'import ortools; print(ortools.__version__)')"
