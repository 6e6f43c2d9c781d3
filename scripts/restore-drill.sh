#!/usr/bin/env bash
# Restore drill on a whole catalogue: back it up with the backup command (pg_dump, custom format), restore the file
# into a fresh database with the restore command (pg_restore, one transaction), start the published app on each, and
# compare row counts of every table, a search's total and facet counts through the API, and an entry's history. The
# instance on the restored database builds its search index by itself; the time it took is printed.
#   scripts/restore-drill.sh [--size N]   (default: the local catalogue database with the sample; N: bench_N)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/benchmark-db.sh
size=""
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    *) echo "Unknown argument: $1" >&2; exit 2 ;;
  esac
done

work="$root/.data/restore-drill"
rm -rf "$work" && mkdir -p "$work"
dotnet build src/Catalogue.Web -c Release -nologo -v quiet -clp:ErrorsOnly
scripts/db.sh start >/dev/null
if [ -n "$size" ]; then
  use_benchmark_database "$size"
  source_db="bench_$size"
else
  source_db=catalogue
  ConnectionStrings__Catalogue=$(scripts/db.sh ensure "$source_db")
  export ConnectionStrings__Catalogue
  app migrate --sample >/dev/null
fi
source_connection=$ConnectionStrings__Catalogue
target_db=restore_drill
scripts/db.sh psql postgres -qc "DROP DATABASE IF EXISTS $target_db" >/dev/null
target_connection=$(scripts/db.sh ensure "$target_db")
dotnet publish src/Catalogue.Web -c Release -o "$work/publish" -nologo -v quiet -clp:ErrorsOnly

seconds_since() { python3 -c "import time,sys; print(f'{time.time()-float(sys.argv[1]):.1f}')" "$1"; }

echo "== Backing up $source_db" >&2
began=$(date +%s.%N)
app backup "$work/catalogue.dump" | tee "$work/backup.txt" >&2
backup_seconds=$(seconds_since "$began")
echo "== Restoring into $target_db" >&2
began=$(date +%s.%N)
ConnectionStrings__Catalogue=$target_connection app restore "$work/catalogue.dump" | tee "$work/restore.txt" >&2
ConnectionStrings__Catalogue=$target_connection app migrate >&2
restore_seconds=$(seconds_since "$began")

# Every table's rows, in both databases.
counts() {
  scripts/db.sh psql "$1" -tA -F ' ' -c "SELECT table_name, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', table_name), false, true, '')))[1]::text
    FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
}
counts "$source_db" > "$work/source-counts.txt"
counts "$target_db" > "$work/target-counts.txt"

# An entry with the longest history: its revisions, compared as text.
entry=$(scripts/db.sh psql "$source_db" -tAc "SELECT entry_id FROM entry_revisions GROUP BY entry_id ORDER BY count(*) DESC, entry_id LIMIT 1")
history() { scripts/db.sh psql "$1" -tAc "SELECT count(*) || ' revisions, md5 ' || md5(string_agg(snapshot_json::text, '|' ORDER BY id)) FROM entry_revisions WHERE entry_id = $entry"; }

start_app() {
  local name=$1 port=$2 connection=$3
  (cd "$work/publish" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" ConnectionStrings__Catalogue="$connection" \
    OpenData__PublicBaseUrl="http://127.0.0.1:$port" Search__IndexPath="$work/index-$name" RateLimits__PublicReadsPerMinute=1000000 \
    exec dotnet Catalogue.Web.dll > "$work/app-$name.log" 2>&1) &
  echo $!
}
source_pid=$(start_app source 5121 "$source_connection")
began=$(date +%s.%N)
target_pid=$(start_app restored 5122 "$target_connection")
trap 'kill $source_pid $target_pid 2>/dev/null || true' EXIT
wait_ready() {
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ] && return 0
    sleep 0.5
  done
  echo "instance on port $1 never became ready" >&2
  exit 1
}
wait_ready 5122
index_seconds=$(seconds_since "$began")
wait_ready 5121
search="/api/v1/entries?q=children&sdg=4.1&pageSize=20"
curl -s "http://127.0.0.1:5121$search" > "$work/source-search.json"
curl -s "http://127.0.0.1:5122$search" > "$work/target-search.json"

python3 - "$work" "$source_db" "$target_db" "$backup_seconds" "$restore_seconds" "$index_seconds" "$(stat -c %s "$work/catalogue.dump")" \
  "$(history "$source_db")" "$(history "$target_db")" "$entry" "$search" <<'PY'
import json, re, sys
work, source, target, backup_s, restore_s, index_s, size, history_source, history_target, entry, search = sys.argv[1:]
def read(name):
    return dict(line.split() for line in open(f"{work}/{name}") if line.strip())
a, b = read("source-counts.txt"), read("target-counts.txt")
print(f"Restore drill: {source} backed up and restored into {target}")
print()
print("| step | result |")
print("|---|---|")
dump_s = re.search(r", ([\d.,]+) s\)", open(f"{work}/backup.txt").read()).group(1)
load_s = re.search(r" in ([\d.,]+) s\.", open(f"{work}/restore.txt").read()).group(1)
print(f"| backup (pg_dump, custom format) | {int(size) / 1048576:.1f} MiB in {dump_s} s ({backup_s} s with the command's start) |")
print(f"| restore (pg_restore, one transaction) | {load_s} s ({restore_s} s with the command's start and migrate) |")
print(f"| restored instance: start and build its search index | {index_s} s to /health/ready 200 |")
print()
print("| table | rows in the source | rows restored | equal |")
print("|---|---:|---:|---|")
unequal = 0
for table in sorted(set(a) | set(b)):
    same = a.get(table) == b.get(table)
    # The restored catalogue gets a new identity, which writes one outbox row (every instance rebuilds its index).
    if table == "search_outbox" and a.get(table) is not None and b.get(table) is not None and int(b[table]) == int(a[table]) + 1:
        same = True
    unequal += not same
    print(f"| {table} | {a.get(table, '—')} | {b.get(table, '—')} | {'yes' if same else 'NO'} |")
s, t = json.load(open(f"{work}/source-search.json")), json.load(open(f"{work}/target-search.json"))
facets_equal = s.get("facets") == t.get("facets")
print()
print(f"Search {search}: total {s.get('total')} on the source, {t.get('total')} on the restored copy; every facet count equal: {'yes' if facets_equal else 'NO'}")
print(f"History of entry {entry}: source {history_source}; restored {history_target}")
ok = unequal == 0 and s.get("total") == t.get("total") and facets_equal and history_source == history_target
print("The restored catalogue equals the source." if ok else "DIFFERENCES FOUND.")
sys.exit(0 if ok else 1)
PY
