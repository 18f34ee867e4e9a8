// Writes a deterministic national-scale data folder: one folder per municipality with its
// cities and one calendar file per year, plus all-records.json (the same records as one JSON
// array, for the JSON.parse baseline).
// Usage: node bench/generate.mjs OUT_DIR [scale]   scale 1 = 356 municipalities, 50,000
// city relations, 100,000 calendar entries; scale 0.1 = a tenth of each.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './random.mjs';

const [out, scaleArg = '1'] = process.argv.slice(2);
if (!out) throw new Error('usage: node bench/generate.mjs OUT_DIR [scale]');
const scale = Number(scaleArg);
const MUNICIPALITIES = Math.round(356 * scale);
const CITIES = Math.round(50_000 * scale);
const ENTRIES = Math.round(100_000 * scale);
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

const random = mulberry32(20171125);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (min, max) => min + Math.floor(random() * (max - min + 1));

const SYLLABLES = ['tron', 'berg', 'vik', 'dal', 'øy', 'ås', 'lund', 'strand', 'fjord', 'heim', 'sund', 'nes', 'mo', 'bø', 'sø'];
const COUNTRIES = ['SE', 'DK', 'FI', 'IS', 'DE', 'GB', 'FR', 'PL', 'LT', 'EE', 'LV', 'NL', 'ES', 'IT', 'US', 'RU', 'CZ', 'AT'];
const FIRST = ['Kari', 'Ola', 'Åse', 'Øystein', 'Helén', 'Bjørn', 'Ingrid', 'Per', 'Siv', 'Tor', 'Mari', 'Jon'];
const LAST = ['Nordmann', 'Dalen', 'Ås', 'Berg', 'Eliassen', 'Haugen', 'Lie', 'Moen', 'Solberg', 'Øien'];
const TOPICS = ['Besøk', 'Seminar', 'Konferanse', 'Studietur', 'Nettverksmøte', 'Workshop', 'Årsmøte', 'Utveksling'];
const PLACES = ['Stockholm', 'København', 'Helsinki', 'Reykjavík', 'Berlin', 'Brussel', 'Tallinn', 'Gdańsk'];

const name = () => {
  const n = pick(SYLLABLES) + pick(SYLLABLES);
  return n[0].toUpperCase() + n.slice(1);
};
const pad = (n, w) => String(n).padStart(w, '0');
const quote = (s) => JSON.stringify(s);

rmSync(out, { recursive: true, force: true });
const all = [];
let entryCount = 0;
let cityCount = 0;
for (let m = 0; m < MUNICIPALITIES; m++) {
  const muni = `k${pad(m + 1, 4)}`;
  const dir = join(out, muni);
  mkdirSync(join(dir, 'calendar'), { recursive: true });
  const cityIds = [];
  const cityLines = ['cities:'];
  const citiesHere = Math.floor(CITIES / MUNICIPALITIES) + (m < CITIES % MUNICIPALITIES ? 1 : 0);
  for (let c = 0; c < citiesHere; c++, cityCount++) {
    const id = `${muni}-c${pad(c + 1, 4)}`;
    const relation = pick(['twin', 'twin', 'partner', 'partner', 'intent', 'solidarity']);
    const city = { id, name: name(), country: pick(COUNTRIES), relation };
    if (relation === 'twin' || relation === 'intent') city.since = int(1945, 2024);
    if (random() < 0.7) city.population = { count: int(2000, 900000), year: int(2005, 2024) };
    cityIds.push(id);
    all.push(city);
    cityLines.push(`  - id: ${id}`, `    name: ${quote(city.name)}`, `    country: ${city.country}`, `    relation: ${relation}`);
    if (city.since) cityLines.push(`    since: ${city.since}`);
    if (city.population) cityLines.push(`    population: { count: ${city.population.count}, year: ${city.population.year} }`);
  }
  writeFileSync(join(dir, 'cities.yaml'), `${cityLines.join('\n')}\n`);

  const people = Array.from({ length: 6 }, () => `${pick(FIRST)} ${pick(LAST)}`);
  for (const [y, year] of YEARS.entries()) {
    const files = MUNICIPALITIES * YEARS.length;
    const index = m * YEARS.length + y;
    const here = Math.floor(ENTRIES / files) + (index < ENTRIES % files ? 1 : 0);
    const lines = ['calendar:'];
    for (let e = 0; e < here; e++, entryCount++) {
      const month = int(1, 12);
      const day = int(1, 25);
      const start = `${year}-${pad(month, 2)}${random() < 0.03 ? '' : `-${pad(day, 2)}`}`;
      const entry = { id: `${muni}-${year}-${pad(e + 1, 4)}`, title: `${pick(TOPICS)} ${name()}`, start };
      if (start.length === 10 && random() < 0.3) entry.end = `${year}-${pad(month, 2)}-${pad(day + int(1, 3), 2)}`;
      if (random() < 0.6) entry.location = pick(PLACES);
      entry.owners = [{ name: pick(people), role: pick(['adm', 'adm', 'pol']) }];
      if (random() < 0.3) entry.owners.push({ name: pick(people), role: 'adm' });
      if (cityIds.length > 0 && random() < 0.5) entry.cities = [pick(cityIds)];
      all.push(entry);
      lines.push(`  - id: ${entry.id}`, `    title: ${quote(entry.title)}`, `    start: ${start}`);
      if (entry.end) lines.push(`    end: ${entry.end}`);
      if (entry.location) lines.push(`    location: ${entry.location}`);
      lines.push('    owners:', ...entry.owners.map((o) => `      - { name: ${o.name}, role: ${o.role} }`));
      if (entry.cities) lines.push(`    cities: [${entry.cities.join(', ')}]`);
    }
    writeFileSync(join(dir, 'calendar', `${year}.yaml`), `${lines.join('\n')}\n`);
  }
}
writeFileSync(join(out, '..', `${out.split('/').filter(Boolean).at(-1)}.all-records.json`), JSON.stringify(all));
console.log(`${out}: ${MUNICIPALITIES} municipalities, ${cityCount} cities, ${entryCount} calendar entries`);
