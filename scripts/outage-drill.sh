#!/usr/bin/env bash
# Outage drill: the two-instance set-up of scripts/proxy.sh on the sample catalogue, a reader and a curator at work,
# and PostgreSQL stopped for 30 s in the middle. Prints, second by second, what the reader got through nginx (the
# catalogue page — from PostgreSQL or from the index alone —, an entry page, the API, and each instance's
# /health/ready) and what came of the curator's save; then proves that nothing was lost or half-written and that
# both instances answer again without a restart.
#   scripts/outage-drill.sh [--down-after 10] [--down-for 30] [--total 70]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
down_after=10
down_for=30
total=70
while [ $# -gt 0 ]; do
  case "$1" in
    --down-after) down_after=$2; shift 2 ;;
    --down-for) down_for=$2; shift 2 ;;
    --total) total=$2; shift 2 ;;
    *) echo "Unknown argument: $1" >&2; exit 2 ;;
  esac
done

work="$root/.data/outage-drill"
rm -rf "$work" && mkdir -p "$work"
export Serilog__MinimumLevel__Default=Warning
read -r port_a port_b <<< "${CATALOGUE_APP_PORTS:-5101 5102}"
proxy="https://localhost:${CATALOGUE_PROXY_PORT:-8443}"
trap 'kill $(jobs -p) 2>/dev/null || true; scripts/db.sh start >/dev/null 2>&1 || true; scripts/proxy.sh stop' EXIT
scripts/proxy.sh start
source scripts/benchmark-db.sh
dotnet build tools/Catalogue.Tools -c Release -nologo -v quiet -clp:ErrorsOnly
ConnectionStrings__Catalogue=$(scripts/db.sh ensure "${CATALOGUE_PROXY_DB:-catalogue}")
export ConnectionStrings__Catalogue
slug=$(scripts/db.sh psql "${CATALOGUE_PROXY_DB:-catalogue}" -tAc "SELECT slug FROM entries WHERE status = 'Published' ORDER BY id LIMIT 1")

(tools soak-curators --out "$work/saves.jsonl" --seconds "$total" --curators 1 --interval-ms 1000 \
  > "$work/curators.txt" 2>&1) &
curators=$!
# The clock starts at the curator's first save (setting up its account takes a while on a busy machine).
for _ in $(seq 1 240); do
  [ -s "$work/saves.jsonl" ] && break
  kill -0 $curators 2>/dev/null || { echo "The curator stopped before its first save:" >&2; tail -c 2000 "$work/curators.txt" >&2; exit 1; }
  sleep 0.5
done
start=$(date +%s)

status() { curl -sk -o "${2:-/dev/null}" -w '%{http_code}' --max-time 5 "$1" || true; }
# Stopping and starting run beside the readers (a shutdown checkpoint can take a while); the database column is what
# PostgreSQL answered at that second, not what was asked of it.
# Each second's probes run in the background so that a slow answer does not shift the next sample.
probe() {
  local second=$1 database=down page
  scripts/db.sh ready && database=up
  page=$(status "$proxy/catalogue?q=school" "$work/page-$second.html")
  grep -q "from the search index" "$work/page-$second.html" 2>/dev/null && page="$page(index)"
  echo "$second $database $page $(status "$proxy/entries/$slug") $(status "$proxy/api/v1/entries?q=school") \
$(status "http://127.0.0.1:$port_a/health/ready") $(status "http://127.0.0.1:$port_b/health/ready")" > "$work/row-$second"
}
for second in $(seq 0 $((total - 1))); do
  sleep $(( start + second - $(date +%s) > 0 ? start + second - $(date +%s) : 0 ))
  if [ "$second" = "$down_after" ]; then (scripts/db.sh stop >/dev/null 2>&1 &); fi
  if [ "$second" = "$((down_after + down_for))" ]; then (scripts/db.sh start >/dev/null 2>&1 &); fi
  probe "$second" &
done
wait $curators || true
wait
for second in $(seq 0 $((total - 1))); do cat "$work/row-$second"; done > "$work/readers.txt"

echo
echo "Outage timeline (PostgreSQL stopped at ${down_after} s, started at $((down_after + down_for)) s; statuses through nginx):"
python3 - "$work/readers.txt" "$work/saves.jsonl" "$start" <<'PY'
import json, sys, datetime
rows = [l.split() for l in open(sys.argv[1]).read().splitlines()]
start = int(sys.argv[3])
saves = {}
for line in open(sys.argv[2]):
    if line.strip():
        o = json.loads(line)
        at = datetime.datetime.fromisoformat(o["at"].replace("Z", "+00:00")).timestamp()
        saves.setdefault(int(at - start), []).append(f'{o["outcome"]} ({o["milliseconds"]} ms)')
print("| s | PostgreSQL | catalogue page | entry page | API | ready (a) | ready (b) | curator's save |")
print("|---:|---|---|---|---|---|---|---|")
for r in rows:
    print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {'; '.join(saves.get(int(r[0]), [])) or '—'} |")
PY
echo
echo "Nothing lost or half-written?"
tools soak-curators --verify "$work/saves.jsonl" --instances "http://127.0.0.1:$port_a,http://127.0.0.1:$port_b"
