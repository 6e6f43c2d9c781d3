#!/usr/bin/env bash
# Regenerates the committed world map (src/Catalogue.Core/ReferenceData/world-110m.paths.json) from Natural Earth's
# 1:110m countries (npm world-atlas), projected once here so the app only writes SVG paths (see generate.mjs).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tools="$root/.data/tools"
if [ ! -f "$tools/node_modules/world-atlas/countries-110m.json" ] || [ ! -d "$tools/node_modules/topojson-client" ]; then
  npm install --silent --no-save --prefix "$tools" world-atlas@2.0.2 topojson-client@3.1.0
fi
node "$here/generate.mjs" "$tools/node_modules" "$root/src/Catalogue.Core/ReferenceData"
