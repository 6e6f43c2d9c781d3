#!/usr/bin/env bash
# Validates docker-compose.yml against the Compose specification's schema (no Docker engine needed).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command -v npx >/dev/null || { echo "npx (Node.js) is needed to validate docker-compose.yml" >&2; exit 1; }
npx --yes dclint@3.1.0 -q "$root/docker-compose.yml"
echo "docker-compose.yml is valid"
