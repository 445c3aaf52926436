#!/usr/bin/env bash
# The failover drill (issue 19, "an action is never lost or doubled"): on throwaway clusters of
# its own (packaging/ha/trial.sh: a pg_auto_failover monitor, a primary and a synchronous
# standby, synchronous_commit on), 16 clients forward files through the multi-host URL with
# `nasti-admin drill forward` (the real FileService, an action key per forward), the primary is
# killed with SIGKILL (its keeper and every PostgreSQL process of it, as if the machine died),
# and then the database on the new primary shows:
#   - every client resumed on the new primary within 30 s of the kill (measured and printed);
#   - every movement a client was told succeeded is there, none is doubled (one movement per
#     recorded action key, the movement chain of every file unbroken, no file version used twice);
#   - one custodian per file (its holder is where its last movement took it);
#   - nasti-admin verify exits 0.
# Missing tools are a failure, not a skip.
#   tests/failover-drill.sh /path/to/nasti-admin
set -euo pipefail
admin="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
clients="${NASTI_DRILL_CLIENTS:-16}"
seconds="${NASTI_DRILL_SECONDS:-45}"
kill_after="${NASTI_DRILL_KILL_AFTER:-10}"

fail() { echo "failover-drill: FAIL: $*" >&2; exit 1; }
for tool in pg_autoctl psql runuser; do
    command -v "$tool" >/dev/null 2>&1 ||
        fail "$tool is missing (apt-get install postgresql-15-auto-failover pg-auto-failover-cli postgresql-client-15)"
done
[[ "$(id -u)" != 0 ]] || id postgres >/dev/null 2>&1 || fail "there is no postgres user to run the clusters as"
# shellcheck source=support/pgcluster.sh
source "$here/support/pgcluster.sh"

work="$(mktemp -d /tmp/nasti-drill.XXXXXX)"
[[ "$(id -u)" == 0 ]] && chown postgres "$work"
trial="$here/../packaging/ha/trial.sh"
drill_pid=""
cleanup() {
    [[ -n "$drill_pid" ]] && kill "$drill_pid" 2>/dev/null || true
    "$trial" destroy --dir "$work/ha" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME="$work/xdg"
unset PGHOST PGPORT PGUSER PGDATABASE PGPASSWORD NASTI_DB

# Three consecutive free ports, then the trial on them; a start lost to a port race is tried once
# more on other ports, from nothing (as tests/ha-test.sh does).
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
    echo "failover-drill: trial.sh start on ports $base-$((base + 2)) failed (attempt $attempt):" >&2
    tail -n 60 "$work/start.out" >&2
    "$trial" destroy --dir "$work/ha" >/dev/null 2>&1 || true
done
[[ -n "$started" ]] || fail "trial.sh start failed twice (its output is above)"
p1=$((base + 1))
p2=$((base + 2))
url="postgresql://postgres@localhost:$p1,localhost:$p2/nasti?target_session_attrs=read-write"
sql() { pg_sql "$1" "$2" "$3"; }

# The monitor decides quickly (the defaults take some 30 s to call a node unhealthy).
sql "$base" pg_auto_failover "ALTER SYSTEM SET pgautofailover.health_check_period = 1000" >/dev/null
sql "$base" pg_auto_failover "ALTER SYSTEM SET pgautofailover.health_check_timeout = 1000" >/dev/null
sql "$base" pg_auto_failover "ALTER SYSTEM SET pgautofailover.health_check_max_retries = 1" >/dev/null
sql "$base" pg_auto_failover "ALTER SYSTEM SET pgautofailover.health_check_retry_delay = 500" >/dev/null
sql "$base" pg_auto_failover "ALTER SYSTEM SET pgautofailover.node_considered_unhealthy_timeout = 3000" >/dev/null
sql "$base" pg_auto_failover "SELECT pg_reload_conf()" >/dev/null

# Which node is the primary, and is every acknowledged commit on the standby too?
primary=""
for port in $p1 $p2; do
    [[ "$(sql "$port" postgres 'SELECT pg_is_in_recovery()' 2>/dev/null)" == f ]] && primary="$port"
done
[[ -n "$primary" ]] || fail "no primary"
standby=$((primary == p1 ? p2 : p1))
node=$((primary == p1 ? 1 : 2))
[[ "$(sql "$primary" postgres 'SHOW synchronous_commit')" == on ]] || fail "synchronous_commit is not on"
# The keeper names the standby in synchronous_standby_names only once the monitor has moved
# the primary from wait_primary to primary, which can be a few seconds after trial.sh returns.
sync=""
for _ in $(seq 1 120); do
    sync="$(sql "$primary" postgres 'SHOW synchronous_standby_names' 2>/dev/null || true)"
    [[ "$sync" == *pgautofailover_standby* ]] && break
    sleep 0.5
done
[[ "$sync" == *pgautofailover_standby* ]] || fail "the standby is not synchronous after 60 s: '$sync'"
echo "failover-drill: primary node$node on port $primary, synchronous standby on $standby ($sync)"

"$admin" --db "$url" init >/dev/null 2>"$work/err" || fail "init: $(cat "$work/err")"

# The clients, then the kill: the keeper of the primary and every PostgreSQL process of it.
"$admin" --db "$url" drill forward --clients "$clients" --seconds "$seconds" --report "$work/report.tsv" \
    >"$work/drill.out" 2>"$work/drill.err" &
drill_pid=$!
sleep "$kill_after"
kill -0 "$drill_pid" 2>/dev/null || fail "the drill ended before the kill: $(cat "$work/drill.out" "$work/drill.err")"
postmaster="$(head -n 1 "$work/ha/node$node/postmaster.pid")"
keeper="$(runuser -u postgres -- env XDG_CONFIG_HOME="$work/ha/config" XDG_DATA_HOME="$work/ha/data" \
    pg_autoctl status --pgdata "$work/ha/node$node" 2>/dev/null | sed -n 's/^pg_autoctl is running with pid \([0-9]*\).*/\1/p' || true)"
[[ -n "$keeper" ]] || keeper="$(ps -o ppid= -p "$postmaster" | tr -d ' ')"
victims="$keeper $(ps -o pid= --ppid "$keeper" | tr '\n' ' ') $postmaster $(ps -o pid= --ppid "$postmaster" | tr '\n' ' ')"
moved_before="$(sql "$primary" nasti 'SELECT count(*) FROM movements' 2>/dev/null || echo '?')"
kill_ms="$(date +%s%3N)"
# shellcheck disable=SC2086
kill -KILL $victims 2>/dev/null || true
echo "failover-drill: SIGKILL to node$node (keeper $keeper, postmaster $postmaster and children) at $kill_ms, ~$moved_before movements recorded"

wait "$drill_pid" || fail "the drill's clients failed: $(cat "$work/drill.out" "$work/drill.err")"
drill_pid=""
cat "$work/drill.out"
# The clients carried on through the multi-host URL; the new primary itself may be restarting
# a moment later (its keeper applying the state the monitor assigns), so it is given up to 60 s
# to answer as a primary, and if it does not, the monitor's view and its keeper's log say why.
promoted=""
for _ in $(seq 1 120); do
    [[ "$(sql "$standby" postgres 'SELECT pg_is_in_recovery()' 2>/dev/null)" == f ]] && { promoted=1; break; }
    sleep 0.5
done
if [[ -z "$promoted" ]]; then
    "$trial" state --dir "$work/ha" >&2 || true
    tail -n 30 "$work/ha/node$((3 - node)).log" >&2 || true
    fail "the standby was not promoted (or did not answer as the primary within 60 s)"
fi

# Resumed within 30 s: each client's first movement reported done after the kill.
grep -P '^done\t' "$work/report.tsv" | cut -f 2-7 >"$work/done.tsv" || true
grep -P '^not-done\t' "$work/report.tsv" | cut -f 2-5 >"$work/notdone.tsv" || true
resumed="$(awk -F'\t' -v k="$kill_ms" '$5 > k { if (!($1 in first) || $5 < first[$1]) first[$1] = $5 }
    END { n = 0; worst = 0; for (c in first) { n++; if (first[c] - k > worst) worst = first[c] - k } print n, worst }' "$work/done.tsv")"
read -r resumed_clients worst_ms <<<"$resumed"
echo "failover-drill: $resumed_clients of $clients clients resumed on the new primary; the last $worst_ms ms after the kill"
[[ "$resumed_clients" == "$clients" ]] || fail "only $resumed_clients of $clients clients resumed"
((worst_ms <= 30000)) || fail "a client resumed only after $worst_ms ms (more than 30 s)"

# Everything reported done is there, nothing doubled, one custodian per file: on the new primary.
checks="$work/checks.sql"
cat >"$checks" <<SQL
CREATE TEMP TABLE reported (login text, action_key text, file_no text, to_post text, at bigint, how text);
\copy reported FROM '$work/done.tsv'
CREATE TEMP TABLE undecided (login text, action_key text, file_no text, to_post text);
\copy undecided FROM '$work/notdone.tsv'
CREATE TEMP VIEW drill_files AS SELECT f.* FROM files f JOIN sections s ON s.id = f.section_id WHERE s.code = 'DRILL-1';
CREATE TEMP VIEW drill_moves AS SELECT m.* FROM movements m JOIN drill_files f ON f.id = m.file_id;
SELECT 'reported', count(*) FROM reported;
SELECT 'retried', count(*) FROM reported WHERE how LIKE 'retry-%';
SELECT 'found', count(*) FROM reported WHERE how = 'retry-found';
SELECT 'not-done', count(*) FROM undecided;
SELECT 'movements', count(*) FROM drill_moves;
SELECT 'keys', count(*) FROM done_actions d JOIN users u ON u.id = d.user_id
    WHERE u.login LIKE 'drill.%' AND d.kind = 'file.forward';
SELECT 'missing', count(*) FROM reported r WHERE NOT EXISTS (
    SELECT 1 FROM done_actions d JOIN users u ON u.id = d.user_id
    WHERE u.login = r.login AND d.action_key = r.action_key AND d.result = r.to_post);
SELECT 'reported-twice', count(*) FROM (SELECT action_key FROM reported GROUP BY action_key HAVING count(*) > 1) x;
SELECT 'version-twice', count(*) FROM (SELECT file_id, file_version FROM drill_moves GROUP BY 1, 2 HAVING count(*) > 1) x;
SELECT 'chain-broken', count(*) FROM (SELECT from_post_id, lag(to_post_id) OVER (PARTITION BY file_id ORDER BY id) AS prev
    FROM drill_moves) x WHERE prev IS NOT NULL AND prev <> from_post_id;
SELECT 'custodian-wrong', count(*) FROM drill_files f WHERE f.holder_post_id IS DISTINCT FROM
    (SELECT m.to_post_id FROM movements m WHERE m.file_id = f.id ORDER BY m.id DESC LIMIT 1);
-- Per file: what the database holds against what was reported done (extra only when undecided).
SELECT 'per-file-short', count(*) FROM drill_files f WHERE
    (SELECT count(*) FROM movements m WHERE m.file_id = f.id) < (SELECT count(*) FROM reported r WHERE r.file_no = f.file_no);
SELECT 'per-file-extra', count(*) FROM drill_files f WHERE
    (SELECT count(*) FROM movements m WHERE m.file_id = f.id) >
    (SELECT count(*) FROM reported r WHERE r.file_no = f.file_no) + (SELECT count(*) FROM undecided u WHERE u.file_no = f.file_no);
SQL
runuser -u postgres -- psql -X -At -F ' ' -h localhost -p "$standby" -d nasti -f "$checks" >"$work/checks.out" 2>&1 ||
    fail "the checks did not run: $(cat "$work/checks.out")"
get() { awk -v k="$1" '$1 == k { print $2 }' "$work/checks.out"; }
echo "failover-drill: reported done $(get reported) ($(get retried) after a retry, $(get found) of them found done already), not done $(get not-done);" \
    "movements $(get movements), recorded keys $(get keys)"
for bad in missing reported-twice version-twice chain-broken custodian-wrong per-file-short per-file-extra; do
    [[ "$(get "$bad")" == 0 ]] || fail "$bad: $(get "$bad") ($(tr '\n' ';' <"$work/checks.out"))"
done
[[ "$(get movements)" == "$(get keys)" ]] || fail "movements $(get movements) but recorded keys $(get keys): one was doubled or lost its key"
(($(get reported) > 0)) || fail "nothing was reported done"
"$admin" --db "$url" verify || fail "verify after the failover"
echo "failover-drill: OK"
