#!/usr/bin/env bash
# Soak: the two-instance set-up of scripts/proxy.sh on a database of generated entries, read through nginx by four
# kinds of readers at once (1,000 distinct catalogue searches, entry pages, API searches, Atom feeds; wrk) while
# curators save edits through the app's own curation service. Afterwards it proves that every acknowledged save is in
# the database, its history and both instances' indexes, and prints p50/p95/p99 per kind, requests/s, errors, and
# each instance's memory (RSS every 10 s) with its slope.
#   scripts/soak.sh [--minutes 10] [--size 100000] [--connections 2 per kind]
# Bounded: everything runs on loopback and stops at the end (also on Ctrl+C).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/benchmark-db.sh
minutes=10
size=100000
connections=2
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    *) echo "Unknown argument: $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is needed: sudo apt-get install wrk" >&2; exit 1; }

work="$root/.data/soak"
rm -rf "$work" && mkdir -p "$work"
seconds=$((minutes * 60))
dotnet build src/Catalogue.Web -c Release -nologo -v quiet -clp:ErrorsOnly
use_benchmark_database "$size"

# Readers are many clients behind one address here: the per-client budget would refuse them, so it is lifted.
export RateLimits__PublicReadsPerMinute=1000000000 Serilog__MinimumLevel__Default=Warning
export CATALOGUE_PROXY_DB="bench_$size"
read -r port_a port_b <<< "${CATALOGUE_APP_PORTS:-5101 5102}"
proxy="https://localhost:${CATALOGUE_PROXY_PORT:-8443}"
trap 'kill $(jobs -p) 2>/dev/null || true; scripts/proxy.sh stop' EXIT
scripts/proxy.sh start

python3 scripts/load/catalogue-urls.py "$work/catalogue.txt" /catalogue
python3 scripts/load/catalogue-urls.py "$work/api.txt" /api/v1/entries
python3 scripts/load/catalogue-urls.py "$work/feeds.txt" /feeds/catalogue.atom
scripts/db.sh psql "bench_$size" -tAc "SELECT '/entries/' || slug FROM entries WHERE status = 'Published' ORDER BY random() LIMIT 1000" > "$work/entries.txt"

sample_memory() {
  local start=$SECONDS
  echo "seconds rss_a_mib rss_b_mib" > "$work/rss.txt"
  while true; do
    local a b
    a=$(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$(cat .data/proxy/app-a.pid)/status" 2>/dev/null || echo 0)
    b=$(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$(cat .data/proxy/app-b.pid)/status" 2>/dev/null || echo 0)
    echo "$((SECONDS - start)) $a $b" >> "$work/rss.txt"
    sleep 10
  done
}

echo "== Soak: $minutes min through $proxy; readers: 4 kinds x $connections connections; curators: 2, one save a second each" >&2
sample_memory &
sampler=$!
curators_app() { tools soak-curators "$@"; }
curators_app --out "$work/saves.jsonl" --seconds "$seconds" --curators 2 --interval-ms 1000 > "$work/curators.txt" &
curators=$!
readers=()
for kind in catalogue entries api feeds; do
  KIND=$kind URLS_FILE="$work/$kind.txt" wrk -t1 -c"$connections" -d"${seconds}s" --timeout 10s -s scripts/load/reader.lua "$proxy" \
    > "$work/wrk-$kind.txt" 2>&1 &
  readers+=($!)
done
wait $curators
wait "${readers[@]}" || true
kill $sampler 2>/dev/null || true
echo "== Curators: $(cat "$work/curators.txt")" >&2
sleep 3   # the index commit interval: what was acknowledged last is searchable after it

echo
echo "Readers ($minutes min, through nginx to two instances on bench_$size):"
echo "| kind | requests/s | p50 | p95 | p99 | socket errors | non-2xx | requests |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for kind in catalogue entries api feeds; do
  tail -1 "$work/wrk-$kind.txt" | awk '{ printf "| %s | %s | %s ms | %s ms | %s ms | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8 }'
done
echo
echo "Curators' saves (their own timings, ms):"
python3 - "$work/saves.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
ms = sorted(r["milliseconds"] for r in rows if r["outcome"] == "saved")
pick = lambda p: ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))] if ms else 0
print("| saves | p50 | p95 | p99 | refused |\n|---:|---:|---:|---:|---:|")
print(f"| {len(ms)} | {pick(50)} ms | {pick(95)} ms | {pick(99)} ms | {len(rows) - len(ms)} |")
PY
echo
echo "Memory (RSS, MiB, every 10 s; slope by least squares after the first minute):"
awk 'NR > 1 { t[NR] = $1; a[NR] = $2; b[NR] = $3; n = NR }
     function slope(v,   i, c, st, sv, stt, stv) { c = 0; st = sv = stt = stv = 0
       for (i = 2; i <= n; i++) if (t[i] >= 60) { c++; st += t[i]; sv += v[i]; stt += t[i] * t[i]; stv += t[i] * v[i] }
       return c > 1 ? (c * stv - st * sv) / (c * stt - st * st) * 60 : 0 }
     function minmax(v, which,   i, m) { m = v[2]; for (i = 2; i <= n; i++) if ((which == "max" && v[i] > m) || (which == "min" && v[i] < m)) m = v[i]; return m }
     END { printf "| instance | samples | first | last | min | max | slope after 1 min |\n|---|---:|---:|---:|---:|---:|---:|\n"
           printf "| a | %d | %s | %s | %s | %s | %+.2f MiB/min |\n", n - 1, a[2], a[n], minmax(a, "min"), minmax(a, "max"), slope(a)
           printf "| b | %d | %s | %s | %s | %s | %+.2f MiB/min |\n", n - 1, b[2], b[n], minmax(b, "min"), minmax(b, "max"), slope(b) }' "$work/rss.txt"
echo
echo "Nothing lost?"
curators_app --verify "$work/saves.jsonl" --instances "http://127.0.0.1:$port_a,http://127.0.0.1:$port_b"
