// Times whole commands: median wall time over several runs, optionally the peak memory. Every
// command runs without NODE_EXTRA_CA_CERTS, which some machines set (this one does) and which
// makes node read a bundle of certificates at every start: users' machines do not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RSS_PRELOAD = new URL('./report-rss.mjs', import.meta.url).pathname;

function once(args, { env = {}, rssFile } = {}) {
  const preload = rssFile ? ['--import', RSS_PRELOAD] : [];
  const childEnv = { ...process.env, ...env, ...(rssFile ? { INTL_BENCH_RSS_FILE: rssFile } : {}) };
  delete childEnv.NODE_EXTRA_CA_CERTS;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...preload, ...args], {
    env: childEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs each command `runs` times, taking turns so that a slow spell of the machine falls on all
 * of them alike. Returns the median ms of each, by name.
 */
export function interleaved(commands, runs) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const [name, c] of Object.entries(commands)) once(c.args, c); // warm the file system cache
  for (let i = 0; i < runs; i++) {
    for (const [name, c] of Object.entries(commands)) {
      c.before?.();
      times[name].push(once(c.args, c));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/** Median ms, peak RSS (MB) and median processor ms of `runs` runs; `before` runs untimed ahead of each. */
export function measure(args, { runs = 5, env = {}, before } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'intl-rss-'));
  const rssFile = join(dir, 'rss');
  const times = [];
  const cpu = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    before?.();
    times.push(once(args, { env, rssFile }));
    const [maxRss, micros] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
    rss = Math.max(rss, maxRss / 1024);
    cpu.push(micros / 1000);
  }
  rmSync(dir, { recursive: true, force: true });
  return { ms: median(times), rssMb: rss, cpuMs: median(cpu) };
}
