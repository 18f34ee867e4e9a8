import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('a first run over a large folder', () => {
  it('gives the same records and the same diagnostics in worker threads as in one thread', () => {
    const data = join(mkdtempSync(join(tmpdir(), 'intl-gen-')), 'regional');
    execFileSync(process.execPath, [join(ROOT, 'bench/generate.mjs'), data, '0.1']);
    // Workers start from 2 MB of YAML (check-in-parallel.ts): this folder must be larger.
    const bytes = readdirSync(data, { recursive: true })
      .filter((f) => String(f).endsWith('.yaml'))
      .reduce((n, f) => n + statSync(join(data, String(f))).size, 0);
    expect(bytes).toBeGreaterThan(2 * 1024 * 1024);
    const args = ['calendar', '2017', '--owner', 'Kari Nordmann', '--format', 'json', '--data', data, '--no-cache'];
    const parallel = runCli(args, { env: { INTL_WORKERS: '2' } });
    const serial = runCli(args, { env: { INTL_WORKERS: '1' } });
    expect(parallel.code).toBe(0);
    expect(JSON.parse(parallel.stdout).length).toBeGreaterThan(0);
    expect(parallel.stdout).toBe(serial.stdout);

    appendFileSync(join(data, 'k0001/calendar/2017.yaml'), '  - { id: broken, title: Broken, start: 2017-02-30 }\n');
    appendFileSync(join(data, 'k0036/cities.yaml'), '  - { id: k0001-c0001, name: Twin, country: SE, relation: partner }\n');
    const bad = ['validate', '--data', data, '--no-cache'];
    const badParallel = runCli(bad, { env: { INTL_WORKERS: '2' } });
    expect(badParallel.code).toBe(1);
    expect(badParallel.stderr).toMatch(/k0001\/calendar\/2017\.yaml:\d+:\d+: entry "[\w-]+" \(line \d+\), start: no such date/);
    expect(badParallel.stderr).toMatch(/k0036\/cities\.yaml:\d+:\d+: city "k0001-c0001" \(line \d+\), id: duplicate id 'k0001-c0001'/);
    expect(badParallel.stderr).toBe(runCli(bad, { env: { INTL_WORKERS: '1' } }).stderr);
  }, 60_000);
});
