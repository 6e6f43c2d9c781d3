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
export RateLimits__PublicReadsPerMinute=1000000000 Curation__RateLimits__SignInPerIpPerMinute=100000 \
  Curation__RateLimits__SignInPerAccountPerMinute=100000
# ASP.NET Core leaves HSTS off for "localhost" on purpose (a browser would then force HTTPS on every local site);
# 127.0.0.2 is loopback too but not excluded, so the scan sees the headers a deployment under its own name sends.
export CATALOGUE_PROXY_HOST=${CATALOGUE_PROXY_HOST:-127.0.0.2}
trap 'scripts/proxy.sh stop' EXIT
scripts/proxy.sh start
site="https://$CATALOGUE_PROXY_HOST:${CATALOGUE_PROXY_PORT:-8443}"

# Offline modules only: ssrf and xxe call an outside server, nikto and wapp download their databases.
modules=backup,blindsql,brute_login_form,buster,cookieflags,crlf,csp,csrf,exec,file,htaccess,http_headers,methods,permanentxss,redirect,shellshock,sql,xss
echo "== wapiti ($modules), at most $minutes min" >&2
# Every module attacks every address found, so the crawl is kept small but covers each kind of page: one link deep
# from the home page and from one address of each kind (facet links multiply fast). The whole scan is bounded.
entry=$(scripts/db.sh psql catalogue -tAc "SELECT slug FROM entries WHERE status = 'Published' ORDER BY id LIMIT 1")
starts=(-s "$site/catalogue?q=school&sdg=4.1" -s "$site/entries/$entry" -s "$site/suggest" -s "$site/account/login"
  -s "$site/api/v1/entries?q=school" -s "$site/feeds/catalogue.atom?q=school" -s "$site/oai?verb=ListRecords&metadataPrefix=oai_dc"
  -s "$site/sdg4/4.1" -s "$site/gcm/15")
# Crawl once, then each module on its own with an equal share of the time (wapiti's own --max-attack-time is not kept
# on a busy machine); findings accumulate in the session, and a last quick run writes the report of all of them.
# Every run sends the same antiforgery cookie, so the form tokens found by the crawl stay valid in the module runs
# (without it each run's forms are refused before any attack reaches them, and the csrf module reports that as a flaw).
curl -sk -c "$work/curl-cookies.txt" -o /dev/null "$site/suggest"
python3 - "$work/curl-cookies.txt" "$work/cookies.json" <<'PY'
import json, sys
jar = {}
for line in open(sys.argv[1]):
    parts = line.rstrip("\n").split("\t")
    if len(parts) == 7 and not line.startswith("# "):
        domain, _, path, secure, _, name, value = parts
        domain = domain.removeprefix("#HttpOnly_")
        # wapiti's jar keys an IP address as it is, a host name with a leading dot (".local" added to a bare name).
        key = domain if domain.replace(".", "").isdigit() else "." + (domain if "." in domain else domain + ".local")
        jar.setdefault(key, {}).setdefault(path, {})[name] = {"value": value, "expires": None, "secure": secure == "TRUE", "port": None, "version": 0}
json.dump(jar, open(sys.argv[2], "w"))
PY
scan=(wapiti -u "$site/" "${starts[@]}" --scope folder -d 1 --max-links-per-page 12 --verify-ssl 0 -c "$work/cookies.json")
"${scan[@]}" -m http_headers --flush-session -f json -o "$work/crawl.json" > "$work/wapiti.log" 2>&1 || true
share=$((minutes * 60 / 18))
for module in ${modules//,/ }; do
  echo "== wapiti module $module (at most $share s)" >> "$work/wapiti.log"
  timeout "$share" "${scan[@]}" --skip-crawl -m "$module" -f json -o "$work/wapiti-$module.json" >> "$work/wapiti.log" 2>&1 < /dev/null \
    || echo "   stopped after $share s" >> "$work/wapiti.log"
done
"${scan[@]}" --skip-crawl -m http_headers -f json -o "$work/wapiti.json" >> "$work/wapiti.log" 2>&1 || true

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
# The sign-in form posts to itself; each try fetches a fresh antiforgery token first, like a browser.
timeout 300 sqlmap -u "$site/account/login" --data "_handler=login&Input.Email=reader%40example.org&Input.Password=not-the-password&__RequestVerificationToken=x" \
  -p "Input.Email,Input.Password" --csrf-token __RequestVerificationToken --csrf-url "$site/account/login" \
  --batch --level 2 --risk 1 --dbms PostgreSQL --time-sec 3 --output-dir "$work/sqlmap" --flush-session 2>&1 \
  | grep -E "injectable|vulnerable|might be|all tested|CRITICAL|WARNING.*500" >> "$work/sqlmap.txt" || true

python3 - "$work" <<'PY'
import glob, json, sys
found = {}
for path in glob.glob(f"{sys.argv[1]}/wapiti*.json"):
    report = json.load(open(path))
    for group in ("vulnerabilities", "anomalies"):
        for name, items in report.get(group, {}).items():
            for item in items:
                key = (group, name, item.get("method"), item.get("path"), item.get("parameter"), item.get("info"))
                found[key] = item
print("wapiti findings (vulnerabilities and anomalies, every module):")
for (group, name, method, path, parameter, info) in sorted(found, key=str):
    print(f"  {group[:-3]}: {name}: {method} {path} {parameter or ''} — {(info or '')[:160]}")
print(f"  total: {len(found)}")
PY
grep -E "Wapiti found [0-9]+ URLs" "$work/wapiti.log" | sed 's/^\[\*\] /  /' | sort | uniq -c | sed 's/^ *\([0-9]*\) /  (in \1 module runs) /'
echo "sqlmap:"
sed 's/^/  /' "$work/sqlmap.txt"
errors=$(cat .data/proxy/logs/app-*.log | grep -c '"StatusCode":500' || true)
requests=$(cat .data/proxy/logs/app-*.log | grep -c '"StatusCode":' || true)
echo "Responses with status 500 in both instances' logs: $errors (of $requests logged requests)"
