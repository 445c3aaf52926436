#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL 15 cluster.
#
#   scripts/with-postgres.sh CMD [ARGS...]
#
# The cluster is made by pg_virtualenv (package postgresql-common) in a temporary directory,
# listens on localhost on a free port, and is dropped when CMD ends. CMD runs with
#
#   NASTI_TEST_PG_URL=postgresql://USER:PASSWORD@localhost:PORT/postgres   (a superuser)
#
# and with pg_virtualenv's PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE, so psql works bare.
# The exit status is CMD's.
#
# If the cluster cannot be created or started:
#   - with CI set (and not "false"/"0"), or NASTI_PG_REQUIRED=1: fail with a clear message;
#   - otherwise: warn loudly and, if CMD is ctest, run it with `-LE postgresql` (only the tests
#     that need no PostgreSQL); any other CMD fails, since it cannot run without a server.
#
# Environment knobs: NASTI_PG_VIRTUALENV (the pg_virtualenv program, default pg_virtualenv),
# NASTI_PG_OPTIONS (extra postgresql.conf settings, space separated guc=value).
set -euo pipefail

self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

# ---------------------------------------------------------------------------------------------
# Inner half: runs inside pg_virtualenv, with its PG* variables set.
#   with-postgres.sh --inner MARKER CMD...
if [[ "${1:-}" == "--inner" ]]; then
    marker="$2"
    shift 2
    : "${PGHOST:?pg_virtualenv did not set PGHOST}" "${PGPORT:?}" "${PGUSER:?}" "${PGPASSWORD:?}"

    # Always TCP on localhost: the simplest URL, and what a client on another desktop does.
    # (pg_virtualenv gives PGHOST=localhost; should a later version give a socket directory,
    # the cluster still listens on localhost, see listen_addresses below.)
    host="$PGHOST"
    if [[ "$host" == /* ]]; then
        host=localhost
        export PGHOST=localhost
    fi

    urlencode() {
        local s="$1" out="" c i
        for ((i = 0; i < ${#s}; i++)); do
            c="${s:i:1}"
            case "$c" in
                [A-Za-z0-9._~-]) out+="$c" ;;
                *) printf -v c '%%%02X' "'$c"; out+="$c" ;;
            esac
        done
        printf '%s' "$out"
    }
    NASTI_TEST_PG_URL="postgresql://$(urlencode "$PGUSER"):$(urlencode "$PGPASSWORD")@${host}:${PGPORT}/postgres"
    export NASTI_TEST_PG_URL

    # The cluster is up when pg_virtualenv runs us; make sure a password login over TCP works,
    # which is what the tests will do.
    ok=""
    for _ in $(seq 1 30); do
        if psql -X -q -At -d "$NASTI_TEST_PG_URL" -c 'select 1' >/dev/null 2>&1; then
            ok=1
            break
        fi
        sleep 1
    done
    if [[ -z "$ok" ]]; then
        echo "with-postgres: the cluster started but a login as $PGUSER on $host:$PGPORT failed:" >&2
        psql -X -q -At -d "$NASTI_TEST_PG_URL" -c 'select 1' >&2 || true
        exit 97
    fi
    echo "with-postgres: PostgreSQL $(psql -X -q -At -d "$NASTI_TEST_PG_URL" -c 'show server_version') on $host:$PGPORT, NASTI_TEST_PG_URL=postgresql://$PGUSER:***@$host:$PGPORT/postgres"
    : >"$marker"
    exec "$@"
fi

# ---------------------------------------------------------------------------------------------
# Outer half.
if (($# == 0)) || [[ "$1" == -h || "$1" == --help ]]; then
    sed -n '2,20s/^# \{0,1\}//p' "$self"
    (($# == 0)) && exit 2
    exit 0
fi

strict=""
case "${CI:-}" in
    "" | 0 | false | False | FALSE | no) ;;
    *) strict="CI=$CI" ;;
esac
if [[ "${NASTI_PG_REQUIRED:-}" == 1 ]]; then
    strict="${strict:+$strict, }NASTI_PG_REQUIRED=1"
fi

# Settings for a disposable test server: durability off (fsync is already off in pg_virtualenv),
# room for parallel tests, UTF-8 databases whatever the caller's locale.
pg_options=(
    "listen_addresses=localhost"
    "fsync=off"
    "synchronous_commit=off"
    "full_page_writes=off"
    "max_connections=200"
    "shared_buffers=128MB"
    "max_locks_per_transaction=256"
)
if [[ -n "${NASTI_PG_OPTIONS:-}" ]]; then
    read -r -a extra <<<"$NASTI_PG_OPTIONS"
    pg_options+=("${extra[@]}")
fi
pgve_args=(-t -c "--locale=C.UTF-8 --encoding=UTF8")
for o in "${pg_options[@]}"; do
    pgve_args+=(-o "$o")
done

pgve="${NASTI_PG_VIRTUALENV:-pg_virtualenv}"
state="$(mktemp -d -t nasti-with-postgres.XXXXXX)"
trap 'rm -rf "$state"' EXIT
marker="$state/started"

reason=""
rc=0
if ! command -v "$pgve" >/dev/null 2>&1; then
    reason="'$pgve' not found: install postgresql and postgresql-common (scripts/install-deps.sh)"
elif ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    reason="no PostgreSQL server is installed (/usr/lib/postgresql/*/bin/postgres): run scripts/install-deps.sh"
else
    echo "with-postgres: starting a throwaway PostgreSQL cluster ($pgve)"
    # pg_virtualenv drops the cluster when the command ends, and prints the server log when
    # the command fails.
    "$pgve" "${pgve_args[@]}" "$self" --inner "$marker" "$@" || rc=$?
    if [[ -e "$marker" ]]; then
        exit "$rc"
    fi
    reason="$pgve could not create or start the cluster (exit status $rc); see its messages above"
fi

# ---------------------------------------------------------------------------------------------
# No cluster.
if [[ -n "$strict" ]]; then
    {
        echo "with-postgres: ERROR: no PostgreSQL test cluster: $reason."
        echo "with-postgres: ERROR: the PostgreSQL tests are required here ($strict); failing the run."
    } >&2
    exit 1
fi

banner() {
    {
        echo
        echo "######################################################################"
        echo "#  WARNING: no PostgreSQL test cluster: $reason."
        echo "#  $1"
        echo "######################################################################"
        echo
    } >&2
}

if [[ "$(basename "$1")" == ctest ]]; then
    banner "Running ONLY the tests that need no PostgreSQL (ctest -LE postgresql)."
    rc=0
    "$@" -LE postgresql || rc=$?
    banner "The PostgreSQL tests were NOT run; this result covers SQLite only."
    exit "$rc"
fi

banner "Cannot run '$*' without PostgreSQL."
exit 1
