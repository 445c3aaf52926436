# Throwaway PostgreSQL 15 clusters for tests that need servers of their own
# (multi-host, PITR): sourced by tests/*-test.sh. Each cluster lives in the
# test's temporary directory, on a free port, with a socket directory of its
# own, so runs side by side do not collide (PITFALLS.md). initdb refuses root:
# as root everything runs as the postgres user.
#   pg_need_tools            fail (in CI) or skip (exit 77) when the tools are missing
#   pg_free_port             print a free TCP port on localhost
#   pg_make NAME PORT        initdb $work/NAME (superuser postgres, password $PGPASSWORD)
#   pg_start NAME PORT       start it (logs to $work/NAME.log); the port used is left in $pg_port
#   pg_stop NAME             stop it (fast), if running
#   pg_sql PORT DB SQL       one query as postgres over TCP, unaligned output
# Needs $work (a directory the postgres user may write) and PGPASSWORD.
pgbin=/usr/lib/postgresql/15/bin

as_pg() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_need_tools() {
    local missing=""
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || [[ -x "$pgbin/$tool" ]] || missing+=" $tool"
    done
    if [[ "$(id -u)" == 0 ]] && ! id postgres >/dev/null 2>&1; then
        missing+=" (the postgres user)"
    fi
    if [[ -n "$missing" ]]; then
        if [[ -n "${CI:-}" ]]; then
            echo "FAIL: missing$missing (scripts/install-deps.sh installs it)" >&2
            exit 1
        fi
        echo "SKIP: missing$missing (scripts/install-deps.sh installs it)" >&2
        exit 77
    fi
}

pg_free_port() {
    # A random port in 20000-59999 that nothing answers on (bash's /dev/tcp; no python needed),
    # and not one handed out before in this run.
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        [[ " ${pg_ports_taken:-} " == *" $port "* ]] && continue
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            pg_ports_taken="${pg_ports_taken:-} $port"
            echo "$port"
            return 0
        fi
    done
    echo "no free port found" >&2
    return 1
}

pg_make() {
    local name="$1"
    printf '%s\n' "$PGPASSWORD" >"$work/pwfile"
    chmod 600 "$work/pwfile"
    [[ "$(id -u)" == 0 ]] && chown postgres "$work/pwfile"
    as_pg "$pgbin/initdb" -D "$work/$name" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$work/pwfile" >"$work/$name.initdb.log"
}

pg_start() {
    # Starts NAME on PORT; when that port was taken meanwhile (another test picked it between
    # pg_free_port and the bind), on another free one. The port it listens on is left in
    # $pg_port. A start that fails for any other reason prints the server's own log.
    local name="$1" port="$2" attempt
    mkdir -p "$work/sock-$name"
    [[ "$(id -u)" == 0 ]] && chown postgres "$work/sock-$name"
    for attempt in 1 2 3 4 5; do
        : >"$work/$name.log"
        [[ "$(id -u)" == 0 ]] && chown postgres "$work/$name.log"
        if as_pg "$pgbin/pg_ctl" -D "$work/$name" -w -t 60 -l "$work/$name.log" \
            -o "-p $port -k $work/sock-$name -c listen_addresses=localhost -c synchronous_commit=on" \
            start >"$work/$name.pg_ctl.out" 2>&1; then
            pg_port="$port"
            return 0
        fi
        if grep -qE 'could not bind|already in use|could not create any TCP/IP sockets|lock file .* already exists' \
            "$work/$name.log" && [[ "$attempt" -lt 5 ]]; then
            echo "pg_start: port $port of $name was taken; trying another" >&2
            port="$(pg_free_port)"
            continue
        fi
        break
    done
    echo "pg_start: the server $name did not start on port $port:" >&2
    cat "$work/$name.pg_ctl.out" >&2
    tail -n 30 "$work/$name.log" >&2
    return 1
}

pg_stop() {
    local name="$1"
    if [[ -f "$work/$name/postmaster.pid" ]]; then
        as_pg "$pgbin/pg_ctl" -D "$work/$name" -m fast -w stop >/dev/null 2>&1 || true
    fi
}

pg_sql() {
    local port="$1" db="$2"
    shift 2
    psql -X -q -At -v ON_ERROR_STOP=1 -d "host=localhost port=$port dbname=$db user=postgres" -c "$@"
}
