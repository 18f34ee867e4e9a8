import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, MONTH } from '../../scripts/date-patterns.js';
import { dataFileSchema, formatSchema } from '../../scripts/json-schema.js';
import { isRealDate } from '../../src/model/dates.js';
import { KIND_NAMES } from '../../src/model/vocabulary.js';
import { SCHEMA_FILE } from '../../src/run/schema.js';
import { ROOT } from '../helpers/run-cli.js';

type Json = Record<string, unknown>;
const schema = dataFileSchema();

/** Every property schema below `json`, with its path. */
function* properties(json: Json, path: string): Generator<[string, Json]> {
  for (const [name, child] of Object.entries((json.properties ?? {}) as Record<string, Json>)) {
    yield [`${path}.${name}`, child];
    for (const inner of [child, child.items as Json | undefined]) if (inner) yield* properties(inner, `${path}.${name}`);
  }
}

describe('the JSON Schema of a data file', () => {
  it('is the committed schema/ file: regenerate it with node scripts/schema.mjs after changing src/model', () => {
    expect(readFileSync(`${ROOT}${SCHEMA_FILE}`, 'utf8')).toBe(formatSchema(schema));
  });

  it('describes every field in bokmål and English, and titles every record kind', () => {
    const all = [...properties(schema, '')];
    expect(all.length).toBeGreaterThan(100);
    for (const [path, json] of all) {
      expect(json.description, path).toMatch(/\w/);
      expect(json.markdownDescription, path).toContain(`\n\n${json.description as string}`);
      expect(json, path).not.toHaveProperty('nb');
    }
    const kinds = schema.properties as Record<string, { items: Json }>;
    expect(KIND_NAMES.map((kind) => kinds[kind]!.items.title)).toEqual(['Municipality', 'City', 'Network', 'Project', 'Calendar entry', 'Link', 'Source', 'Merge', 'Place']);
  });

  it('admits by pattern exactly the dates isRealDate admits', () => {
    const day = new RegExp(`^(?:${DAY})$`);
    const month = new RegExp(`^(?:${MONTH})$`);
    const pad = (n: number) => String(n).padStart(2, '0');
    /** Every month 00-13 and day 00-32 of one year on which the patterns and isRealDate disagree. */
    const disagreements = (year: number) => {
      const y = String(year).padStart(4, '0');
      const texts = Array.from({ length: 14 }, (_, m) => [`${y}-${pad(m)}`, ...Array.from({ length: 33 }, (_, d) => `${y}-${pad(m)}-${pad(d)}`)]).flat();
      return texts.filter((text) => (text.length === 7 ? month : day).test(text) !== isRealDate(text));
    };
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), (year) => disagreements(year).length === 0));
    const leapDays = Array.from({ length: 10_000 }, (_, y) => `${String(y).padStart(4, '0')}-02-29`);
    expect(leapDays.filter((text) => day.test(text) !== isRealDate(text))).toEqual([]);
  });

  it('is named on the first line of every data file, by a path relative to the file', () => {
    const files = readdirSync(join(ROOT, 'data'), { recursive: true }).map(String).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const first = readFileSync(join(ROOT, 'data', file), 'utf8').split('\n')[0]!;
      const [, path] = /^# yaml-language-server: \$schema=(\S+)$/.exec(first) ?? [];
      expect(path, file).toMatch(/^(\.\.\/)+schema\/intl-data\.schema\.json$/);
      expect(existsSync(join(ROOT, 'data', dirname(file), path!)), file).toBe(true);
    }
  });
});
