// Baseline for a warm run: node start and JSON.parse of the same records as one JSON file.
import { readFileSync } from 'node:fs';

console.log(JSON.parse(readFileSync(process.argv[2], 'utf8')).length);
