// The progress bar's cost: a cold run of a folder with stderr at a pseudo-terminal (the bar is
// drawn) against the same run with stderr not a terminal (no bar, and no per-file messages from
// the worker threads). Both go through util-linux `script`, so its own cost is the same on each
// side; stdout goes to /dev/null in both. Used by run.mjs; alone:
// node bench/progress-cost.mjs DATA_DIR [--runs N]   (DATA_DIR: e.g. bench/.data/national)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const intl = new URL('../bin/intl.cjs', import.meta.url).pathname;
const quote = (arg) => `'${arg.replace(/'/g, `'\\''`)}'`;
// As in harness.mjs: users' machines do not make node read a bundle of certificates at start.
const { NODE_EXTRA_CA_CERTS: _, ...withoutCaCerts } = process.env;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median ms of cold runs with and without a terminal on stderr, taking turns; and their ratio. */
export function progressCost(data, runs = 3) {
  const cache = mkdtempSync(join(tmpdir(), 'intl-bench-progress-'));
  const command = [process.execPath, intl, 'calendar', '2017', '--owner', 'Kari Nordmann', '--format', 'csv', '--data', data].map(quote).join(' ');
  const sides = { terminal: `stty cols 80; ${command} > /dev/null`, piped: `${command} > /dev/null 2> /dev/null` };
  const times = { terminal: [], piped: [] };
  for (let i = 0; i < runs; i++) {
    for (const [side, line] of Object.entries(sides)) {
      rmSync(cache, { recursive: true, force: true });
      const start = process.hrtime.bigint();
      const r = spawnSync('script', ['-qec', line, '/dev/null'], { env: { ...withoutCaCerts, INTL_CACHE_DIR: cache, TERM: 'xterm' }, stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`${line} failed (${r.status})`);
      times[side].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  rmSync(cache, { recursive: true, force: true });
  const terminal = median(times.terminal);
  const piped = median(times.piped);
  return { terminal, piped, ratio: terminal / piped };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const data = process.argv[2];
  if (!data) throw new Error('usage: node bench/progress-cost.mjs DATA_DIR [--runs N]');
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
  const c = progressCost(data, runs);
  console.log(`cold run of ${data}, median of ${runs}: ${c.terminal.toFixed(0)} ms with the bar on a terminal, ${c.piped.toFixed(0)} ms without a terminal: ratio ${c.ratio.toFixed(3)}`);
}
