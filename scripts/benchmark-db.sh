#!/usr/bin/env bash
# Sourced by the benchmark scripts: with a size, points ConnectionStrings__Catalogue at a database of that many
# generated entries (bench_<size> in the local cluster: created, migrated and filled on first use, kept afterwards);
# without one, at $ConnectionStrings__Catalogue or the local catalogue database.
#   use_benchmark_database SIZE
use_benchmark_database() {
  local size=${1:-}
  if [ -z "$size" ]; then
    if [ -z "${ConnectionStrings__Catalogue:-}" ]; then
      scripts/db.sh start >/dev/null
      eval "$(scripts/db.sh env)"
    fi
    return 0
  fi

  case "$size" in ''|*[!0-9]*) echo "--size takes a number of entries" >&2; exit 2 ;; esac
  local name="bench_$size"
  # The tools' Release build holds the app's too (the migrate command below).
  dotnet build tools/Catalogue.Tools -c Release -nologo -v quiet -clp:ErrorsOnly >&2
  ConnectionStrings__Catalogue=$(scripts/db.sh ensure "$name")
  export ConnectionStrings__Catalogue
  app migrate >/dev/null
  local entries
  entries=$(scripts/db.sh psql "$name" -tAc "SELECT count(*) FROM entries")
  if [ "$entries" = 0 ]; then
    echo "== Filling $name with $size generated entries (once)" >&2
    tools generate --count "$size" --seed 1 >&2
  else
    echo "== Using $name ($entries entries)" >&2
  fi
}

# Runs a command of the Release build of the app.
app() {
  Serilog__MinimumLevel__Default=Warning dotnet run --no-build -c Release --no-launch-profile --project src/Catalogue.Web -- "$@"
}

# Runs a command of the Release build of the developers' tools (generate, benchmark-search, soak-curators).
tools() {
  Serilog__MinimumLevel__Default=Warning dotnet run --no-build -c Release --project tools/Catalogue.Tools -- "$@"
}
