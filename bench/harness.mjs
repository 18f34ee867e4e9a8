// Runs commands several times and reports the median wall time and peak memory of each.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RSS_PRELOAD = new URL('./report-rss.mjs', import.meta.url).pathname;

/**
 * Median wall time (ms) and the largest peak RSS (MB) over `runs` runs of `node ...args`.
 * `before` runs ahead of each timed run (to empty a cache, say) and is not timed.
 */
export function measure(args, { runs = 5, env = {}, before } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'intl-rss-'));
  const rssFile = join(dir, 'rss');
  const times = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    before?.();
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', RSS_PRELOAD, ...args], {
      env: { ...process.env, ...env, INTL_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26,
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
    rss = Math.max(rss, Number(readFileSync(rssFile, 'utf8')) / 1024);
  }
  rmSync(dir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], rssMb: rss };
}
