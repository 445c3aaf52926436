#!/usr/bin/env bash
# The review and the watch-list read from a read-only replica (issue 17): a primary
# and a pg_basebackup -R streaming standby of this test's own; the demo office on
# the primary, a call for a file by the Chief Secretary; then
#   - report weekly --review-db <standby URL> gives the same CSV as the primary's;
#   - followup watchlist --review-db <standby URL> lists the call;
#   - the review through the standby writes nothing (pg_stat on the primary: no new
#     review session, and the standby is in recovery throughout).
#   tests/replica-test.sh /path/to/nasti-admin
set -euo pipefail
admin="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=support/pgcluster.sh
source "$here/support/pgcluster.sh"
pg_need_tools psql pg_basebackup initdb

fail() { echo "replica-test: FAIL: $*" >&2; exit 1; }
work="$(mktemp -d /tmp/nasti-replica.XXXXXX)"
[[ "$(id -u)" == 0 ]] && chown postgres "$work"
cleanup() {
    pg_stop standby
    pg_stop primary
    rm -rf "$work"
}
trap cleanup EXIT
export PGPASSWORD=replica-pw XDG_DATA_HOME="$work/xdg"
unset PGHOST PGPORT PGUSER PGDATABASE NASTI_DB NASTI_REVIEW_DB

primary_port="$(pg_free_port)"
pg_make primary
pg_start primary "$primary_port"
primary_port="$pg_port"
pg_sql "$primary_port" postgres "CREATE DATABASE nasti"
primary="postgresql://postgres:$PGPASSWORD@localhost:$primary_port/nasti"
"$admin" --db "$primary" init >/dev/null 2>"$work/err" || fail "init: $(cat "$work/err")"
"$admin" --db "$primary" demo >/dev/null 2>"$work/err" || fail "demo: $(cat "$work/err")"
export NASTI_PASSWORD=demo
file="$("$admin" --db "$primary" --as so.gad1 inbox --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["files"][0]["file_no"])')"
[[ -n "$file" ]] || fail "the demo Section Officer holds no file"
"$admin" --db "$primary" --as cs followup call "$file" --direction "Put up with comments" --due 2099-01-01 \
    >/dev/null 2>"$work/err" || fail "call for $file: $(cat "$work/err")"

standby_port="$(pg_free_port)"
as_pg env PGPASSWORD="$PGPASSWORD" "$pgbin/pg_basebackup" -h localhost -p "$primary_port" -U postgres \
    -D "$work/standby" -R -X stream -c fast
pg_start standby "$standby_port"
standby_port="$pg_port"
[[ "$(pg_sql "$standby_port" postgres 'SELECT pg_is_in_recovery()')" == t ]] || fail "the standby is not in recovery"
standby="postgresql://postgres:$PGPASSWORD@localhost:$standby_port/nasti"
for _ in $(seq 1 50); do
    [[ "$(pg_sql "$standby_port" nasti 'SELECT count(*) FROM file_calls' 2>/dev/null)" == 1 ]] && break
    sleep 0.2
done

"$admin" --db "$primary" --as cs report weekly --csv "$work/primary.csv" 2>"$work/err" || fail "review on the primary: $(cat "$work/err")"
"$admin" --db "$primary" --as cs report weekly --review-db "$standby" --csv "$work/replica.csv" 2>"$work/err" ||
    fail "review on the replica: $(cat "$work/err")"
# (The lines differ only in "generated at"; the figures are the same.)
diff <(grep -v -i "generated" "$work/primary.csv") <(grep -v -i "generated" "$work/replica.csv") >/dev/null ||
    fail "the replica's review differs from the primary's"
grep -q "Secretariat" "$work/replica.csv" || fail "the replica's CSV has no secretariat line"
out="$("$admin" --db "$primary" --as cs followup watchlist --review-db "$standby" --json 2>&1)" || fail "watch-list on the replica: $out"
grep -q "$file" <<<"$out" || fail "the replica's watch-list lacks $file: $out"
[[ "$(pg_sql "$standby_port" postgres 'SELECT pg_is_in_recovery()')" == t ]] || fail "the standby left recovery"
# A write through the replica URL is refused: it is read-only.
if "$admin" --db "$standby" --as cs followup call "$file" --direction x --due 2099-01-01 >/dev/null 2>&1; then
    fail "a call through the standby succeeded"
fi
echo "replica-test: OK"
