#!/usr/bin/env bash
# A trial of Nasti's high availability on ONE machine, with pg_auto_failover
# (Debian packages postgresql-15-auto-failover and pg-auto-failover-cli): a
# monitor, a primary and a synchronous standby, each its own PostgreSQL 15
# cluster on localhost, managed by pg_autoctl. For trying failover before
# putting the three on three machines (see README, "High availability").
#
#   packaging/ha/trial.sh start [--dir DIR] [--port BASE]   create (once) and start; print the URL
#   packaging/ha/trial.sh state [--dir DIR]                 pg_autoctl show state
#   packaging/ha/trial.sh failover [--dir DIR]              ask the monitor for a controlled failover
#   packaging/ha/trial.sh stop [--dir DIR]                  stop all three (the data stays)
#   packaging/ha/trial.sh destroy [--dir DIR]               stop and delete everything
#
# DIR defaults to /var/tmp/nasti-ha-trial; ports BASE (monitor), BASE+1, BASE+2 (default 6000).
# Only for a trial: everything listens on localhost and trusts local connections
# (--auth trust, --no-ssl); a real deployment uses scram-sha-256 and TLS (README).
set -euo pipefail

cmd="${1:-}"
[[ $# -gt 0 ]] && shift
dir=/var/tmp/nasti-ha-trial
base=6000
while [[ $# -gt 0 ]]; do
    case "$1" in
        --dir) dir="$2"; shift 2 ;;
        --port) base="$2"; shift 2 ;;
        -h | --help) sed -n '2,19s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "trial.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
done
command -v pg_autoctl >/dev/null ||
    { echo "trial.sh: pg_autoctl is missing (apt-get install postgresql-15-auto-failover pg-auto-failover-cli)" >&2; exit 1; }
export PATH="/usr/lib/postgresql/15/bin:$PATH"
as_pg() {
    if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- env PATH="$PATH" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" "$@"
    else env XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" "$@"; fi
}
monitor_uri="postgres://autoctl_node@localhost:$base/pg_auto_failover?sslmode=disable"

run_node() { # NAME: pg_autoctl run in the background, logging to DIR/NAME.log
    local name="$1"
    if as_pg pg_autoctl status --pgdata "$dir/$name" >/dev/null 2>&1; then
        return 0
    fi
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- env PATH="$PATH" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" \
            setsid pg_autoctl run --pgdata "$dir/$name" >>"$dir/$name.log" 2>&1 </dev/null &
    else
        env XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" \
            setsid pg_autoctl run --pgdata "$dir/$name" >>"$dir/$name.log" 2>&1 </dev/null &
    fi
}

wait_for() { # DESCRIPTION COMMAND...: up to 120 s
    local what="$1"
    shift
    for _ in $(seq 1 240); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "trial.sh: timed out waiting for $what" >&2
    # Say why: the end of each pg_autoctl log (and PostgreSQL's own, when it wrote one).
    for log in "$dir"/*.log "$dir"/*/log/*.log "$dir"/*/startup.log; do
        [[ -f "$log" ]] || continue
        echo "--- ${log#"$dir"/} (last lines)" >&2
        tail -n 12 "$log" >&2
    done
    exit 1
}

state_has() { as_pg pg_autoctl show state --pgdata "$dir/monitor" 2>/dev/null | grep -q "$1"; }
# The node the monitor has as primary (reported and assigned primary or wait_primary).
primary_name() {
    as_pg pg_autoctl show state --pgdata "$dir/monitor" 2>/dev/null |
        awk -F'|' '$6 ~ /^ *(wait_)?primary *$/ && $7 ~ /^ *(wait_)?primary *$/ { gsub(/ /, "", $1); print $1; exit }'
}
new_primary_since() { local now; now="$(primary_name)"; [[ -n "$now" && "$now" != "$1" ]]; }
two_running() { [[ "$(as_pg pg_autoctl show state --pgdata "$dir/monitor" 2>/dev/null | grep -cE 'primary|secondary')" -ge 2 ]] &&
    state_has primary && state_has secondary; }

case "$cmd" in
    start)
        mkdir -p "$dir"
        [[ "$(id -u)" == 0 ]] && chown postgres "$dir"
        if [[ ! -d "$dir/monitor" ]]; then
            as_pg pg_autoctl create monitor --pgdata "$dir/monitor" --pgport "$base" --hostname localhost \
                --auth trust --no-ssl >>"$dir/monitor.log" 2>&1
        fi
        run_node monitor
        wait_for "the monitor" as_pg psql -X -At -h localhost -p "$base" -d pg_auto_failover -U autoctl_node -c 'SELECT 1'
        for n in 1 2; do
            if [[ ! -d "$dir/node$n" ]]; then
                as_pg pg_autoctl create postgres --pgdata "$dir/node$n" --pgport "$((base + n))" --hostname localhost \
                    --name "node$n" --dbname nasti --monitor "$monitor_uri" --auth trust --no-ssl \
                    >>"$dir/node$n.log" 2>&1
            fi
            run_node "node$n"
            [[ "$n" == 1 ]] && wait_for "node1 to run alone" state_has "single\|primary"
        done
        wait_for "a primary and a secondary" two_running
        as_pg pg_autoctl show state --pgdata "$dir/monitor"
        primary="$(as_pg pg_autoctl show uri --pgdata "$dir/monitor" --formation default 2>/dev/null || true)"
        echo
        echo "libpq's own URL (from the monitor): $primary"
        echo "Nasti:  nasti-admin --db 'postgresql://postgres@localhost:$((base + 1)),localhost:$((base + 2))/nasti?target_session_attrs=read-write' init"
        echo "Sync:   $(as_pg psql -X -At -h localhost -p "$((base + 1))" -d postgres -c 'SHOW synchronous_standby_names' 2>/dev/null || true) (on node1)"
        ;;
    state)
        as_pg pg_autoctl show state --pgdata "$dir/monitor"
        ;;
    failover)
        # pg_autoctl returns once the new primary reports "primary", which needs the old primary
        # to have rejoined as a secondary (pg_rewind and a restart); on a busy machine that can take
        # longer than its own wait. The promotion is done when the standby reports wait_primary
        # (it accepts writes), so the monitor's state is what decides here, not pg_autoctl's wait.
        before="$(primary_name)"
        [[ -n "$before" ]] || { echo "trial.sh: no primary to fail over from" >&2; as_pg pg_autoctl show state --pgdata "$dir/monitor" >&2; exit 1; }
        if ! as_pg pg_autoctl perform failover --pgdata "$dir/monitor" --wait 60; then
            echo "trial.sh: pg_autoctl stopped waiting; the monitor's state decides" >&2
        fi
        wait_for "a primary other than $before" new_primary_since "$before"
        # The old primary's rejoining (pg_rewind, restart, catch-up) is pg_autoctl's to finish;
        # if it is slow, say so with its log, but the failover itself has happened.
        rejoined=""
        for _ in $(seq 1 240); do
            two_running && { rejoined=1; break; }
            sleep 0.5
        done
        if [[ -z "$rejoined" ]]; then
            echo "trial.sh: $before has not rejoined as a secondary yet; pg_autoctl keeps trying (its log):" >&2
            tail -n 20 "$dir/$before.log" >&2 || true
        fi
        as_pg pg_autoctl show state --pgdata "$dir/monitor"
        ;;
    stop | destroy)
        for name in node2 node1 monitor; do
            [[ -d "$dir/$name" ]] && as_pg pg_autoctl stop --pgdata "$dir/$name" >/dev/null 2>&1 || true
        done
        for name in node2 node1 monitor; do
            for _ in $(seq 1 40); do
                [[ -f "$dir/$name/postmaster.pid" ]] || break
                sleep 0.5
            done
        done
        if [[ "$cmd" == destroy ]]; then
            rm -rf "$dir"
            echo "trial.sh: $dir removed"
        fi
        ;;
    *)
        echo "trial.sh: say start, state, failover, stop or destroy (try --help)" >&2
        exit 2
        ;;
esac
