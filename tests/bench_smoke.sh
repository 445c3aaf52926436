#!/usr/bin/env bash
# Benchmark smoke run (ctest): seed 10,000 files, run the bench, then verify.
#
#   tests/bench_smoke.sh NASTI_ADMIN sqlite|postgresql
#
# PostgreSQL needs NASTI_TEST_PG_URL (a superuser URL, as scripts/with-postgres.sh sets);
# a scratch database is created and dropped. Fails if seeding, the bench (custody or hash
# chain broken while forwarding) or verify fails. Figures at this scale mean nothing;
# this keeps the instrument working.
set -euo pipefail
admin="$1"
backend="$2"
files="${NASTI_BENCH_FILES:-10000}"
work="$(mktemp -d -t nasti-bench-smoke.XXXXXX)"
pgdb=""
cleanup() {
    if [[ -n "$pgdb" ]]; then
        psql -X -q -d "$NASTI_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $pgdb" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

case "$backend" in
    sqlite)
        url="sqlite:$work/bench.db"
        ;;
    postgresql)
        : "${NASTI_TEST_PG_URL:?bench_smoke: NASTI_TEST_PG_URL is not set (run under scripts/with-postgres.sh)}"
        pgdb="nasti_bench_smoke_$$_$RANDOM"
        psql -X -q -d "$NASTI_TEST_PG_URL" -c "CREATE DATABASE $pgdb" >/dev/null
        url="${NASTI_TEST_PG_URL%/*}/$pgdb"
        ;;
    *)
        echo "bench_smoke: unknown backend $backend" >&2
        exit 2
        ;;
esac

start=$SECONDS
"$admin" --db "$url" init
"$admin" --db "$url" seed-scale --files "$files"
echo "bench_smoke: seeded $files files in $((SECONDS - start)) s"
# Refuses a second seed into the same database.
if "$admin" --db "$url" seed-scale --files 10 2>"$work/refused.txt"; then
    echo "bench_smoke: a second seed-scale into a seeded database was not refused" >&2
    exit 1
fi
grep -q "only seeds an empty database" "$work/refused.txt"
"$admin" --db "$url" bench --repeats 5 --moves 20 --json "$work/bench.json"
grep -q '"key": "forwarding"' "$work/bench.json"
grep -q 'custody and hash chain intact' "$work/bench.json"
grep -q '"key": "forward_signed"' "$work/bench.json"
grep -q 'signing adds' "$work/bench.json"
"$admin" --db "$url" verify --heads "$work/heads.ini"
echo "bench_smoke: done in $((SECONDS - start)) s"
