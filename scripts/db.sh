#!/usr/bin/env bash
# A local PostgreSQL cluster for development and tests, kept in .data/pg so data survives restarts.
#   scripts/db.sh start    create (first time) and start the cluster; no-op when it runs already
#   scripts/db.sh stop     stop it
#   scripts/db.sh status   say whether it runs
#   scripts/db.sh ready    exit 0 when it accepts connections now (not while starting or shutting down)
#   scripts/db.sh env      print export lines: ConnectionStrings__Catalogue, CATALOGUE_TEST_CONNECTION
#   scripts/db.sh psql [DB [psql options]]   open psql on the catalogue database (or DB)
#   scripts/db.sh ensure DB                  create database DB when missing; print its connection string
# Environment: CATALOGUE_PG_PORT (default 55432), CATALOGUE_PG_DATA (default <repo>/.data/pg).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
port=${CATALOGUE_PG_PORT:-55432}
data=${CATALOGUE_PG_DATA:-$root/.data/pg}
database=catalogue
role=catalogue

is_root() { [ "$(id -u)" = 0 ]; }

# PostgreSQL refuses to run as root: as root, run the server tools as the postgres user.
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_postgres() {
  echo "PostgreSQL is not installed; installing it from the OS packages..." >&2
  local sudo=""
  is_root || sudo="sudo"
  # Keep the package from creating and starting its own cluster on port 5432.
  $sudo mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.d/00-no-main.conf >/dev/null
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql postgresql-contrib >/dev/null
}

bin=$(find_bin)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  install_postgres
  bin=$(find_bin)
fi
export PATH="$bin:$PATH"

# As root the postgres user must be able to reach the data folder; a checkout under /root cannot be reached,
# so the cluster then lives under /tmp, keyed by the checkout's path.
if is_root && [ -z "${CATALOGUE_PG_DATA:-}" ]; then
  mkdir -p "$(dirname "$data")"
  if ! runuser -u postgres -- test -x "$(dirname "$data")" 2>/dev/null; then
    data="/tmp/catalogue-pg-$(printf '%s' "$root" | sha1sum | cut -c1-12)"
  fi
fi
password_file="$data/catalogue.password"

psql_admin() { as_pg psql -X -q -h "$data" -p "$port" -U postgres -v ON_ERROR_STOP=1 "$@"; }

running() { [ -f "$data/PG_VERSION" ] && as_pg pg_ctl -D "$data" status >/dev/null 2>&1; }

init_cluster() {
  echo "Creating a PostgreSQL cluster in $data" >&2
  mkdir -p "$data"
  is_root && chown postgres:postgres "$data"
  chmod 700 "$data"
  as_pg initdb -D "$data" --encoding=UTF8 --locale=C.UTF-8 --username=postgres \
    --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  # Local socket connections as the cluster's owner only; TCP needs the generated password.
  local owner
  owner=$(id -un)
  printf 'local all postgres peer map=owner\nhost all all 127.0.0.1/32 scram-sha-256\n' > "$data/pg_hba.conf"
  printf 'owner %s postgres\nowner postgres postgres\n' "$owner" > "$data/pg_ident.conf"
  head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$password_file"
  chmod 600 "$password_file"
  is_root && chown postgres:postgres "$data/pg_hba.conf" "$data/pg_ident.conf" "$password_file"
  return 0
}

start() {
  [ -f "$data/PG_VERSION" ] || init_cluster
  if running; then
    return 0
  fi
  rm -f "$data/postmaster.pid"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is taken by another server. Set CATALOGUE_PG_PORT to a free port." >&2
    exit 1
  fi
  # The cluster is for development and tests: an unflushed commit may be lost in a crash, never corrupted.
  as_pg pg_ctl -D "$data" -l "$data/server.log" -w -t 60 -o "-p $port -c listen_addresses=127.0.0.1 \
    -c unix_socket_directories='$data' -c synchronous_commit=off -c shared_buffers=256MB \
    -c max_connections=200" start >/dev/null
  ensure_roles
  echo "PostgreSQL runs on 127.0.0.1:$port (data in $data)" >&2
}

ensure_roles() {
  local password
  password=$(cat "$password_file")
  psql_admin -d postgres <<SQL
SELECT 'CREATE ROLE $role LOGIN CREATEDB' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role')\gexec
ALTER ROLE $role PASSWORD '$password';
SELECT 'CREATE DATABASE $database OWNER $role' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$database')\gexec
SQL
  # Test databases are created from template1: give them the extensions the migrations need.
  for db in template1 "$database"; do
    psql_admin -d "$db" -c "CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;"
  done
}

connection() { echo "Host=127.0.0.1;Port=$port;Database=$1;Username=$role;Password=$(cat "$password_file")"; }

case "${1:-}" in
  start) start ;;
  stop) if running; then as_pg pg_ctl -D "$data" -m fast -w stop >/dev/null; echo "PostgreSQL stopped" >&2; fi ;;
  status) if running; then echo "running on 127.0.0.1:$port (data in $data)"; else echo "stopped"; exit 3; fi ;;
  ready) "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" ;;
  env)
    running || start
    echo "export ConnectionStrings__Catalogue='$(connection "$database")'"
    echo "export CATALOGUE_TEST_CONNECTION='$(connection postgres)'"
    ;;
  psql) running || start; PGPASSWORD=$(cat "$password_file") exec psql -h 127.0.0.1 -p "$port" -U "$role" -d "${2:-$database}" "${@:3}" ;;
  ensure)
    [ -n "${2:-}" ] || { echo "usage: scripts/db.sh ensure DB" >&2; exit 2; }
    running || start
    psql_admin -d postgres <<SQL
SELECT 'CREATE DATABASE "$2" OWNER $role' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$2')\gexec
SQL
    connection "$2"
    ;;
  *) echo "usage: scripts/db.sh start|stop|status|env|psql|ensure" >&2; exit 2 ;;
esac
