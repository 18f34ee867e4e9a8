import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, runCli } from '../helpers/run-cli.js';

/** A fresh copy of a fixture folder and an empty cache folder of its own. */
function setUp(fixture = 'minimal') {
  const data = mkdtempSync(join(tmpdir(), 'intl-data-'));
  cpSync(join(FIXTURES, fixture), data, { recursive: true });
  const cache = mkdtempSync(join(tmpdir(), 'intl-cache-'));
  const run = (...args: string[]) => runCli([...args, '--data', data], { env: { INTL_CACHE_DIR: cache } });
  const pack = () => join(cache, readdirSync(cache).find((f) => f.endsWith('.json'))!);
  return { data, cache, run, pack };
}

const names = (stdout: string) => stdout.trim().split('\n').map((l) => l.split('\t')[1]);

describe('the cache of validated records', () => {
  it('is written on the first run and gives the same answer on the next', () => {
    const { cache, run } = setUp();
    const first = run('cities', '--relation', 'all');
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(run('cities', '--relation', 'all').stdout).toBe(first.stdout);
  });

  it('never serves an edited file stale, even when its size stays the same', () => {
    const { data, run } = setUp();
    expect(names(run('cities').stdout)).toEqual(['Göteborg', 'Oslo']);
    const file = join(data, 'cities.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Oslo', 'name: Olso'));
    expect(names(run('cities').stdout)).toEqual(['Göteborg', 'Olso']);
  });

  it('sees an edit of the same size within the same second where times are kept to the second', () => {
    const { data, run } = setUp();
    const file = join(data, 'cities.yaml');
    const second = Math.floor(Date.now() / 1000);
    utimesSync(file, second, second);
    expect(names(run('cities').stdout)).toEqual(['Göteborg', 'Oslo']);
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Oslo', 'name: Olso'));
    utimesSync(file, second, second);
    expect(statSync(file).mtimeMs).toBe(second * 1000);
    expect(names(run('cities').stdout)).toEqual(['Göteborg', 'Olso']);
  });

  it('reports a file that became invalid, with its position, though it was cached valid', () => {
    const { data, run } = setUp();
    run('validate');
    const file = join(data, 'cities.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('since: 1950', 'since: "1950"'));
    const r = run('validate');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cities\.yaml:6:12: city "oslo" \(line 2\), since: expected a number, got the text "1950"/);
  });

  it('still finds a dangling reference that another file brings about, with positions from cached files', () => {
    const { data, run } = setUp();
    expect(run('validate').code).toBe(0);
    const file = join(data, 'cities.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: oslo', 'id: kristiania'));
    const r = run('validate');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`networks.yaml:4:14: network "west-net" (line 2), cities: no cities record has the id 'oslo'`);
    expect(r.stderr).toContain(`calendar/2020.yaml:8:14: entry "2020-visit" (line 2), cities: no cities record has the id 'oslo'`);
  });

  it('notices a file that was added or removed', () => {
    const { data, run } = setUp();
    expect(names(run('cities').stdout)).toHaveLength(2);
    writeFileSync(join(data, 'more.yaml'), 'cities:\n  - { id: malmo, name: Malmö, country: SE, relation: twin, since: 1960 }\n');
    expect(names(run('cities').stdout)).toEqual(['Göteborg', 'Malmö', 'Oslo']);
    rmSync(join(data, 'more.yaml'));
    expect(names(run('cities').stdout)).toEqual(['Göteborg', 'Oslo']);
  });

  it('ignores and rebuilds a corrupt or half-written pack', () => {
    const { run, pack } = setUp();
    const expected = run('cities').stdout;
    const text = readFileSync(pack(), 'utf8');
    for (const broken of [text.slice(0, text.length / 2), text.replace('Oslo', 'Evil'), 'garbage', '']) {
      writeFileSync(pack(), broken);
      const r = run('cities');
      expect(r.stdout).toBe(expected);
      expect(r.stderr).toBe('');
      expect(readFileSync(pack(), 'utf8')).toBe(text);
    }
  });

  it('is neither read nor written with --no-cache', () => {
    const { cache, run } = setUp();
    run('--no-cache', 'cities');
    expect(readdirSync(cache)).toEqual([]);
  });

  it('survives many runs at once on the same folder', async () => {
    const { data, cache, run } = setUp();
    const expected = runCli(['calendar', '2020', '--data', data, '--no-cache']).stdout;
    const runs = Array.from({ length: 6 }, () =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'calendar', '2020', '--data', data], {
          env: { PATH: process.env.PATH, INTL_CACHE_DIR: cache },
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('close', () => resolve(out));
      }),
    );
    for (const out of await Promise.all(runs)) expect(out).toBe(expected);
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(run('calendar', '2020').stdout).toBe(expected);
  });
});
