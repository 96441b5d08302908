#!/usr/bin/env bash
# End-to-end check of deploy/ under a real systemd: boots a container over the host's /usr
# (systemd-nspawn --volatile=yes), installs what deploy/install.sh staged, and checks that the
# hardened, socket-activated service starts (READY), draws, reveals task files with the right
# modes, answers on its control socket, reloads (and refuses a bad configuration on reload,
# keeping the running one), and stops and restarts without breaking spotcheckd.socket; that the
# documented restore run as root leaves a state the service starts on, that a configuration error
# (exit 78) is not restarted, and that a failing start gives up (the socket with it) with a
# journal line naming the file's owner and the fix. Needs root and systemd-container.
#
#   scripts/e2e-systemd.sh STAGE     STAGE: a DESTDIR filled by deploy/install.sh (PREFIX=/usr/local)
#   SPOTCHECK_E2E_BIND=DIR            also bind DIR read-only (e.g. the Swift runtime of debug binaries)
set -euo pipefail
stage=${1:?usage: scripts/e2e-systemd.sh STAGE}
stage=$(cd "$stage" && pwd)
[[ $(id -u) -eq 0 ]] || { echo "e2e: needs root" >&2; exit 1; }
command -v systemd-nspawn >/dev/null || { echo "e2e: needs systemd-nspawn (apt-get install systemd-container)" >&2; exit 1; }

# The service runs as its own user, which must reach the staged binaries.
chmod 755 "$stage"
work=$(mktemp -d /tmp/spotcheck-e2e.XXXXXX)
chmod 755 "$work"
log=$work/container.log
# Draw a few seconds after start-up, reveal right after, in a zone where it is about noon now,
# so that the schedule never crosses midnight.
offset=$((12 - 10#$(date -u +%H)))
if ((offset > 0)); then zone=Etc/GMT-$offset; elif ((offset < 0)); then zone=Etc/GMT+$((-offset)); else zone=Etc/GMT; fi
draw=$(TZ=$zone date -d '+25 seconds' +%H:%M:%S)
reveal=$(TZ=$zone date -d '+30 seconds' +%H:%M:%S)
cat >"$work/spotcheckd.toml" <<TOML
[paths]
roster = "/etc/spotcheck/roster"
[calendar]
time_zone = "$zone"
weekend = []
day_end = "23:59:59"
[[pool]]
name = "county"
targets_per_day = 3
draw_time = "$draw"
reveal_time = "$reveal"
TOML
cat >"$work/setup.sh" <<'SH'
#!/bin/bash
set -e
cp -a /opt/stage/etc/. /etc/
cp /opt/work/spotcheckd.toml /etc/spotcheck/spotcheckd.toml
# /usr is the host's, read-only: run the staged binaries from where they are.
sed -i 's|/usr/local/bin/|/opt/stage/usr/local/bin/|' /etc/systemd/system/spotcheckd.service
systemd-sysusers
systemd-tmpfiles --create /etc/tmpfiles.d/spotcheck.conf
useradd -M -N -s /bin/sh -G spotcheck-auditors e2e-auditor
systemctl daemon-reload
systemctl enable --now spotcheckd.socket spotcheckd.service
SH
chmod +x "$work/setup.sh"

timeout 240 systemd-nspawn -D / --volatile=yes --register=no --keep-unit --console=passive \
    --bind-ro="$stage":/opt/stage --bind-ro="$work":/opt/work \
    ${SPOTCHECK_E2E_BIND:+--bind-ro="$SPOTCHECK_E2E_BIND"} \
    -b -- systemd.firstboot=off </dev/null >"$log" 2>&1 &
nspawn=$!
trap 'kill $nspawn 2>/dev/null || true; wait $nspawn 2>/dev/null || true; rm -rf "$work"' EXIT

container=""
for _ in $(seq 1 100); do
    helper=$(pgrep -P $nspawn | head -n 1 || true)
    [[ -n $helper ]] && container=$(pgrep -P "$helper" -x systemd | head -n 1 || true)
    [[ -n $container ]] && nsenter -t "$container" -a systemctl is-system-running --wait >/dev/null 2>&1 && break
    sleep 0.2
done
[[ -n $container ]] || { echo "e2e: the container did not boot"; tail -20 "$log"; exit 1; }
inside() { nsenter -t "$container" -a env PATH=/opt/stage/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"; }
fail() { echo "e2e FAILED: $*" >&2; inside journalctl -u spotcheckd --no-pager -n 30 >&2 || true; exit 1; }

inside /opt/work/setup.sh || fail "setup"
inside systemctl is-active --quiet spotcheckd || fail "spotcheckd is not active"
inside systemctl show spotcheckd -p StatusText | grep -q "next" || fail "no STATUS from sd_notify"
echo "e2e: spotcheckd is active under systemd: $(inside systemctl show spotcheckd -p StatusText --value)"

inside spotcheck status | grep -q "roster: 40 departments" || fail "spotcheck status over the activated socket"
as() { local user=$1; shift; inside setpriv --reuid="$user" --regid=users --init-groups "$@"; }
as e2e-auditor spotcheck verify --chain >/dev/null || fail "an auditor cannot check the chain"
as e2e-auditor spotcheck order county d-shuiwu --reason x >/dev/null 2>&1 && fail "an auditor ordered an inspection"

today=$(TZ=$zone date +%F)
for _ in $(seq 1 60); do
    inside sh -c "ls /var/lib/spotcheck/tasks/*/$today.json" >/dev/null 2>&1 && break
    sleep 1
done
inside sh -c "ls /var/lib/spotcheck/tasks/*/$today.json" >/dev/null 2>&1 || fail "no task files after the reveal time"
login=$(inside sh -c "ls /var/lib/spotcheck/tasks | head -n 1")
modes=$(inside stat -c '%a %U' /var/lib/spotcheck /var/lib/spotcheck/tasks "/var/lib/spotcheck/tasks/$login" /var/lib/spotcheck/private /var/lib/spotcheck/private/state.sqlite /var/lib/spotcheck/private/anchor.json | tr '\n' ' ')
[[ $modes == "711 spotcheck 711 spotcheck 700 spotcheck 700 spotcheck 600 spotcheck 600 spotcheck " || $modes == "711 spotcheck 711 spotcheck 750 spotcheck 700 spotcheck 600 spotcheck 600 spotcheck " ]] || fail "modes: $modes"
inside runuser -u nobody -- stat /var/lib/spotcheck/private/state.sqlite >/dev/null 2>&1 && fail "another user can stat the database"
grep -q SPOTCHECK_SEED_SHA256 <<<"$(inside journalctl -u spotcheckd -o json MESSAGE_ID=1db5e38a1f2241d9a06971cb4e154efb)" ||
    fail "no draw commitment in the journal"

limits=$(inside systemctl show spotcheckd -p LimitNOFILE -p MemoryMax -p TasksMax -p LogRateLimitBurst | sort | tr '\n' ' ')
[[ $limits == "LimitNOFILE=4096 LogRateLimitBurst=20000 MemoryMax=536870912 TasksMax=256 " ]] || fail "limits: $limits"

inside systemctl reload spotcheckd || fail "reload"
inside systemctl is-active --quiet spotcheckd || fail "not active after reload"

# A bad configuration: the reload fails, `systemctl status` says why, the running one stays.
inside cp /etc/spotcheck/spotcheckd.toml /etc/spotcheck/spotcheckd.toml.good
inside sh -c 'echo "nonsense = 1" >>/etc/spotcheck/spotcheckd.toml'
inside systemctl reload spotcheckd 2>/dev/null && fail "reload accepted a bad configuration"
# (Captured first: with pipefail, grep -q closing the pipe early would fail the pipeline.)
status=$(inside systemctl status spotcheckd --no-pager -n 30 2>&1 || true)
grep -q "spotcheckd.toml:[0-9]*: pool.nonsense: unknown key" <<<"$status" ||
    fail "systemctl status does not say why the reload failed"
inside systemctl is-active --quiet spotcheckd || fail "not active after a refused reload"
inside spotcheck status | grep -q "county" || fail "not answering after a refused reload"
inside mv /etc/spotcheck/spotcheckd.toml.good /etc/spotcheck/spotcheckd.toml
inside systemctl reload spotcheckd || fail "reload of the restored configuration"
echo "e2e: a bad configuration is refused on reload: $(inside systemctl status spotcheckd --no-pager -n 30 2>&1 | grep -m1 'pool.nonsense: unknown key' | sed 's/^.*spotcheckd\[[0-9]*\]: //')"

# Restart, stop and start: spotcheckd.socket stays active and clients are answered throughout.
socket_ok() {
    inside systemctl is-active --quiet spotcheckd.socket || fail "spotcheckd.socket is not active $1"
    inside timeout 30 spotcheck status | grep -q "county" || fail "no answer on the control socket $1"
}
inside systemctl restart spotcheckd || fail "restart"
socket_ok "after a restart"
inside systemctl stop spotcheckd 2>/dev/null
[[ $(inside systemctl show spotcheckd -p Result --value) == success ]] || fail "did not stop cleanly"
inside systemctl is-active --quiet spotcheckd.socket || fail "spotcheckd.socket is not active after a stop"
socket_ok "after a stop (the call starts the daemon again)"
# The call is answered as soon as the daemon accepts; it reports READY=1 after its start-up
# repairs, so "active" may follow a moment later.
started=no
for _ in $(seq 100); do
    inside systemctl is-active --quiet spotcheckd && { started=yes; break; }
    sleep 0.2
done
[[ $started == yes ]] || fail "a call on the socket did not start the daemon"
inside systemctl stop spotcheckd 2>/dev/null
inside systemctl start spotcheckd || fail "start after stop"
socket_ok "after a stop and a start"
[[ $(inside systemctl show spotcheckd.socket -p Result --value) == success ]] || fail "spotcheckd.socket failed"

# The documented restore, run as root: the anchor it writes is the service's, which starts on it.
# (Each step below starts the daemon anew: the start limit, 5 in 2 minutes, is reset first.)
inside systemctl stop spotcheckd.socket spotcheckd 2>/dev/null
inside systemctl reset-failed spotcheckd spotcheckd.socket
inside rm -f /var/lib/spotcheck/private/anchor.json
inside spotcheckd --accept-restored-state >/dev/null || fail "spotcheckd --accept-restored-state as root"
[[ $(inside stat -c '%U %a' /var/lib/spotcheck/private/anchor.json) == "spotcheck 600" ]] ||
    fail "the anchor written by the restore is not the service's"
inside systemctl start spotcheckd.socket spotcheckd || fail "start after the documented restore"
socket_ok "after the documented restore"
echo "e2e: the documented restore (as root) leaves a state the service starts on"

# A configuration error (exit 78) is not restarted: starting again cannot help.
inside systemctl reset-failed spotcheckd spotcheckd.socket
inside cp /etc/spotcheck/spotcheckd.toml /etc/spotcheck/spotcheckd.toml.good
inside sh -c 'echo "nonsense = 1" >>/etc/spotcheck/spotcheckd.toml'
inside systemctl restart spotcheckd 2>/dev/null && fail "started on a bad configuration"
sleep 7
[[ $(inside systemctl show spotcheckd -p ExecMainStatus --value) == 78 ]] || fail "a bad configuration did not exit 78"
[[ $(inside systemctl show spotcheckd -p NRestarts --value) == 0 ]] || fail "a configuration error was restarted"
inside systemctl is-failed --quiet spotcheckd || fail "not failed after a configuration error"
inside mv /etc/spotcheck/spotcheckd.toml.good /etc/spotcheck/spotcheckd.toml
inside systemctl reset-failed spotcheckd spotcheckd.socket
echo "e2e: a configuration error is not restarted (exit 78)"

# Any other start-up refusal (here a state file of root's, as a restore copied as root leaves it)
# is restarted a few times, then gives up, the socket with it; the journal names owner and fix.
inside chown root: /var/lib/spotcheck/private/anchor.json
inside systemctl restart spotcheckd 2>/dev/null && fail "started on a state file of another user"
gave_up=no
for _ in $(seq 90); do
    inside systemctl is-failed --quiet spotcheckd && [[ $(inside systemctl show spotcheckd -p SubState --value) == failed ]] &&
        { gave_up=yes; break; }
    sleep 1
done
[[ $gave_up == yes ]] || fail "a failing start was restarted without end ($(inside systemctl show spotcheckd -p NRestarts))"
restarts=$(inside systemctl show spotcheckd -p NRestarts --value)
journal=$(inside journalctl -u spotcheckd --no-pager -o cat)
grep -q "belongs to root (uid 0), but spotcheckd runs as spotcheck" <<<"$journal" ||
    fail "the journal does not name the owner of the refused file"
grep -q "chown -R spotcheck: /var/lib/spotcheck" <<<"$journal" || fail "the journal does not say how to fix the ownership"
[[ $(inside systemctl show spotcheckd.socket -p Result --value) == service-start-limit-hit ]] ||
    fail "spotcheckd.socket still listens for a daemon that gave up ($(inside systemctl show spotcheckd.socket -p Result))"
inside chown spotcheck: /var/lib/spotcheck/private/anchor.json
inside systemctl reset-failed spotcheckd spotcheckd.socket
inside systemctl start spotcheckd.socket spotcheckd || fail "start after the fix"
socket_ok "after a failed start was fixed"
echo "e2e: a failing start gives up after $restarts restarts, the socket with it"

inside systemctl stop spotcheckd 2>/dev/null
[[ $(inside systemctl show spotcheckd -p Result --value) == success ]] || fail "did not stop cleanly"
echo "e2e: passed (draw, reveal, task file modes, control socket, roles, journal, limits, reload, refused reload, restart, stop and start with the socket kept, restore as root, no restart on exit 78, start limit)"
