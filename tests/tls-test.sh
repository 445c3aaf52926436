#!/usr/bin/env bash
# TLS end to end: a throwaway CA and server certificate (openssl), a throwaway
# PostgreSQL cluster with ssl=on (pg_virtualenv), then
#   - nasti-admin with sslmode=verify-full and the right CA connects (init, org), and
#     the server reports the session as encrypted;
#   - the same URL with another CA is refused (certificate verify failed).
#   tests/tls-test.sh /path/to/nasti-admin
set -euo pipefail
self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

if [[ "${1:-}" == "--inner" ]]; then
    admin="$2" dir="$3"
    fail() { echo "tls-test: FAIL: $*" >&2; exit 1; }
    export XDG_DATA_HOME="$dir/xdg"
    base="postgresql://$PGUSER:$PGPASSWORD@localhost:$PGPORT"
    good="sslmode=verify-full&sslrootcert=$dir/ca.crt"
    bad="sslmode=verify-full&sslrootcert=$dir/other-ca.crt"
    # Turn TLS on (a reload is enough for the ssl settings), as README "TLS" describes.
    psql -X -q -d "host=localhost port=$PGPORT dbname=postgres sslmode=disable" \
        -c "ALTER SYSTEM SET ssl_cert_file = '$dir/server.crt'" -c "ALTER SYSTEM SET ssl_key_file = '$dir/server.key'" \
        -c "ALTER SYSTEM SET ssl = on" -c 'SELECT pg_reload_conf()' >/dev/null
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        [[ "$(psql -X -At -d "host=localhost port=$PGPORT dbname=postgres sslmode=disable" -c 'SHOW ssl')" == on ]] && break
        sleep 0.5
    done
    psql -X -q -d "host=localhost port=$PGPORT dbname=postgres sslmode=verify-full sslrootcert=$dir/ca.crt" \
        -c 'CREATE DATABASE nasti_tls' || fail "psql with verify-full could not connect"

    out="$("$admin" --db "$base/nasti_tls?$good" init 2>&1)" || fail "init over TLS: $out"
    echo "$out"
    out="$("$admin" --db "$base/nasti_tls?$good" org 2>&1)" || fail "org over TLS: $out"
    ssl="$(psql -X -At -d "host=localhost port=$PGPORT dbname=nasti_tls sslmode=verify-full sslrootcert=$dir/ca.crt" \
        -c 'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')"
    [[ "$ssl" == t ]] || fail "the session is not encrypted ($ssl)"

    if out="$("$admin" --db "$base/nasti_tls?$bad" org 2>&1)"; then
        fail "a server certificate from another CA was accepted"
    fi
    echo "$out"
    grep -qi "certificate verify failed" <<<"$out" || fail "the refusal does not name the certificate: $out"
    # Without a CA file verify-full cannot check anything and refuses too.
    if out="$("$admin" --db "$base/nasti_tls?sslmode=verify-full&sslrootcert=$dir/missing.crt" org 2>&1)"; then
        fail "verify-full without a CA file connected"
    fi
    echo "tls-test: OK: verify-full with the right CA connects; another CA is refused."
    exit 0
fi

admin="$(realpath "${1:?usage: tls-test.sh /path/to/nasti-admin}")"
for tool in openssl pg_virtualenv psql; do
    command -v "$tool" >/dev/null || { echo "tls-test: $tool is missing" >&2; exit 1; }
done
dir="$(mktemp -d -t nasti-tls.XXXXXX)"
trap 'rm -rf "$dir"' EXIT
cd "$dir"
ossl() { openssl "$@" 2>/dev/null; }
# The CA that signs the server certificate, and another one that does not.
ossl req -x509 -new -nodes -newkey rsa:2048 -days 2 -subj "/CN=Nasti Test CA" -keyout ca.key -out ca.crt
ossl req -x509 -new -nodes -newkey rsa:2048 -days 2 -subj "/CN=Some Other CA" -keyout other-ca.key -out other-ca.crt
ossl req -new -nodes -newkey rsa:2048 -subj "/CN=localhost" -keyout server.key -out server.csr
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >san.ext
ossl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext -out server.crt
chmod 600 server.key
chmod 755 "$dir"
# As root, pg_virtualenv runs the server as postgres: it must own its key.
if [[ "$(id -u)" == 0 ]] && id postgres >/dev/null 2>&1; then
    chown postgres server.key server.crt ca.crt
fi
# A cluster of our own, even when run inside another pg_virtualenv (scripts/with-postgres.sh):
# its variables would make the new cluster reuse the outer one's port.
unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PG_CLUSTER_CONF_ROOT PGSYSCONFDIR PGVERSION
pg_virtualenv -t -o listen_addresses=localhost "$self" --inner "$admin" "$dir"
