#!/usr/bin/env bash
# Multi-host URLs end to end (issue 19): a primary and a streaming standby made
# with pg_basebackup -R, each a throwaway cluster of this test's own; then
#   - nasti-admin with a URL listing the STANDBY first and
#     target_session_attrs=read-write connects to the primary (init, demo, verify),
#     and what it wrote reaches the standby;
#   - the same URL without target_session_attrs stops at the read-only standby;
#   - after the primary dies and the standby is promoted, the same URL reaches it.
#   tests/multihost-test.sh /path/to/nasti-admin
set -euo pipefail
admin="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=support/pgcluster.sh
source "$here/support/pgcluster.sh"
pg_need_tools psql pg_basebackup initdb

fail() { echo "multihost-test: FAIL: $*" >&2; exit 1; }
work="$(mktemp -d /tmp/nasti-multihost.XXXXXX)"
[[ "$(id -u)" == 0 ]] && chown postgres "$work"
cleanup() {
    pg_stop standby
    pg_stop primary
    rm -rf "$work"
}
trap cleanup EXIT
export PGPASSWORD=multihost-pw XDG_DATA_HOME="$work/xdg"
unset PGHOST PGPORT PGUSER PGDATABASE NASTI_DB

primary_port="$(pg_free_port)"
pg_make primary
pg_start primary "$primary_port"
primary_port="$pg_port"
pg_sql "$primary_port" postgres "CREATE DATABASE nasti"
standby_port="$(pg_free_port)"
as_pg env PGPASSWORD="$PGPASSWORD" "$pgbin/pg_basebackup" -h localhost -p "$primary_port" -U postgres \
    -D "$work/standby" -R -X stream -c fast
pg_start standby "$standby_port"
standby_port="$pg_port"
[[ "$(pg_sql "$standby_port" postgres 'SELECT pg_is_in_recovery()')" == t ]] || fail "the standby is not in recovery"

both="localhost:$standby_port,localhost:$primary_port"
url="postgresql://postgres:$PGPASSWORD@$both/nasti?target_session_attrs=read-write"
out="$("$admin" --db "$url" init 2>&1)" || fail "init through the multi-host URL: $out"
echo "$out"
"$admin" --db "$url" demo >/dev/null 2>"$work/err" || fail "demo: $(cat "$work/err")"
out="$("$admin" --db "$url" verify 2>&1)" || fail "verify: $out"
echo "$out"
[[ "$(pg_sql "$primary_port" nasti 'SELECT count(*) > 0 FROM files')" == t ]] || fail "nothing was written to the primary"
for _ in $(seq 1 50); do
    [[ "$(pg_sql "$standby_port" nasti 'SELECT count(*) FROM files' 2>/dev/null)" == \
        "$(pg_sql "$primary_port" nasti 'SELECT count(*) FROM files')" ]] && break
    sleep 0.2
done
[[ "$(pg_sql "$standby_port" nasti 'SELECT count(*) FROM files')" == \
    "$(pg_sql "$primary_port" nasti 'SELECT count(*) FROM files')" ]] || fail "the standby did not receive the files"

# Without target_session_attrs libpq keeps the first server that answers: the standby.
export NASTI_PASSWORD=user-pw
if out="$("$admin" --db "postgresql://postgres:$PGPASSWORD@$both/nasti" user add x.y --name 'X Y' --role clerk 2>&1)"; then
    fail "a write through the standby succeeded: $out"
fi
echo "$out"
[[ "$(wc -l <<<"$out")" == 1 ]] || fail "the refusal is not one line: $out"
grep -qi "read-only" <<<"$out" || fail "the refusal does not say read-only: $out"

# The primary dies; the standby is promoted; the same URL finds the new primary.
pg_stop primary
as_pg "$pgbin/pg_ctl" -D "$work/standby" -w promote >/dev/null
out="$("$admin" --db "$url" verify 2>&1)" || fail "verify after the promotion: $out"
echo "$out"
"$admin" --db "$url" user add after.failover --name 'After Failover' --role clerk >/dev/null 2>"$work/err" || fail "a write after the promotion: $(cat "$work/err")"
[[ "$(pg_sql "$standby_port" nasti "SELECT count(*) FROM users WHERE login = 'after.failover'")" == 1 ]] ||
    fail "the write did not reach the promoted standby"
echo "multihost-test: OK"
