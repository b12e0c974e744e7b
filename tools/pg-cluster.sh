#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for tests: Unix socket only (no TCP), in a folder of its
# own, run by an unprivileged user (the package's `postgres` user when started as root), with
# settings that trade durability for speed (fsync off). Nothing outside DIR is touched.
#
#   tools/pg-cluster.sh start DIR   initdb + start; prints the libpq URI of the database `postgres`
#   tools/pg-cluster.sh env DIR     prints shell exports (FV_TEST_PG_URI, FV_TEST_PG_HOST, PGHOST, PGUSER, …)
#   tools/pg-cluster.sh stop DIR    stops the server (fast) and removes DIR; safe to call twice
#
# Superuser of the cluster: fv_super, trusted on the socket only (the socket folder is
# readable by its owner alone). Tests make their own databases and roles in it.
set -euo pipefail

bin="${FV_PG_BIN:-/usr/lib/postgresql/15/bin}"
super=fv_super

usage() {
  echo "usage: $0 start|stop|env DIR" >&2
  exit 2
}

[ $# -eq 2 ] || usage
cmd="$1"
dir="$2"

# Runs a command as the cluster's owner: root hands it to `postgres` (initdb refuses root).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

uri() {
  # The socket folder is the host; libpq takes it as a query parameter.
  echo "postgresql:///${1}?host=${dir}/sock&user=${super}"
}

start() {
  [ -x "$bin/initdb" ] || { echo "pg-cluster: $bin/initdb not found (apt-get install postgresql-15)" >&2; exit 1; }
  if [ "$(id -u)" -eq 0 ] && ! getent passwd postgres >/dev/null; then
    useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
  fi
  mkdir -p "$dir/sock"
  [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
  chmod 700 "$dir" "$dir/sock"
  # Folders above DIR must let the owner through (mktemp -d under /tmp does).
  as_owner "$bin/initdb" -D "$dir/data" -U "$super" -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir/sock -c unix_socket_permissions=0700 -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 \
        -c shared_buffers=64MB -c timezone=Europe/Oslo -c log_min_messages=warning" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  uri postgres
}

stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 ||
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  # Only a folder this script made (it has data/ or sock/) is removed.
  if [ -d "$dir/data" ] || [ -d "$dir/sock" ]; then
    rm -rf "$dir"
  fi
}

env_exports() {
  # Root's client programs connect to a socket owned by postgres: root may, as any user.
  echo "export FV_TEST_PG_URI='$(uri postgres)'"
  echo "export FV_TEST_PG_HOST='$dir/sock'"
  echo "export PGHOST='$dir/sock' PGUSER='$super' PGDATABASE=postgres"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  env) env_exports ;;
  *) usage ;;
esac
