#!/usr/bin/env bash
# Scans the published build the way an attacker would, through nginx with TLS (scripts/proxy.sh, sample catalogue):
# wapiti with every module that runs without the internet, then sqlmap on the catalogue page, the API, the Atom feed,
# OAI-PMH and the sign-in form. Prints the findings of each tool and how many responses of the two instances were 500.
# Bounded: wapiti stops after --minutes (default 15), each sqlmap target after 5 minutes.
#   scripts/security-scan.sh [--minutes 15]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
minutes=15
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    *) echo "Unknown argument: $1" >&2; exit 2 ;;
  esac
done
for tool in wapiti sqlmap; do
  command -v $tool >/dev/null || { echo "$tool is needed: sudo apt-get install wapiti sqlmap python3-brotli" >&2; exit 1; }
done
# wapiti asks for brotli-compressed pages; without the brotli module it cannot read them and crawls nothing past "/".
/usr/bin/python3 -c "import brotli" 2>/dev/null || { echo "python3-brotli is needed: sudo apt-get install python3-brotli" >&2; exit 1; }

work="$root/.data/security-scan"
rm -rf "$work" && mkdir -p "$work"
# Scanners send thousands of requests a minute: lift the per-client read budget so they test the pages, not the limiter.
export RateLimits__PublicReadsPerMinute=1000000000 Curation__RateLimits__SignInPerIpPerMinute=100000
trap 'scripts/proxy.sh stop' EXIT
scripts/proxy.sh start
site="https://localhost:${CATALOGUE_PROXY_PORT:-8443}"

# Offline modules only: ssrf and xxe call an outside server, nikto and wapp download their databases.
modules=backup,blindsql,brute_login_form,buster,cookieflags,crlf,csp,csrf,exec,file,htaccess,http_headers,methods,permanentxss,redirect,shellshock,sql,xss
echo "== wapiti ($modules), at most $minutes min" >&2
# Each of the 18 modules gets an equal share of the time; the crawl stays two links deep (facet links multiply fast).
wapiti -u "$site/" --scope folder -m "$modules" -d 2 --max-links-per-page 30 --max-scan-time $((minutes * 60)) \
  --max-attack-time $((minutes * 60 / 18)) --flush-session -f json -o "$work/wapiti.json" --verify-ssl 0 > "$work/wapiti.log" 2>&1 || true

entry=$(scripts/db.sh psql catalogue -tAc "SELECT slug FROM entries WHERE status = 'Published' ORDER BY id LIMIT 1")
targets=(
  "$site/catalogue?q=school&sdg=4.1&kind=Programme&from=2010&sort=newest&page=1"
  "$site/api/v1/entries?q=school&sdg=4.1&country=DE&pageSize=5&page=1"
  "$site/api/v1/entries/$entry"
  "$site/feeds/catalogue.atom?q=school&sdg=4.1"
  "$site/oai?verb=ListRecords&metadataPrefix=oai_dc&set=sdg:4.1"
)
echo "== sqlmap on ${#targets[@]} addresses and the sign-in form" >&2
: > "$work/sqlmap.txt"
for target in "${targets[@]}"; do
  echo "## $target" >> "$work/sqlmap.txt"
  timeout 300 sqlmap -u "$target" --batch --level 2 --risk 1 --dbms PostgreSQL --threads 2 --time-sec 3 \
    --output-dir "$work/sqlmap" --flush-session 2>&1 | grep -E "injectable|vulnerable|might be|all tested|CRITICAL|WARNING.*500" >> "$work/sqlmap.txt" || true
done
echo "## $site/account/login (form)" >> "$work/sqlmap.txt"
timeout 300 sqlmap -u "$site/account/login" --forms --batch --level 2 --risk 1 --dbms PostgreSQL --threads 2 --time-sec 3 \
  --csrf-token __RequestVerificationToken --output-dir "$work/sqlmap" --flush-session 2>&1 \
  | grep -E "injectable|vulnerable|might be|all tested|CRITICAL|WARNING.*500" >> "$work/sqlmap.txt" || true

python3 - "$work/wapiti.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print("wapiti findings by category (vulnerabilities, anomalies):")
for group in ("vulnerabilities", "anomalies"):
    for name, items in sorted(report.get(group, {}).items()):
        if items:
            print(f"  {group[:-3]}: {name}: {len(items)}")
            for item in items[:5]:
                print(f"    {item.get('method')} {item.get('path')} {item.get('parameter', '')} — {item.get('info', '')[:160]}")
total = sum(len(v) for g in ("vulnerabilities", "anomalies") for v in report.get(g, {}).values())
print(f"  total: {total}")
PY
grep -E "Wapiti found [0-9]+ URLs" "$work/wapiti.log" | sed 's/^\[\*\] /  /'
echo "sqlmap:"
sed 's/^/  /' "$work/sqlmap.txt"
errors=$(cat .data/proxy/logs/app-*.log | grep -c '"StatusCode":500' || true)
requests=$(cat .data/proxy/logs/app-*.log | grep -c '"StatusCode":' || true)
echo "Responses with status 500 in both instances' logs: $errors (of $requests logged requests)"
