// Projects Natural Earth's 1:110m countries (world-atlas) with the Natural Earth projection into SVG paths keyed by
// ISO 3166-1 alpha-2, one decimal place, relative moves: a few tens of kilobytes the insights page inlines.
// Usage: node generate.mjs <node_modules> <ReferenceData folder>
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [modules, out] = process.argv.slice(2);
const require = createRequire(path.join(modules, "noop.js"));
const { feature } = require("topojson-client");
const topology = JSON.parse(readFileSync(path.join(modules, "world-atlas", "countries-110m.json"), "utf8"));
const geography = JSON.parse(readFileSync(path.join(out, "geography.json"), "utf8"));
// world-atlas ids are ISO 3166-1 numeric codes; the catalogue's countries carry both codes.
const alpha2 = new Map(geography.countries.filter(c => c.numeric).map(c => [c.numeric, c.alpha2]));

const width = 1000;
const scale = width / (2 * 0.8707 * Math.PI);
function project([lon, lat]) {
  const l = (lon * Math.PI) / 180, p = (lat * Math.PI) / 180, p2 = p * p, p4 = p2 * p2;
  const x = l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
  const y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
  return [x * scale + width / 2, -y * scale];
}

// A ring that crosses the 180th meridian (Russia, Fiji) would be drawn with a line across the whole map: cut it there,
// each piece closed along the map's edge.
function cutAtAntimeridian(ring) {
  const pieces = [[ring[0]]];
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) pieces.push([]);
    pieces[pieces.length - 1].push(ring[i]);
  }
  return pieces.filter(p => p.length > 2);
}

const minStep = 1.2;
const round = v => Math.round(v * 10) / 10;
const fmt = v => (Object.is(v, -0) ? 0 : v).toString();
let top = Infinity, bottom = -Infinity;
const rings = [];
for (const f of feature(topology, topology.objects.countries).features) {
  const code = alpha2.get(f.id);
  if (!code || code === "AQ") continue; // no code (disputed areas), or Antarctica, which no entry is about
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const piece of cutAtAntimeridian(ring)) {
        const points = piece.map(project).map(([x, y]) => [round(x), round(y)]);
        for (const [, y] of points) { top = Math.min(top, y); bottom = Math.max(bottom, y); }
        rings.push([code, points]);
      }
    }
  }
}

const paths = {};
const offset = Math.floor(top) - 2;
for (const [code, points] of rings) {
  let d = "", px = 0, py = 0, first = true;
  for (const [x0, y0] of points) {
    const x = round(x0), y = round(y0 - offset);
    // Points closer than a pixel to the last one kept add bytes, not shape (a ring keeps at least its first point).
    if (!first && Math.hypot(x - px, y - py) < minStep) continue;
    d += first ? `M${fmt(x)} ${fmt(y)}` : `l${fmt(round(x - px))} ${fmt(round(y - py))}`;
    px = x; py = y; first = false;
  }
  paths[code] = (paths[code] ?? "") + d + "z";
}

const height = Math.ceil(bottom - offset) + 2;
const sorted = Object.fromEntries(Object.keys(paths).sort().map(k => [k, paths[k]]));
const json = JSON.stringify({ source: "Natural Earth 1:110m via world-atlas 2.0.2, Natural Earth projection", width, height, countries: sorted });
writeFileSync(path.join(out, "world-110m.paths.json"), json + "\n");
console.log(`${Object.keys(sorted).length} countries, ${width}×${height}, ${json.length} bytes`);
