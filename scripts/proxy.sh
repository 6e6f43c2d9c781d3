#!/usr/bin/env bash
# Two app instances behind nginx with TLS, as an agency would run them:
#   scripts/proxy.sh start    PostgreSQL, the published app twice on loopback ports (each with its own search index),
#                             nginx in front on https://localhost:8443 (self-signed certificate made here)
#   scripts/proxy.sh stop     stop nginx and both instances (the database keeps running: scripts/db.sh stop)
#   scripts/proxy.sh status
#   scripts/proxy.sh certificate [folder]   a self-signed certificate for docker-compose.yml's proxy (.data/tls)
# Environment: CATALOGUE_PROXY_HOST (localhost, or a loopback address such as 127.0.0.2 that nginx listens on),
# CATALOGUE_PROXY_PORT (8443), CATALOGUE_APP_PORTS ("5101 5102"), CATALOGUE_PROXY_DB (database name,
# default catalogue; e.g. bench_100000 from scripts/benchmark-search.sh --size 100000).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
run="$root/.data/proxy"
listen=${CATALOGUE_PROXY_PORT:-8443}
read -r port_a port_b <<< "${CATALOGUE_APP_PORTS:-5101 5102}"
database=${CATALOGUE_PROXY_DB:-catalogue}
host=${CATALOGUE_PROXY_HOST:-localhost}
listen_address=$host
[ "$host" = localhost ] && listen_address=127.0.0.1
url="https://$host:$listen"

nginx_bin() { command -v nginx || echo /usr/sbin/nginx; }

start() {
  [ -x "$(nginx_bin)" ] || { echo "nginx is needed: sudo apt-get install nginx" >&2; exit 1; }
  mkdir -p "$run"/{client_body,proxy,fastcgi,uwsgi,scgi,logs}
  scripts/db.sh start >/dev/null
  export ConnectionStrings__Catalogue
  ConnectionStrings__Catalogue=$(scripts/db.sh ensure "$database")
  echo "== Publishing the app (Release)" >&2
  dotnet publish src/Catalogue.Web -c Release -o "$run/publish" -nologo -v quiet -clp:ErrorsOnly
  (cd "$run/publish" && dotnet Catalogue.Web.dll migrate --sample >/dev/null)
  if [ ! -f "$run/cert.pem" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
      -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:127.0.0.2" -keyout "$run/key.pem" -out "$run/cert.pem" 2>/dev/null
  fi
  sed -e "s|@RUN@|$run|g" scripts/proxy/nginx.conf.template > "$run/nginx.conf"
  sed -e "s|\${APP_A}|127.0.0.1:$port_a|g" -e "s|\${APP_B}|127.0.0.1:$port_b|g" -e "s|\${LISTEN}|$listen_address:$listen|g" \
      -e "s|\${TLS_CERT}|$run/cert.pem|g" -e "s|\${TLS_KEY}|$run/key.pem|g" -e "s|\${SERVER_NAME}|$host|g" \
      scripts/proxy/catalogue.conf.template > "$run/catalogue.conf"
  for name in a b; do
    local port=$port_a
    [ "$name" = b ] && port=$port_b
    # Started from the publish folder, like the container's working directory: the content root (appsettings.json,
    # logging set-up) is the working directory.
    (cd "$run/publish" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
      OpenData__PublicBaseUrl="$url" ReverseProxy__KnownProxies__0=127.0.0.1 \
      Search__IndexPath="$run/index-$name" \
      exec nohup dotnet Catalogue.Web.dll > "$run/logs/app-$name.log" 2>&1) &
    echo $! > "$run/app-$name.pid"
  done
  for port in $port_a $port_b; do
    for _ in $(seq 1 300); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ] && break
      sleep 1
    done
  done
  "$(nginx_bin)" -p "$run" -c "$run/nginx.conf"
  echo "Two instances (127.0.0.1:$port_a, 127.0.0.1:$port_b) behind nginx: $url (self-signed certificate)"
}

stop() {
  [ -f "$run/nginx.pid" ] && "$(nginx_bin)" -p "$run" -c "$run/nginx.conf" -s quit 2>/dev/null || true
  for name in a b; do
    if [ -f "$run/app-$name.pid" ]; then
      kill "$(cat "$run/app-$name.pid")" 2>/dev/null || true
      rm -f "$run/app-$name.pid"
    fi
  done
  echo "Stopped nginx and both instances" >&2
}

status() {
  for name in a b; do
    if [ -f "$run/app-$name.pid" ] && kill -0 "$(cat "$run/app-$name.pid")" 2>/dev/null; then echo "instance $name: running"; else echo "instance $name: stopped"; fi
  done
  if [ -f "$run/nginx.pid" ] && kill -0 "$(cat "$run/nginx.pid")" 2>/dev/null; then echo "nginx: running on $url"; else echo "nginx: stopped"; fi
}

# A self-signed certificate for a first try of docker-compose.yml's proxy (an agency mounts its own).
certificate() {
  local folder=${1:-$root/.data/tls}
  mkdir -p "$folder"
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:127.0.0.2" -keyout "$folder/key.pem" -out "$folder/cert.pem" 2>/dev/null
  chmod 644 "$folder/key.pem"
  echo "Self-signed certificate: $folder/cert.pem and $folder/key.pem"
}

case "${1:-}" in
  start) start ;;
  certificate) certificate "${2:-}" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: scripts/proxy.sh start|stop|status|certificate [folder]" >&2; exit 2 ;;
esac
