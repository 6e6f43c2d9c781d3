#!/usr/bin/env bash
# Measures the catalogue search (service vs. hand-written SQL floor) against the local database and prints a table.
# Fill the database first (e.g. the generator command of the sample-data issue); extra arguments go to the command,
# e.g. scripts/benchmark-search.sh --iterations 100. Set ConnectionStrings__Catalogue to measure another database.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
if [ -z "${ConnectionStrings__Catalogue:-}" ]; then
  scripts/db.sh start >/dev/null
  eval "$(scripts/db.sh env)"
fi
dotnet build src/Catalogue.Web -c Release -nologo -v quiet -clp:ErrorsOnly
Serilog__MinimumLevel__Default=Warning dotnet run --no-build -c Release --no-launch-profile --project src/Catalogue.Web -- benchmark-search "$@"
