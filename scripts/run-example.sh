#!/usr/bin/env bash
# Sets up, builds, and runs spotcheckd in the foreground on the example county (青山县) in a
# scratch directory: it draws today's inspections at once, reveals them, and this script shows
# the task file an inspector reads. Ctrl-C stops the daemon. No root-owned paths are used.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --product spotcheckd
swift build --product spotcheck
bin=$(swift build --show-bin-path)
scratch=${SPOTCHECK_SCRATCH:-$(mktemp -d /tmp/spotcheck-example.XXXXXX)}
mkdir -p "$scratch"
roster=$(pwd)/deploy/examples/county

# Every day is a working day here, and the draw and reveal times are midnight: starting now is
# "after the draw time", so the daemon draws at once.
cat >"$scratch/spotcheckd.toml" <<TOML
[paths]
state = "state"
tasks = "state/tasks"
public = "state/public"
control_socket = "control"
roster = "$roster"

[calendar]
time_zone = "Asia/Shanghai"
weekend = []
day_end = "23:59:59"

[[pool]]
name = "county"
targets_per_day = 3
draw_time = "00:00"
reveal_time = "00:00"
report_time = "09:00"
TOML

echo "== spotcheckd --check-config"
"$bin/spotcheckd" --config "$scratch/spotcheckd.toml" --check-config
echo "== starting spotcheckd in $scratch (Ctrl-C stops it)"
"$bin/spotcheckd" --config "$scratch/spotcheckd.toml" &
daemon=$!
trap 'kill -TERM $daemon 2>/dev/null; wait $daemon' INT TERM

today=$(TZ=Asia/Shanghai date +%F)
for _ in $(seq 1 100); do
    file=$(grep -l '"drawID"' "$scratch/state/tasks/"*/"$today.json" 2>/dev/null | head -n 1 || true)
    [[ -n $file ]] && break
    sleep 0.1
done
if [[ -z ${file:-} ]]; then
    echo "no task file appeared; see the messages above" >&2
    kill -TERM $daemon
    exit 1
fi
sleep 0.5
echo
echo "== an inspector's task file: $file"
python3 -m json.tool --no-ensure-ascii "$file" | head -n 40
echo "   …"
echo
echo "Every inspector's file for today: ls $scratch/state/tasks/*/$today.json (most hold no assignment)"
echo "The daemon keeps running; at 23:59:59 (Asia/Shanghai) it reveals the seed and writes the public"
echo "record to $scratch/state/public/. Ctrl-C stops it."
wait $daemon
