import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPack, writePack } from '../../src/data/cache.js';
import { loadDataset } from '../../src/data/load-dataset.js';
import { isSettled } from '../../src/data/read-sources.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/minimal');

/** A fresh copy of the minimal fixture, an empty cache, and a load that gives the city names. */
function setUp() {
  const data = mkdtempSync(join(tmpdir(), 'intl-data-'));
  cpSync(FIXTURE, data, { recursive: true });
  const cacheDir = mkdtempSync(join(tmpdir(), 'intl-cache-'));
  const names = async () => (await loadDataset(data, { cacheDir })).dataset.cities.map((c) => c.name);
  const pack = () => readPack(join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith('.json'))!))!;
  return { data, names, pack, file: join(data, 'cities.yaml') };
}

/** The same text with one letter swapped: the same size. */
const swapped = (file: string) => readFileSync(file, 'utf8').replace('name: Oslo', 'name: Olso');

afterEach(() => {
  vi.useRealTimers();
});

describe('a file known by its stat', () => {
  it('is settled only when it last changed well before it was read', () => {
    const changed = Date.parse('2026-01-01T12:00:00Z');
    expect(isSettled({ mtimeMs: changed, ctimeMs: changed }, changed + 10)).toBe(false);
    expect(isSettled({ mtimeMs: changed, ctimeMs: changed }, changed + 2000)).toBe(false);
    expect(isSettled({ mtimeMs: changed, ctimeMs: changed }, changed + 60_000)).toBe(true);
    expect(isSettled({ mtimeMs: changed - 60_000, ctimeMs: changed }, changed + 10)).toBe(false);
  });

  it('has no stat in the cache while it is racy, so the next run reads it again', async () => {
    const { names, pack } = setUp();
    expect(await names()).toContain('Oslo');
    expect(pack().files['cities.yaml']!.stat).toBeUndefined();
  });

  it('is read again after an edit of the same size in the same second', async () => {
    const { names, file } = setUp();
    const second = Math.floor(Date.now() / 1000);
    utimesSync(file, second, second);
    expect(await names()).toContain('Oslo');
    writeFileSync(file, swapped(file));
    utimesSync(file, second, second);
    expect(await names()).toContain('Olso');
  });

  it('is served by its stat once settled, and read again when any of size, mtime, ctime or inode changes', async () => {
    const { names, pack, file } = setUp();
    const second = Math.floor(Date.now() / 1000);
    utimesSync(file, second, second);
    // Read an hour later, as far as the loader can tell.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 3_600_000);
    expect(await names()).toContain('Oslo');
    const stats = statSync(file);
    expect(pack().files['cities.yaml']!.stat).toEqual([stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino]);
    // The same size and mtime: only the ctime tells.
    writeFileSync(file, swapped(file));
    utimesSync(file, second, second);
    expect(statSync(file).mtimeMs).toBe(stats.mtimeMs);
    expect(await names()).toContain('Olso');
  });
});

describe('the pack of validated records', () => {
  it('is written in ASCII alone and gives back every character as it was', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'intl-cache-')), 'pack.json');
    const name = 'Kópavogur / Tromsø / Østersund / Ålesund 😀 \u2028';
    writePack(path, { clean: true, files: { 'cities.yaml': { hash: 'h', records: [['cities', 0, { id: 'kopavogur', name }]] } } });
    expect(readFileSync(path).every((b) => b < 0x80)).toBe(true);
    expect(readPack(path)!.files['cities.yaml']!.records[0]![2].name).toBe(name);
  });
});
