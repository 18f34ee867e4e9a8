// The committed JSON Schema against the loader, file by file and record by record, with ajv: what
// an editor marks as you type is what `intl validate` reports, but for what JSON Schema cannot say.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.js';
import { parseYamlFile } from '../../src/data/yaml-file.js';
import { SCHEMA_FILE } from '../../src/run/schema.js';
import { FIXTURES, ROOT } from '../helpers/run-cli.js';

const ajv = new Ajv({ allErrors: true });
addFormats.default(ajv);
ajv.addVocabulary(['markdownDescription', 'errorMessage', 'patternErrorMessage']);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, SCHEMA_FILE), 'utf8')));

// What the loader rejects and JSON Schema cannot say, as `file` (the whole file) or `file pointer`;
// besides files that are not YAML or text, and references between records (see verdicts).
const BEYOND_JSON_SCHEMA: Record<string, string> = {
  'thousands-comma/cities.yaml /cities/0/population/count':
    'ajv sees `count: 159,207` as two fields and rejects the unknown one; the loader names the number the comma split',
  'zero-width-key/cities.yaml /cities/0/location': 'ajv rejects the key with its invisible character; the loader names the field it was meant to be',
  'bad-date/2017.yaml /calendar/1/end': "an 'end' before its 'start': JSON Schema compares no two values",
  'bad-time/calendar.yaml /calendar/1/time': 'a time span that ends before it starts on one day: two values compared',
};

/** Where a problem lies, as a JSON pointer: '' for the whole file. */
const fromZod = (field: string | undefined) => (field ? `/${field.replace(/\[(\d+)\]/g, '.$1').replaceAll('.', '/')}` : '');
const inRecord = (pointer: string) => pointer.split('/').slice(0, 3).join('/');
function fromAjv(e: ErrorObject): string[] {
  const { instancePath: at, params } = e as ErrorObject & { params: { missingProperty?: string; additionalProperty?: string } };
  if (e.keyword === 'if') return []; // its `then` says where
  return [params.missingProperty ?? params.additionalProperty].map((key) => (key === undefined ? at : `${at}/${key}`));
}

/** The places the loader and ajv reject, for each file of a folder. */
async function verdicts(dir: string, name: string): Promise<{ file: string; zod: Set<string>; ajv: Set<string> | undefined }[]> {
  const { diagnostics } = await loadDataset(dir);
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml')).sort();
  return files.map((f) => {
    const path = join(dir, f);
    const own = diagnostics.filter((d) => resolve(d.file) === path);
    const family = (d: { code?: string }) => d.code?.split('/')[0];
    // A file that is not YAML, or not text, never becomes a value: the language server reports
    // YAML errors itself. References between records span files: no schema of one file says them.
    if (own.some((d) => family(d) === 'yaml' || family(d) === 'file')) return { file: `${name}/${f}`, zod: new Set<string>(), ajv: undefined };
    const zod = new Set(own.filter((d) => family(d) !== 'reference').map((d) => fromZod(d.field)));
    const { value } = parseYamlFile(readFileSync(path, 'utf8'), path);
    const ajvPlaces = value === undefined ? undefined : validate(value) ? new Set<string>() : new Set(validate.errors!.flatMap(fromAjv));
    return { file: `${name}/${f}`, zod, ajv: ajvPlaces };
  });
}

const folders = [['data', join(ROOT, 'data')], ...readdirSync(FIXTURES).map((d) => [d, join(FIXTURES, d)])].filter(([, dir]) =>
  readdirSync(dir!, { recursive: true }).some((f) => String(f).endsWith('.yaml')),
) as [string, string][];

describe('the JSON Schema with ajv', () => {
  it('accepts every file of the embedded data', async () => {
    for (const v of await verdicts(join(ROOT, 'data'), 'data')) expect([v.file, v.ajv]).toEqual([v.file, new Set()]);
  });

  it('rejects every field of the test folders the loader rejects, and no other, but for what JSON Schema cannot say', async () => {
    const unexplained: string[] = [];
    const used = new Set<string>();
    const excused = (place: string) => (BEYOND_JSON_SCHEMA[place] === undefined ? false : used.add(place));
    for (const [name, dir] of folders) {
      for (const { file, zod, ajv: ajvPlaces } of await verdicts(dir, name)) {
        const rejected = (place: string) => ajvPlaces !== undefined && (place === '' ? ajvPlaces.size > 0 : ajvPlaces.has(place));
        for (const place of zod) if (!rejected(place) && !excused(place ? `${file} ${place}` : file)) unexplained.push(`ajv passes ${file} ${place}`);
        // zod checks a record's rules across fields only once its fields are valid: ajv may find more in a record zod rejects.
        const zodRecords = new Set([...zod].map(inRecord));
        for (const place of ajvPlaces ?? []) if (!zodRecords.has(inRecord(place)) && !zod.has('')) unexplained.push(`only ajv rejects ${file} ${place}`);
      }
    }
    expect(unexplained).toEqual([]);
    expect([...used].sort()).toEqual(Object.keys(BEYOND_JSON_SCHEMA).sort());
  });

  it('checks folders with every kind of problem of the bad-input corpus', () => {
    const corpus = readdirSync(FIXTURES).filter(
      (d) => existsSync(join(FIXTURES, d, 'expected.txt')) && readdirSync(join(FIXTURES, d), { recursive: true }).some((f) => String(f).endsWith('.yaml')),
    );
    expect(folders.map(([name]) => name)).toEqual(expect.arrayContaining(corpus));
  });
});
