#!/usr/bin/env bash
# A small load run (issue 20) on a throwaway cluster of its own: seed-scale 5,000 files,
# then nasti-admin bench --load 50 for 20 s (50 desktops, each its own login role with the
# client's two connections, at a quick pace), then verify. Fails on any error, on a desktop
# holding more than two server connections, and when PostgreSQL is missing (never skips).
# Its latency figures mean nothing on a busy CI machine; it keeps the instrument working.
#   tests/load-test.sh /path/to/nasti-admin [clients] [seconds]
set -euo pipefail
admin="$1"
clients="${2:-50}"
seconds="${3:-20}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=support/pgcluster.sh
source "$here/support/pgcluster.sh"
CI=1 pg_need_tools psql initdb pg_ctl

fail() { echo "load-test: FAIL: $*" >&2; exit 1; }
work="$(mktemp -d /tmp/nasti-load.XXXXXX)"
[[ "$(id -u)" == 0 ]] && chown postgres "$work"
cleanup() {
    pg_stop load
    rm -rf "$work"
}
trap cleanup EXIT
export PGPASSWORD=load-pw XDG_DATA_HOME="$work/xdg"
unset PGHOST PGPORT PGUSER PGDATABASE NASTI_DB NASTI_REVIEW_DB

port="$(pg_free_port)"
pg_make load
# Two connections a desktop, the administrator's, and room to spare.
cat >>"$work/load/postgresql.conf" <<CONF
max_connections = $((clients * 2 + 50))
shared_buffers = 256MB
fsync = off
synchronous_commit = off
CONF
pg_start load "$port"
port="$pg_port"
pg_sql "$port" postgres "CREATE DATABASE nasti"
url="postgresql://postgres:$PGPASSWORD@localhost:$port/nasti"
start=$SECONDS
"$admin" --db "$url" init >/dev/null 2>"$work/err" || fail "init: $(cat "$work/err")"
"$admin" --db "$url" seed-scale --files 5000 >/dev/null 2>"$work/err" || fail "seed-scale: $(cat "$work/err")"
echo "load-test: seeded in $((SECONDS - start)) s"
if ! "$admin" --db "$url" bench --load "$clients" --duration "$seconds" --pace 1,4 --setup-timeout 300 \
    --json "$work/load.json" >"$work/out" 2>"$work/err"; then
    cat "$work/out"
    tail -n 20 "$work/err" >&2
    fail "bench --load reported errors"
fi
cat "$work/out"
python3 - "$work/load.json" "$clients" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
n = int(sys.argv[2])
assert r["errors"] == 0, r["error_samples"]
assert r["ready"] == n, r
assert r["max_connections_per_client"] <= 2, r
assert r["server_connections"] == 2 * n, r
for a in ("inbox", "open", "note", "forward", "search"):
    assert r["actions"][a]["count"] > 0, a
assert r["notifications"] > 0, "no desktop heard a file arrive"
PY
"$admin" --db "$url" verify >/dev/null 2>"$work/err" || fail "verify after the load: $(cat "$work/err")"
echo "load-test: done in $((SECONDS - start)) s"
