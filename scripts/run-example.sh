#!/usr/bin/env bash
# Sets up, builds, and draws today's inspections on the example county (青山县) in a scratch
# directory, prints them as a table, then verifies the draw the way an auditor would.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --product spotcheck
bin=$(swift build --show-bin-path)/spotcheck
scratch=${SPOTCHECK_SCRATCH:-$(mktemp -d /tmp/spotcheck-example.XXXXXX)}
mkdir -p "$scratch"

"$bin" draw --roster deploy/examples/county --output "$scratch/record.json" --seed-file "$scratch/seed.hex"
echo
echo "Record: $scratch/record.json   seed (secret until the day is over): $scratch/seed.hex"
"$bin" verify "$scratch/record.json" --seed-file "$scratch/seed.hex" --roster deploy/examples/county
python3 tools/verify_draw.py "$scratch/record.json" --seed-file "$scratch/seed.hex" --roster deploy/examples/county
