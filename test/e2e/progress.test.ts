import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';
import { plain } from '../helpers/terminal.js';

// A folder that takes a few seconds to parse the first time: 231 files, 2.3 MB of YAML, read
// in worker threads where there are two cores or more.
const work = mkdtempSync(join(tmpdir(), 'intl-progress-'));
const data = join(work, 'data');
execFileSync(process.execPath, [join(ROOT, 'bench/generate.mjs'), data, '0.06'], { stdio: 'ignore' });
const ARGS = ['calendar', '2017', '--owner', 'Kari Nordmann', '--format', 'csv', '--data', data];
const freshCache = () => mkdtempSync(join(work, 'cache-'));
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** A cold run with stderr at an 80-column terminal and stdout to a file: what each gets. */
function coldAtTerminal(extra: string[]): { stderr: string; stdout: string } {
  const out = join(work, `out-${Math.random()}`);
  const command = `stty cols 80; ${[process.execPath, BIN, ...ARGS, ...extra].map(quote).join(' ')} > ${quote(out)}`;
  const env = { PATH: process.env.PATH ?? '', INTL_CACHE_DIR: freshCache(), TERM: 'xterm-256color' };
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { env, encoding: 'utf8' });
  expect(r.status).toBe(0);
  return { stderr: r.stdout, stdout: readFileSync(out, 'utf8') };
}

describe('progress while a large folder is read for the first time', { timeout: 60_000 }, () => {
  const piped = runCli(ARGS, { env: { INTL_CACHE_DIR: freshCache() } });

  it('draws a bar of files done with an estimate on a terminal, then clears it, stdout unchanged', () => {
    const { stderr, stdout } = coldAtTerminal([]);
    const frames = stderr.split('\r').map((frame) => plain(frame).replaceAll('\x1b[K', '')).filter(Boolean);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames[0]).toMatch(/^intl: reading data [█▏▎▍▌▋▊▉]*░* \d+\/231 files, about \d+ s left$/);
    expect(frames.every((f) => [...f].length < 80)).toBe(true);
    expect(stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(stdout).toBe(piped.stdout);
    expect(stdout.split('\r\n').length).toBeGreaterThan(2);
  });

  it('speaks the language of the run', () => {
    expect(plain(coldAtTerminal(['--lang', 'nb']).stderr)).toMatch(/intl: leser data .* \d+\/231 filer, omtrent \d+ s igjen/);
  });

  it('draws nothing when stderr is piped, or with --quiet', () => {
    expect(piped.stderr).toBe('');
    expect(coldAtTerminal(['--quiet']).stderr).toBe('');
  });
});
