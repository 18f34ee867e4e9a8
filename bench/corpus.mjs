// Times `intl validate` on every case of the bad-input corpus, plus a 10 MB string made here,
// against bare `node -e 0` measured in the same run. Fails when a case takes a second or more.
// Usage: npm run build && node bench/corpus.mjs [runs]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures');
const bin = join(root, 'bin/intl.cjs');
const runs = Number(process.argv[2] ?? 5);
const LIMIT_MS = 1000;

function median(args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const big = mkdtempSync(join(tmpdir(), 'intl-bench-'));
writeFileSync(join(big, 'cities.yaml'), `cities:\n  - id: big\n    name: ${'a'.repeat(10_000_000)}\n`);
const cases = readdirSync(fixtures)
  .filter((d) => existsSync(join(fixtures, d, 'expected.txt')))
  .map((d) => [d, join(fixtures, d)]);
cases.push(['10-mb-string (generated)', big]);

const baseline = median(['-e', '0']);
console.log(`node -e 0: ${baseline.toFixed(0)} ms (median of ${runs})\n`);
console.log('case'.padEnd(28), 'median ms'.padStart(10), 'x node'.padStart(8));
let slow = 0;
for (const [name, dir] of cases) {
  const ms = median([bin, '--no-cache', 'validate', '--data', dir]);
  if (ms >= LIMIT_MS) slow++;
  console.log(name.padEnd(28), ms.toFixed(0).padStart(10), (ms / baseline).toFixed(2).padStart(8), ms >= LIMIT_MS ? '  SLOW' : '');
}
console.log(`\n${cases.length} cases, ${slow} at or over ${LIMIT_MS} ms`);
process.exitCode = slow > 0 ? 1 : 0;
