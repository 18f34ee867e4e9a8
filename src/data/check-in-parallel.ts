import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { moduleDir } from '../module-dir.js';
import { Worker } from 'node:worker_threads';
import type { CheckedFile as Checked } from './check-records.js';

/** Below this much text, starting worker threads costs more than it saves. */
const PARALLEL_BYTES = 2 * 1024 * 1024;
const MAX_WORKERS = 4;

// The build puts check-worker.cjs next to this module in dist/; from source (tests) there is none.
const WORKER = join(moduleDir(import.meta.url), 'check-worker.cjs');

/**
 * Parses and validates files, in worker threads (at most INTL_WORKERS, default 4) when there is enough text to share among the
 * processor's cores (YAML parsing is what a first run spends its time on); results in order.
 */
export async function checkSources(sources: { file: string; text: string }[], onParsed?: (done: number, total: number) => void): Promise<Checked[]> {
  let done = 0;
  const parsed = onParsed && (() => onParsed(++done, sources.length));
  const bytes = sources.reduce((n, s) => n + s.text.length, 0);
  const workers = Math.min(availableParallelism(), Number(process.env.INTL_WORKERS) || MAX_WORKERS);
  if (process.env.INTL_WORKERS && workers > 1 && !existsSync(WORKER)) {
    throw new Error(`INTL_WORKERS asks for worker threads, but ${WORKER} is missing`);
  }
  if (bytes < PARALLEL_BYTES || workers < 2 || !existsSync(WORKER)) {
    const { checkSource } = await import('./check-sources.js');
    return sources.map((s) => {
      const checked = checkSource(s.file, s.text);
      parsed?.();
      return checked;
    });
  }
  const shares = share(sources.length, (i) => sources[i]!.text.length, workers);
  const results = await Promise.all(shares.map((indexes) => runWorker(indexes.map((i) => sources[i]!), parsed)));
  const out: Checked[] = new Array(sources.length);
  shares.forEach((indexes, w) => indexes.forEach((i, k) => (out[i] = results[w]![k]!)));
  return out;
}

/** Splits item indexes into `n` shares of about equal size, largest items first. */
function share(count: number, size: (i: number) => number, n: number): number[][] {
  const shares = Array.from({ length: n }, () => ({ bytes: 0, indexes: [] as number[] }));
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => size(b) - size(a));
  for (const i of order) {
    const smallest = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    smallest.bytes += size(i);
    smallest.indexes.push(i);
  }
  return shares.filter((s) => s.indexes.length > 0).map((s) => s.indexes.sort((a, b) => a - b));
}

/** A worker's results; with `parsed`, the worker also says when each file is done (a number). */
function runWorker(sources: { file: string; text: string }[], parsed?: () => void): Promise<Checked[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { sources, progress: parsed !== undefined } });
    worker.on('message', (m: Checked[] | number) => (typeof m === 'number' ? parsed?.() : resolve(m)));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`a validation worker stopped with code ${code}`)));
  });
}
