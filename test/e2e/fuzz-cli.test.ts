import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIN, CACHE_DIR, FIXTURES } from '../helpers/run-cli.js';

// Each run starts a process, so CI keeps to a few dozen; FC_RUNS raises it locally.
const SETTINGS = { seed: 1946, numRuns: Number(process.env.FC_RUNS_CLI ?? 40) };

const COMMANDS = ['cities', 'networks', 'projects', 'calendar', 'agenda', 'conflicts', 'validate', 'help', 'citys', ''];
const OPTIONS = [
  '--since', '--until', '--relation', '--country', '--search', '--sort', '--format', '-o', '--excel', '--owner',
  '--role', '--month', '--from', '--to', '--days', '--today', '--data', '--no-color', '--version', '--help',
  '--include-month-only', '--type', '--calendar-name', '--uid-domain', '--bogus', '-x', '--',
];
const VALUES = [
  '1946', '2017', '0', '-1', 'abc', '', 'all', 'twin', 'ics', 'json', 'csv', 'table', 'SE', 'Sverige', '2017-02-30',
  '2017-06-10', 'Gerhard Dalen', '😀', '-', 'out.csv', 'out.ics', 'adm', 'pol', '13', '99999', join(FIXTURES, 'minimal'),
  join(FIXTURES, 'wrong-type'), '/nonexistent',
];

describe('the command line under fuzzing', () => {
  it('answers any argv with exit 0, 1 or 2 and a message, never an uncaught error', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'intl-fuzz-'));
    const argv = fc.tuple(
      fc.constantFrom(...COMMANDS),
      fc.array(fc.oneof(fc.constantFrom(...OPTIONS), fc.constantFrom(...VALUES), fc.string({ maxLength: 5 })), {
        maxLength: 6,
      }),
    );
    fc.assert(
      fc.property(argv, ([command, rest]) => {
        const args = [command, ...rest].filter((a, i) => i > 0 || a !== '');
        const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, INTL_CACHE_DIR: CACHE_DIR } });
        expect([0, 1, 2]).toContain(r.status);
        expect(r.stderr).not.toContain('internal error');
        expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
        if (r.status !== 0) expect(r.stderr.trim().length).toBeGreaterThan(0);
      }),
      SETTINGS,
    );
  }, 120_000);
});
