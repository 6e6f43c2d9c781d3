#!/usr/bin/env bash
# Loads the catalogue page over HTTP with wrk: the published Release build in Production on a loopback port, over
# 1,000 distinct catalogue searches (text, facets, years, orders and pages mixed), so no repeated request is measured.
# Prints requests/s, p50/p95/p99 and errors.
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
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" Serilog__MinimumLevel__Default=Warning \
  Search__IndexPath="$work/index" OpenData__PublicBaseUrl="$url" \
  dotnet "$work/publish/Catalogue.Web.dll" > "$work/app.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid 2>/dev/null; wait $app_pid 2>/dev/null || true' EXIT
echo "== Waiting for the app and its search index" >&2
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = 200 ] && break
  kill -0 $app_pid 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 1
done

python3 - "$work/urls.txt" <<'PY'
import random, sys, urllib.parse
random.seed(14)
words = ["education", "refugee", "children", "school", "vocational", "language", "teacher training", "integration",
         "digital", "migrant", "refugee children", "inclusive", "scholarships", "literacy", "returning migrants",
         "xenophobia", "mobility", "psychosocial", "early childhood", "recognition", "educ", "vocat", "childern"]
targets = ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.a", "4.b", "4.c"]
kinds = ["publication", "programme", "event", "tool", "research"]
regions = ["002", "019", "142", "150", "009", "145", "419", "202", "034", "155"]
countries = ["TR", "DE", "CO", "JO", "LB", "KE", "ET", "BD", "MX", "US", "FR", "UG", "NG", "PK", "SY"]
sorts = ["relevance", "newest", "title", "updated"]
urls = set()
while len(urls) < 1000:
    query = []
    if random.random() < 0.6: query.append(("q", random.choice(words)))
    for key, values, p in (("sdg", targets, .5), ("kind", kinds, .35), ("region", regions, .25), ("country", countries, .2)):
        if random.random() < p:
            query += [(key, v) for v in random.sample(values, random.choice([1, 1, 2]))]
    if random.random() < 0.2: query.append(("gcm", str(random.randint(1, 23))))
    if random.random() < 0.15: query.append(("from", str(random.randint(2000, 2020))))
    if random.random() < 0.2: query.append(("sort", random.choice(sorts)))
    if random.random() < 0.2: query.append(("page", str(random.randint(2, 20))))
    urls.add("/catalogue?" + urllib.parse.urlencode(query) if query else "/catalogue")
open(sys.argv[1], "w").write("\n".join(sorted(urls)) + "\n")
PY

cat > "$work/urls.lua" <<'LUA'
local urls = {}
for line in io.lines(os.getenv("URLS_FILE")) do urls[#urls + 1] = line end
local next = 0
request = function()
  next = next % #urls + 1
  return wrk.format("GET", urls[next], { ["Accept-Encoding"] = "br" })
end
done = function(summary, latency, requests)
  io.write(string.format("requests/s %.1f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 95, 99 }) do io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000)) end
  local e = summary.errors
  io.write(string.format("socket errors %d, non-2xx responses %d, requests %d\n", e.connect + e.read + e.write + e.timeout, e.status, summary.requests))
end
LUA

echo "== Warm-up (10 s), then $duration s with $connections connections over $(wc -l < "$work/urls.txt") distinct searches" >&2
URLS_FILE="$work/urls.txt" wrk -t2 -c"$connections" -d10s -s "$work/urls.lua" "$url" >/dev/null
URLS_FILE="$work/urls.txt" wrk -t2 -c"$connections" -d"${duration}s" -s "$work/urls.lua" "$url" | tail -5
