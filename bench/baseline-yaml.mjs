// Baseline for a cold run: read and parse every YAML file of a folder with `yaml`, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

let records = 0;
for (const entry of readdirSync(process.argv[2], { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
  const value = parse(readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8'));
  for (const list of Object.values(value)) records += list.length;
}
console.log(records);
