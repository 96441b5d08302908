#!/usr/bin/env bash
# Sets up, builds, and runs spotcheckd in the foreground on the example county (青山县) in a
# scratch directory: it draws today's inspections at once, reveals them, and this script shows
# the task file an inspector reads, the environment that points the CLI at this daemon, and a
# few commands to try. Ctrl-C stops the daemon; so does any way this script ends (EXIT trap).
# No root-owned paths are used.
#
# Environment:
#   SPOTCHECK_SCRATCH       the scratch folder (default: a new one under /tmp)
#   SPOTCHECK_EXAMPLE_EXIT  1: stop the daemon and exit after showing the task file and the
#                           status, instead of running until Ctrl-C (for CI)
#   SPOTCHECK_EXAMPLE_BIN   a folder holding spotcheckd and spotcheck already built: skip the
#                           setup and the build
set -euo pipefail
cd "$(dirname "$0")/.."

daemon=
stop_daemon() {
    if [[ -n $daemon ]]; then
        kill -TERM "$daemon" 2>/dev/null || true
        wait "$daemon" 2>/dev/null || true
        echo "== spotcheckd (pid $daemon) stopped"
    fi
    daemon=
}
# Whatever ends the script (an error, Ctrl-C, the end of the example), the daemon goes with it.
trap stop_daemon EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ -n ${SPOTCHECK_EXAMPLE_BIN:-} ]]; then
    bin=$SPOTCHECK_EXAMPLE_BIN
else
    scripts/setup.sh --example
    echo "== building spotcheckd and spotcheck (debug)"
    echo "   The first build compiles about 450 files: allow 8 minutes on 2 cores (progress: [done/total]"
    echo "   below). Later runs take seconds."
    start=$SECONDS
    swift build --product spotcheckd
    swift build --product spotcheck
    echo "   built in $((SECONDS - start)) s"
    bin=$(swift build --show-bin-path)
fi
scratch=${SPOTCHECK_SCRATCH:-$(mktemp -d /tmp/spotcheck-example.XXXXXX)}
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)
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

[[pool]]
name = "key-posts"
targets_per_day = 2
draw_time = "00:00"
reveal_time = "00:00"
report_time = "09:00"
TOML

echo "== spotcheckd --check-config"
"$bin/spotcheckd" --config "$scratch/spotcheckd.toml" --check-config
echo "== starting spotcheckd in $scratch"
"$bin/spotcheckd" --config "$scratch/spotcheckd.toml" &
daemon=$!

today=$(TZ=Asia/Shanghai date +%F)
file=
for _ in $(seq 1 100); do
    for candidate in "$scratch/state/tasks/"*/"$today.json"; do
        if [[ -f $candidate ]] && grep -qE '"drawI[dD]"' "$candidate"; then
            file=$candidate
            break 2
        fi
    done
    sleep 0.1
done
if [[ -z $file ]]; then
    echo "no task file appeared; see the messages above" >&2
    exit 1
fi
sleep 0.5
login=$(basename "$(dirname "$file")")
echo
echo "== an inspector's task file: $file"
# The first 40 lines, without a pipe that `set -o pipefail` would turn into a failure.
python3 - "$file" <<'PY'
import json, sys
lines = json.dumps(json.load(open(sys.argv[1], encoding="utf-8")), ensure_ascii=False, indent=4).splitlines()
print("\n".join(lines[:40]))
if len(lines) > 40:
    print("   … (%d more lines)" % (len(lines) - 40))
PY

why=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1]))["assignments"][0]; print(a["team"][0]["id"], a["target"]["id"])' "$file")
echo
echo "== point the CLI at this daemon (in another terminal):"
echo "export PATH=\"$bin:\$PATH\" SPOTCHECK_SOCKET=$scratch/control SPOTCHECK_TASKS=$scratch/state/tasks"
echo
echo "   then try:"
hint() { printf '     %-40s # %s\n' "$1" "$2"; }
hint "spotcheck status" "next event, pools, time zone, last draw"
hint "spotcheck today --login $login" "the task above, as $login reads it"
hint "spotcheck teams" "every team of today, for coordinators"
hint "spotcheck departments list" "the roster the daemon holds"
hint "spotcheck why $why" "may this inspector go there?"
hint "spotcheck --help" "every command, with examples"
cat <<TEXT

Every inspector's file for today: ls $scratch/state/tasks/*/$today.json (most hold no assignment).
At 23:59:59 (Asia/Shanghai) the daemon reveals the seed and writes the public record to
$scratch/state/public/.
The daemon runs in this terminal, not under systemd: its log is printed here (spotcheck log reads
the journal of the daemons systemd runs).
TEXT

if [[ ${SPOTCHECK_EXAMPLE_EXIT:-} == 1 ]]; then
    echo
    echo "== spotcheck status"
    # Once every pool's draw of today is revealed and the daemon says what comes next.
    for _ in $(seq 1 150); do
        status=$(SPOTCHECK_SOCKET=$scratch/control "$bin/spotcheck" status 2>&1 || true)
        [[ $status == *"not yet revealed"* || $status == *"nothing scheduled"* ]] || break
        sleep 0.1
    done
    echo "$status"
    exit 0
fi
echo "The daemon keeps running; Ctrl-C stops it."
wait "$daemon"
