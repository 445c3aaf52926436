#!/usr/bin/env bash
# Point-in-time recovery with pgBackRest (issue 19), on a throwaway cluster of
# this test's own, set up by packaging/pgbackrest/setup.sh itself:
#   - setup.sh turns on WAL archiving and takes the first full backup;
#   - nasti-admin init and demo, verify (this computer remembers the chain head);
#     the moment T is noted; a user is added after T, verify again;
#   - pgBackRest restores the cluster to T; the late user is gone, verify of the
#     recovered database is intact, and against the head remembered after T it
#     says plainly that the database is older (restored or rolled back), not tampered.
#   tests/pitr-test.sh /path/to/nasti-admin
set -euo pipefail
admin="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=support/pgcluster.sh
source "$here/support/pgcluster.sh"
pg_need_tools psql initdb pgbackrest

fail() { echo "pitr-test: FAIL: $*" >&2; exit 1; }
work="$(mktemp -d /tmp/nasti-pitr.XXXXXX)"
[[ "$(id -u)" == 0 ]] && chown postgres "$work"
cleanup() {
    pg_stop main
    rm -rf "$work"
}
trap cleanup EXIT
export PGPASSWORD=pitr-pw XDG_DATA_HOME="$work/xdg"
unset PGHOST PGPORT PGUSER PGDATABASE NASTI_DB

port="$(pg_free_port)"
pg_make main
pg_start main "$port"
port="$pg_port"
pg_sql "$port" postgres "CREATE DATABASE nasti"
conf="$work/pgbackrest.conf"
restart="$(printf '%q ' "$pgbin/pg_ctl" -D "$work/main" -w -t 60 -l "$work/main.log" restart)"
[[ "$(id -u)" == 0 ]] && restart="runuser -u postgres -- $restart"
"$here/../packaging/pgbackrest/setup.sh" --config "$conf" --repo "$work/repo" --pg-data "$work/main" \
    --pg-port "$port" --pg-socket "$work/sock-main" --restart "$restart" --no-cron >"$work/setup.out" 2>&1 ||
    fail "setup.sh: $(tail -5 "$work/setup.out")"
[[ "$(pg_sql "$port" postgres 'SHOW archive_mode')" == on ]] || fail "archiving is off after setup.sh"

url="postgresql://postgres:$PGPASSWORD@localhost:$port/nasti"
heads="$work/heads.ini"
"$admin" --db "$url" init >/dev/null 2>"$work/err" || fail "init: $(cat "$work/err")"
"$admin" --db "$url" demo >/dev/null 2>"$work/err" || fail "demo: $(cat "$work/err")"
"$admin" --db "$url" verify --heads "$heads" >/dev/null 2>"$work/err" || fail "verify: $(cat "$work/err")"
seq_at_t="$(pg_sql "$port" nasti 'SELECT max(seq) FROM events')"
sleep 1
target="$(pg_sql "$port" postgres "SELECT to_char(now(), 'YYYY-MM-DD HH24:MI:SS.USOF')")"
sleep 1
NASTI_PASSWORD=late-pw "$admin" --db "$url" user add late.user --name 'Late User' --role clerk >/dev/null \
    2>"$work/err" || fail "user add: $(cat "$work/err")"
"$admin" --db "$url" verify --heads "$heads" >/dev/null 2>"$work/err" || fail "verify after T: $(cat "$work/err")"
[[ "$(pg_sql "$port" nasti 'SELECT max(seq) FROM events')" -gt "$seq_at_t" ]] || fail "nothing was recorded after T"
# Archive the WAL that holds the late commit (check switches WAL and waits for the archive).
as_pg pgbackrest --config="$conf" --stanza=nasti check || fail "pgbackrest check"

pg_stop main
as_pg pgbackrest --config="$conf" --stanza=nasti --delta --type=time "--target=$target" \
    --target-action=promote restore >"$work/restore.out" 2>&1 || fail "pgbackrest restore: $(cat "$work/restore.out")"
pg_start main "$port"
port="$pg_port"
url="postgresql://postgres:$PGPASSWORD@localhost:$port/nasti"
for _ in $(seq 1 60); do
    [[ "$(pg_sql "$port" postgres 'SELECT pg_is_in_recovery()' 2>/dev/null)" == f ]] && break
    sleep 0.5
done
[[ "$(pg_sql "$port" postgres 'SELECT pg_is_in_recovery()')" == f ]] || fail "the recovered cluster did not promote"
[[ "$(pg_sql "$port" nasti "SELECT count(*) FROM users WHERE login = 'late.user'")" == 0 ]] ||
    fail "the user added after T survived the recovery to T"
[[ "$(pg_sql "$port" nasti 'SELECT max(seq) FROM events')" == "$seq_at_t" ]] || fail "the log does not end at T"

out="$("$admin" --db "$url" verify 2>&1)" || fail "verify of the recovered database: $out"
echo "$out"
set +e
out="$("$admin" --db "$url" verify --heads "$heads" 2>&1)"
rc=$?
set -e
echo "$out"
[[ "$rc" == 4 ]] || fail "verify against the later head: exit $rc, not 4"
grep -q "older than the one this computer saw last (event $((seq_at_t + 1)) missing)" <<<"$out" ||
    fail "verify does not say the database is older: $out"
grep -q TAMPERING <<<"$out" && fail "an older database was called tampering: $out"
echo "pitr-test: OK"
