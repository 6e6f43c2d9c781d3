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
# Without an SMTP server (Mail__Host), Development writes every message to a folder as an .eml file.
if [ -z "${Mail__Host:-}" ] && [ "$ASPNETCORE_ENVIRONMENT" = Development ]; then
  export Mail__PickupDirectory=${Mail__PickupDirectory:-$root/.data/mail}
fi

echo "Building..."
dotnet build src/Catalogue.Web -nologo -v quiet -clp:ErrorsOnly
echo
echo "  Migrant Education Catalogue: ${ASPNETCORE_URLS%%;*}"
if [ -n "${Mail__PickupDirectory:-}" ]; then echo "  Mail (alerts) is written to: $Mail__PickupDirectory"; fi
echo
exec dotnet run --project src/Catalogue.Web --no-build --no-launch-profile -- "$@"
