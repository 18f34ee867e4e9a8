import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/run/schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const committed = readFileSync(join(ROOT, SCHEMA_FILE), 'utf8');

describe('intl schema', () => {
  it('prints the committed JSON Schema of a data file', () => {
    const r = runCli(['schema']);
    expect(r).toEqual({ code: 0, stdout: committed, stderr: '' });
  });

  it('writes it with -o, for a data folder of its own', () => {
    const target = join(mkdtempSync(join(tmpdir(), 'intl-schema-')), 'intl-data.schema.json');
    expect(runCli(['schema', '-o', target])).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(target, 'utf8')).toBe(committed);
  });

  it('has help with examples in both languages', () => {
    expect(runCli(['schema', '--help', '--lang', 'en']).stdout).toMatch(/JSON Schema of a data file[\s\S]*Examples:\n {2}\$ intl schema/);
    expect(runCli(['schema', '--help', '--lang', 'nb']).stdout).toMatch(/JSON-skjemaet for en datafil[\s\S]*Eksempler:\n {2}\$ intl schema/);
  });
});
