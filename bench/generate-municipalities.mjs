// Writes deterministic municipality folders for the merge benchmark, each as an office keeps
// it: its municipality record (GeoNames id or other names), twin links with neighbouring
// municipalities of the set (agreeing from both sides, a year apart, or one-sided), cities from
// a shared pool of foreign cities (found again in other folders, by GeoNames id or by name),
// two networks and two years of calendar. The first N folders of the set are a smaller country.
// Usage: node bench/generate-municipalities.mjs OUT_DIR [count]   (default 400)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './random.mjs';

const [out, countArg = '400'] = process.argv.slice(2);
if (!out) throw new Error('usage: node bench/generate-municipalities.mjs OUT_DIR [count]');
const COUNT = Number(countArg);
const POOL = 1500;
const FOREIGN = 20;
const ENTRIES = 50;
const YEARS = [2023, 2024];
const NEIGHBOURS = [1, 3, 7];

const SYLLABLES = ['tron', 'berg', 'vik', 'dal', 'øy', 'ås', 'lund', 'strand', 'fjord', 'heim', 'sund', 'nes', 'mo', 'bø', 'sø'];
const COUNTRIES = ['SE', 'DK', 'FI', 'IS', 'DE', 'GB', 'FR', 'PL', 'LT', 'EE', 'LV', 'NL', 'ES', 'IT', 'US', 'CZ', 'AT'];
const TOPICS = ['Besøk', 'Seminar', 'Konferanse', 'Studietur', 'Nettverksmøte', 'Workshop', 'Årsmøte', 'Utveksling'];
const PEOPLE = ['Kari Nordmann', 'Ola Dalen', 'Åse Berg', 'Øystein Lie', 'Helén Moen', 'Ingrid Haugen'];

/** A name no other index has: three syllables, one per base-15 digit. */
const nameOf = (i, first = 0) => {
  const n = [0, 1, 2].map((k) => SYLLABLES[(Math.floor(i / 15 ** k) + first * k) % 15]).join('');
  return n[0].toUpperCase() + n.slice(1);
};
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/[^a-z0-9]+/g, '-');
const pad = (n) => String(n).padStart(4, '0');
const quote = (s) => JSON.stringify(s);
/** The same numbers for a pair of municipalities from both folders' side. */
const pairRandom = (a, b) => mulberry32(Math.min(a, b) * 7919 + Math.max(a, b));

const municipalityName = (m) => nameOf(m);
const foreign = Array.from({ length: POOL }, (_, i) => ({ name: nameOf(i, 7), country: COUNTRIES[i % COUNTRIES.length], geonames: 100000 + i }));

function cityLines(city) {
  const lines = [`  - id: ${city.id}`, `    name: ${quote(city.name)}`, `    country: ${city.country}`, `    relation: ${city.relation}`];
  if (city.since) lines.push(`    since: ${city.since}`);
  if (city.geonames) lines.push(`    geonames: ${city.geonames}`);
  return [...lines, ''];
}

/** Twin links with the municipalities a few places away: agreeing, a year apart, or one-sided. */
function twins(m) {
  return NEIGHBOURS.flatMap((d) => [m - d, m + d])
    .filter((p) => p >= 0 && p < COUNT)
    .flatMap((p) => {
      const r = pairRandom(m, p);
      const since = 1950 + Math.floor(r() * 70);
      const lower = m < p;
      if (!lower && r() < 0.1) return [];
      const year = !lower && r() < 0.15 ? since + 1 : since;
      return [{ id: slug(municipalityName(p)), name: municipalityName(p), country: 'NO', relation: 'twin', since: year, geonames: r() < 0.8 ? 9000000 + p : undefined }];
    });
}

function folder(m) {
  const random = mulberry32(20260101 + m);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const id = `k${pad(m + 1)}`;
  const dir = join(out, id);
  mkdirSync(join(dir, 'calendar'), { recursive: true });
  const name = municipalityName(m);
  const known = random() < 0.7 ? `    geonames: ${9000000 + m}` : `    names: [${name}]`;
  writeFileSync(join(dir, 'municipality.yaml'), `municipality:\n  - id: ${id}\n    name: ${quote(`${name} kommune`)}\n    country: NO\n${known}\n`);
  const cities = [...twins(m)];
  const taken = new Set(cities.map((c) => c.id));
  while (cities.length < FOREIGN + 6) {
    const f = pick(foreign);
    if (taken.has(slug(f.name))) continue;
    taken.add(slug(f.name));
    const relation = pick(['twin', 'partner', 'partner', 'intent', 'solidarity']);
    cities.push({ id: slug(f.name), name: f.name, country: f.country, relation, since: relation === 'twin' || relation === 'intent' ? 1950 + Math.floor(random() * 70) : undefined, geonames: random() < 0.7 ? f.geonames : undefined });
  }
  writeFileSync(join(dir, 'cities.yaml'), `# ${name}'s city relations.\ncities:\n${cities.flatMap(cityLines).join('\n')}`);
  const networks = [1, 2].map((n) => `  - id: nettverk-${n}\n    name: Nettverk ${n}\n    cities: [${[0, 1, 2].map(() => pick(cities).id).filter((c, i, all) => all.indexOf(c) === i).join(', ')}]\n`);
  writeFileSync(join(dir, 'networks.yaml'), `networks:\n${networks.join('\n')}`);
  for (const year of YEARS) {
    const entries = Array.from({ length: ENTRIES }, (_, e) => {
      const start = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      const lines = [`  - id: ${year}-${pad(e + 1)}`, `    title: ${quote(`${pick(TOPICS)} ${pick(cities).name}`)}`, `    start: ${start}`, `    owners:`, `      - { name: ${pick(PEOPLE)}, role: ${pick(['adm', 'pol'])} }`];
      if (random() < 0.5) lines.push(`    cities: [${pick(cities).id}]`);
      return lines.join('\n');
    });
    writeFileSync(join(dir, 'calendar', `${year}.yaml`), `calendar:\n${entries.join('\n\n')}\n`);
  }
}

rmSync(out, { recursive: true, force: true });
for (let m = 0; m < COUNT; m++) folder(m);
console.log(`${out}: ${COUNT} municipality folders`);
