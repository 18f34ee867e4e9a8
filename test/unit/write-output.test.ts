import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OperationError } from '../../src/errors.js';
import { writeOutput } from '../../src/output/write-output.js';

describe('writeOutput', () => {
  it('replaces a file whole and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-'));
    writeFileSync(join(dir, 'out.txt'), 'old');
    writeOutput('new', join(dir, 'out.txt'));
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('refuses a protected path, even reached another way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-'));
    writeFileSync(join(dir, 'cities.yaml'), 'cities: []');
    expect(() => writeOutput('x', join(dir, '.', 'cities.yaml'), dir)).toThrow(OperationError);
    expect(readFileSync(join(dir, 'cities.yaml'), 'utf8')).toBe('cities: []');
  });

  it('fails with a clear message when the target is a folder, keeping the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-'));
    expect(() => writeOutput('x', dir)).toThrow(/cannot write .*: it is a folder/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeOutput next to the data', () => {
  it('refuses a new YAML file inside the data folder, and allows other files there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-'));
    expect(() => writeOutput('x', join(dir, 'sub', 'export.yml'), dir)).toThrow(/it would be read as a data file/);
    writeOutput('x', join(dir, 'export.csv'), dir);
    expect(readFileSync(join(dir, 'export.csv'), 'utf8')).toBe('x');
  });
});
