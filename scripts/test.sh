#!/usr/bin/env bash
# Runs every check and test: installs what a fresh machine lacks (PostgreSQL, Chromium, nginx, local .NET tools),
# starts the local PostgreSQL cluster, checks the model has no changes without a migration and that
# docker-compose.yml is valid, then runs the test suite. Prints "N passed, N failed, N skipped" at the end.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2; exit 1; }

# Browser tests drive Debian's Chromium (Playwright cannot download a browser here).
if [ ! -x /usr/bin/chromium ]; then
  echo "== Installing Chromium for the browser tests"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# The proxy tests put nginx in front of two app instances, as an agency's server would.
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "== Installing nginx for the reverse-proxy tests"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx-light >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx >/dev/null
fi

# The accessibility test injects axe-core into the pages (npm package, kept in the git-ignored .data folder).
if [ ! -f .data/tools/node_modules/axe-core/axe.min.js ] && command -v npm >/dev/null; then
  echo "== Installing axe-core for the accessibility test"
  npm install --silent --no-audit --no-fund --prefix .data/tools axe-core@4.14.1 >/dev/null
fi

scripts/db.sh start
eval "$(scripts/db.sh env)"

echo "== Restoring local tools and building"
dotnet tool restore >/dev/null
dotnet build Catalogue.sln -nologo -v quiet -clp:ErrorsOnly

echo "== Checking that the model has no changes without a migration"
dotnet ef migrations has-pending-model-changes --no-build \
  --project src/Catalogue.Core --startup-project src/Catalogue.Core >/dev/null \
  || { echo "The EF model has changes without a migration: add one (see README)." >&2; exit 1; }

echo "== Validating docker-compose.yml against the Compose specification"
scripts/validate-compose.sh

echo "== Running the tests"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Catalogue.sln --no-build -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# dotnet test's own summary is not a line CI tools read; print the plain one.
awk '/(Passed|Failed)!.*Total:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
