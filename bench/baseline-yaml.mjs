// Baseline for a cold run: read and parse every YAML file of one or more folders with `yaml` in
// one process, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

let records = 0;
for (const dir of process.argv.slice(2)) {
  for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (!file.endsWith('.yaml')) continue;
    const value = parse(readFileSync(join(dir, file), 'utf8'));
    for (const list of Object.values(value)) records += list.length;
  }
}
console.log(records);
