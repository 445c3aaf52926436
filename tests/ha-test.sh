#!/usr/bin/env bash
# High availability trial end to end (issue 19): packaging/ha/trial.sh starts a
# pg_auto_failover monitor, a primary and a synchronous standby on this machine
# (in a temporary directory, on free ports); then
#   - nasti-admin through the multi-host URL: init, demo, verify;
#   - the standby is synchronous (synchronous_standby_names names it);
#   - a controlled failover: the same URL reaches the new primary, the history
#     is intact and a write succeeds; trial.sh destroy removes everything.
#   tests/ha-test.sh /path/to/nasti-admin
set -euo pipefail
admin="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=support/pgcluster.sh
source "$here/support/pgcluster.sh"
pg_need_tools psql pg_autoctl

fail() { echo "ha-test: FAIL: $*" >&2; exit 1; }
work="$(mktemp -d /tmp/nasti-ha.XXXXXX)"
[[ "$(id -u)" == 0 ]] && chown postgres "$work"
trial="$here/../packaging/ha/trial.sh"
cleanup() {
    "$trial" destroy --dir "$work/ha" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME="$work/xdg"
unset PGHOST PGPORT PGUSER PGDATABASE PGPASSWORD NASTI_DB

# Three consecutive free ports, then the trial on them. Another test's throwaway cluster may take
# one of the ports between the probe and pg_autoctl's bind (ctest runs two at a time), so a start
# that fails is said in full and tried once more on other ports, from nothing.
started=""
for attempt in 1 2; do
    base=""
    for _ in $(seq 1 50); do
        b="$(pg_free_port)"
        (exec 3<>"/dev/tcp/127.0.0.1/$((b + 1))") 2>/dev/null && continue
        (exec 3<>"/dev/tcp/127.0.0.1/$((b + 2))") 2>/dev/null && continue
        base="$b"
        break
    done
    [[ -n "$base" ]] || fail "no three free ports"
    if "$trial" start --dir "$work/ha" --port "$base" >"$work/start.out" 2>&1; then
        started=yes
        break
    fi
    echo "ha-test: trial.sh start on ports $base-$((base + 2)) failed (attempt $attempt):" >&2
    tail -n 60 "$work/start.out" >&2
    "$trial" destroy --dir "$work/ha" >/dev/null 2>&1 || true
done
[[ -n "$started" ]] || fail "trial.sh start failed twice (its output is above)"
cat "$work/start.out"
url="postgresql://postgres@localhost:$((base + 1)),localhost:$((base + 2))/nasti?target_session_attrs=read-write"
"$admin" --db "$url" init >/dev/null 2>"$work/err" || fail "init: $(cat "$work/err")"
"$admin" --db "$url" demo >/dev/null 2>"$work/err" || fail "demo: $(cat "$work/err")"
"$admin" --db "$url" verify || fail "verify"
sync="$(pg_sql "$((base + 1))" postgres 'SHOW synchronous_standby_names')"
[[ "$sync" == *pgautofailover_standby* ]] || fail "the standby is not synchronous: '$sync'"

"$trial" failover --dir "$work/ha" >"$work/failover.out" 2>&1 || fail "failover: $(cat "$work/failover.out")"
cat "$work/failover.out"
[[ "$(pg_sql "$((base + 2))" postgres 'SELECT pg_is_in_recovery()')" == f ]] || fail "node2 did not become the primary"
"$admin" --db "$url" verify || fail "verify after the failover"
NASTI_PASSWORD=after-pw "$admin" --db "$url" user add after.failover --name 'After Failover' --role clerk \
    >/dev/null 2>"$work/err" || fail "a write after the failover: $(cat "$work/err")"
[[ "$(pg_sql "$((base + 2))" nasti "SELECT count(*) FROM users WHERE login = 'after.failover'")" == 1 ]] ||
    fail "the write did not reach the new primary"
echo "ha-test: OK"
