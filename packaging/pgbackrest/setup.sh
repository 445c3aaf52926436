#!/usr/bin/env bash
# Backups with point-in-time recovery for Nasti's PostgreSQL server, with pgBackRest
# (Debian package pgbackrest). Run as root on the database server:
#
#   packaging/pgbackrest/setup.sh [options]
#
#   --stanza NAME      the backup set's name (default: nasti)
#   --pg-data DIR      the cluster's data directory (default: /var/lib/postgresql/15/main)
#   --pg-port PORT     its port (default: 5432)
#   --pg-socket DIR    its socket directory (default: /var/run/postgresql)
#   --repo DIR         where backups and archived WAL go (default: /var/lib/pgbackrest);
#                      put it on another disk, or better another machine (see pgBackRest's
#                      repo1-host), or add a second repository (repo2-*) in the config
#   --config FILE      pgBackRest's configuration (default: /etc/pgbackrest/pgbackrest.conf)
#   --restart COMMAND  how to restart the cluster (default: pg_ctlcluster 15 main restart)
#   --no-cron          do not install /etc/cron.d/nasti-pgbackrest
#
# It writes the configuration, turns on WAL archiving (archive_mode, archive_command) with
# ALTER SYSTEM, restarts the cluster, creates the stanza, checks that archiving works and
# takes the first full backup. The cron file takes a full backup on Sundays and a
# differential one on the other nights; two full backups are kept, and with them the WAL
# to recover to any moment since the older one. To recover (see README, "Backups"):
#
#   pg_ctlcluster 15 main stop
#   sudo -u postgres pgbackrest --stanza=nasti --delta --type=time \
#       --target='2026-01-05 14:30:00+05:30' --target-action=promote restore
#   pg_ctlcluster 15 main start
#   nasti-admin --db postgresql://... verify
set -euo pipefail

stanza=nasti
pgdata=/var/lib/postgresql/15/main
pgport=5432
pgsocket=/var/run/postgresql
repo=/var/lib/pgbackrest
config=/etc/pgbackrest/pgbackrest.conf
restart="pg_ctlcluster 15 main restart"
cron=yes
while [[ $# -gt 0 ]]; do
    case "$1" in
        --stanza) stanza="$2"; shift 2 ;;
        --pg-data) pgdata="$2"; shift 2 ;;
        --pg-port) pgport="$2"; shift 2 ;;
        --pg-socket) pgsocket="$2"; shift 2 ;;
        --repo) repo="$2"; shift 2 ;;
        --config) config="$2"; shift 2 ;;
        --restart) restart="$2"; shift 2 ;;
        --no-cron) cron=no; shift ;;
        -h | --help) sed -n '2,30s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "setup.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
done

command -v pgbackrest >/dev/null || { echo "setup.sh: pgbackrest is not installed (apt-get install pgbackrest)" >&2; exit 1; }
as_pg() {
    if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
confdir="$(dirname "$config")"
logdir="$repo/log"
mkdir -p "$confdir" "$repo" "$logdir"
if [[ "$(id -u)" == 0 ]]; then
    chown postgres:postgres "$repo" "$logdir"
    chmod 750 "$repo"
fi
cat >"$config" <<CONF
# Written by Nasti's packaging/pgbackrest/setup.sh
[global]
repo1-path=$repo
repo1-retention-full=2
start-fast=y
log-path=$logdir
lock-path=$repo/lock
log-level-console=warn
log-level-file=info

[$stanza]
pg1-path=$pgdata
pg1-port=$pgport
pg1-socket-path=$pgsocket
CONF
chmod 640 "$config"
[[ "$(id -u)" == 0 ]] && chown root:postgres "$config"

psql_pg() { as_pg psql -X -q -At -v ON_ERROR_STOP=1 -h "$pgsocket" -p "$pgport" -d postgres -c "$1"; }
psql_pg "ALTER SYSTEM SET archive_mode = on"
psql_pg "ALTER SYSTEM SET archive_command = 'pgbackrest --config=$config --stanza=$stanza archive-push %p'"
psql_pg "ALTER SYSTEM SET wal_level = replica"
psql_pg "ALTER SYSTEM SET max_wal_senders = 10"
echo "setup.sh: restarting PostgreSQL for archive_mode: $restart"
eval "$restart"
for _ in $(seq 1 60); do
    psql_pg "SELECT 1" >/dev/null 2>&1 && break
    sleep 0.5
done

as_pg pgbackrest --config="$config" --stanza="$stanza" stanza-create
as_pg pgbackrest --config="$config" --stanza="$stanza" check
as_pg pgbackrest --config="$config" --stanza="$stanza" --type=full backup
echo "setup.sh: first full backup taken:"
as_pg pgbackrest --config="$config" --stanza="$stanza" info

if [[ "$cron" == yes ]]; then
    cat >/etc/cron.d/nasti-pgbackrest <<CRON
# Nasti: pgBackRest backups (packaging/pgbackrest/setup.sh)
30 1 * * 0   postgres  pgbackrest --config=$config --stanza=$stanza --type=full backup
30 1 * * 1-6 postgres  pgbackrest --config=$config --stanza=$stanza --type=diff backup
CRON
    echo "setup.sh: nightly backups in /etc/cron.d/nasti-pgbackrest"
fi
