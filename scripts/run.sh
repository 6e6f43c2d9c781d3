#!/usr/bin/env bash
# Starts the catalogue for development: local PostgreSQL, migrations and sample data (applied by the app in
# Development), the web app on http://localhost:5080. Stop with Ctrl+C; the database keeps running
# (scripts/db.sh stop stops it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2; exit 1; }
scripts/db.sh start
eval "$(scripts/db.sh env)"

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:5080}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Each instance keeps its search index in a folder of its own (rebuilt from the database when missing).
export Search__IndexPath=${Search__IndexPath:-$root/.data/search-index}

echo "Building..."
dotnet build src/Catalogue.Web -nologo -v quiet -clp:ErrorsOnly
echo
echo "  Migrant Education Catalogue: ${ASPNETCORE_URLS%%;*}"
echo
exec dotnet run --project src/Catalogue.Web --no-build --no-launch-profile -- "$@"
