#!/usr/bin/env bash
# Loads the catalogue page over HTTP with wrk: the published Release build in Production on a loopback port, over
# 1,000 distinct catalogue searches (text, facets, years, orders and pages mixed), so no repeated request is measured.
# Prints requests/s, p50/p95/p99 and errors; then the same for the insights page: the whole catalogue's picture, one
# drilled view, and 1,000 distinct searches' pictures, with each page's weight as sent (Brotli).
#   scripts/benchmark-http.sh [--size N] [--duration SECONDS] [--connections N]
# --size N uses the database of N generated entries (see scripts/benchmark-search.sh); default 100000.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/benchmark-db.sh
size=100000
duration=30
connections=16
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    *) echo "Unknown argument: $1" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { echo "wrk is needed: sudo apt-get install wrk" >&2; exit 1; }
work="$root/.data/bench-http"
mkdir -p "$work"
dotnet build src/Catalogue.Web -c Release -nologo -v quiet -clp:ErrorsOnly
use_benchmark_database "$size"
dotnet publish src/Catalogue.Web -c Release -o "$work/publish" -nologo -v quiet -clp:ErrorsOnly

port=5099
url="http://127.0.0.1:$port"
# From the publish folder: the working directory is the content root (appsettings.json, wwwroot).
(cd "$work/publish" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" Serilog__MinimumLevel__Default=Warning \
  Search__IndexPath="$work/index" OpenData__PublicBaseUrl="$url" RateLimits__PublicReadsPerMinute=1000000000 \
  exec dotnet Catalogue.Web.dll > "$work/app.log" 2>&1) &
app_pid=$!
trap 'kill $app_pid 2>/dev/null; wait $app_pid 2>/dev/null || true' EXIT
echo "== Waiting for the app and its search index" >&2
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = 200 ] && break
  kill -0 $app_pid 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 1
done

python3 scripts/load/catalogue-urls.py "$work/urls.txt"

# A fresh process answered 127 requests/s in its first 10 s and 140-172 in the five 10 s runs after (tiered compilation):
# the figures are for an instance that has been answering for a while.
echo "== Warm-up (30 s), then $duration s with $connections connections over $(wc -l < "$work/urls.txt") distinct searches" >&2
URLS_FILE="$work/urls.txt" wrk -t2 -c"$connections" -d30s -s scripts/load/reader.lua "$url" >/dev/null
URLS_FILE="$work/urls.txt" wrk -t2 -c"$connections" -d"${duration}s" -s scripts/load/reader.lua "$url" | tail -1 |
  awk '{ printf "| requests/s | p50 | p95 | p99 | socket errors | non-2xx | requests |\n|---:|---:|---:|---:|---:|---:|---:|\n| %s | %s ms | %s ms | %s ms | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7, $8 }'

# The insights page counts every table of its search in one read of the index; the drilled view adds a region's parts.
python3 scripts/load/catalogue-urls.py "$work/insights-urls.txt" /insights
echo "== Insights: warm-up (5 s), then $duration s with $connections connections per view" >&2
printf '\n| insights view | page weight (br) | requests/s | p50 | p95 | p99 | socket errors | non-2xx | requests |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for view in "/insights" "/insights?drill=142" "searches"; do
  if [ "$view" = searches ]; then
    urls="$work/insights-urls.txt"
    weight="–"
  else
    urls="$work/insights-view.txt"
    echo "$view" > "$urls"
    weight="$(curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$url$view") B"
  fi
  URLS_FILE="$urls" wrk -t2 -c"$connections" -d5s -s scripts/load/reader.lua "$url" >/dev/null
  URLS_FILE="$urls" KIND="$view" wrk -t2 -c"$connections" -d"${duration}s" -s scripts/load/reader.lua "$url" | tail -1 |
    awk -v w="$weight" -v n="$(wc -l < "$urls")" '{ name = ($1 == "searches") ? n " distinct searches" : "`" $1 "`";
      printf "| %s | %s | %s | %s ms | %s ms | %s ms | %s | %s | %s |\n", name, w, $2, $3, $4, $5, $6, $7, $8 }'
done
