import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';

const PRELOAD = join(ROOT, 'test/helpers/pause-before-rename.mjs');

/** Starts `intl calendar 2017 -o target`, paused between its temp file and the rename. */
async function startPausedWrite(pauseMs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'intl-kill-'));
  const target = join(dir, 'calendar.json');
  const marker = join(dir, '..', `${dir.split('/').at(-1)}.marker`);
  writeFileSync(target, 'the previous file\n');
  // --no-cache: the only rename is the output's, not the cache's.
  const child = spawn(process.execPath, ['--import', PRELOAD, BIN, '--no-cache', 'calendar', '2017', '-o', target], {
    env: { PATH: process.env.PATH, INTL_TEST_MARKER: marker, INTL_TEST_PAUSE_MS: String(pauseMs) },
    stdio: 'ignore',
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  for (let i = 0; i < 500 && !existsSync(marker); i++) await new Promise((r) => setTimeout(r, 10));
  expect(existsSync(marker)).toBe(true);
  return { dir, target, child, exited };
}

describe('an interrupted -o run', () => {
  it('killed mid-write leaves the previous file byte-identical', async () => {
    const { dir, target, child, exited } = await startPausedWrite(10_000);
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');
    expect(readFileSync(target, 'utf8')).toBe('the previous file\n');
  });

  it('stopped with Ctrl-C leaves no temporary file and a whole file', async () => {
    const { dir, target, child, exited } = await startPausedWrite(500);
    child.kill('SIGINT');
    // The signal lands during the synchronous write: the write completes, then the run ends.
    expect([0, 130]).toContain((await exited).code);
    expect(readdirSync(dir)).toEqual(['calendar.json']);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toHaveLength(23);
  });
});
