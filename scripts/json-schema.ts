// The JSON Schema of a data file, made from the zod schemas for editors (yaml-language-server reads
// draft-07 best). z.toJSONSchema loses every refine, preprocess and message; the overrides below
// put back, keyed by the same message keys the zod checks carry, what JSON Schema can say, with
// the catalogues' messages. Written to schema/ by scripts/schema.mjs; a test compares the two.
import { z } from 'zod';
import { en } from '../src/i18n/en.js';
import { nb } from '../src/i18n/nb.js';
import { COUNTRY_NAMES } from '../src/model/country-names.js';
import { KINDS } from '../src/model/dataset.js';
import { KIND_NAMES, type Kind } from '../src/model/vocabulary.js';
import { DAY, MONTH, YEAR } from './date-patterns.js';

export { SCHEMA_FILE } from '../src/run/schema.js';

type Json = Record<string, unknown>;
type Messages = typeof en.diag.schema;

/** A message of both catalogues, bokmål first (the office reads it), as every text the editor shows. */
function both(pick: (m: Messages, placeholder: { month: string }) => string): string {
  return `${pick(nb.diag.schema, { month: 'ÅÅÅÅ-MM' })} / ${pick(en.diag.schema, { month: 'YYYY-MM' })}`;
}

const say = (key: keyof Messages) => both((m) => m[key] as string);

/** A date's pattern that admits only days in the calendar, its message naming the shape. */
function realDate(pattern: string, shape: keyof Messages) {
  return (json: Json) => {
    json.pattern = `^(?:${pattern})$`;
    json.patternErrorMessage = both((m) => `${m[shape] as string} (${m.realDate}?)`);
  };
}

// What each message key of a zod check becomes in JSON Schema. A key missing here that a schema
// carries stops the generator, so a new rule is never lost without a word.
const RESTORE: Record<string, (json: Json) => void> = {
  country: (json) => Object.assign(json, { enum: Object.keys(COUNTRY_NAMES).sort(), errorMessage: say('country') }),
  day: realDate(DAY, 'day'),
  dayOrMonth: realDate(`${DAY}|${MONTH}`, 'dayOrMonth'),
  // The preprocess turns a whole-number year into text before the pattern sees it.
  partialDate: (json) => {
    realDate(`${DAY}|${MONTH}|${YEAR}`, 'partialDate')(json);
    const text = { type: json.type, pattern: json.pattern, patternErrorMessage: json.patternErrorMessage };
    for (const key of Object.keys(text)) delete json[key];
    json.anyOf = [{ type: 'integer', minimum: 1000, maximum: 9999, errorMessage: say('partialDate') }, text];
  },
  realDate: () => {}, // in the patterns of the date shapes above
  url: (json) => Object.assign(json, { pattern: '^https?://', patternErrorMessage: say('url') }),
  owner: (json) => Object.assign(json, { minProperties: 1 }),
  // The zod pattern is case-insensitive; JSON Schema patterns have no flags.
  domain: (json) => Object.assign(json, { pattern: String(json.pattern).replaceAll('a-z', 'a-zA-Z'), patternErrorMessage: say('domain') }),
  ...Object.fromEntries((['id', 'time', 'timeZone', 'language'] as const).map((key) => [key, (json: Json) => (json.patternErrorMessage = say(key))])),
  ...Object.fromEntries((['year', 'text', 'positive', 'latitude', 'longitude'] as const).map((key) => [key, (json: Json) => (json.errorMessage = say(key))])),
};

/** The message keys a zod schema gives: its own and its checks'. */
function messageKeys(schema: z.core.$ZodType): string[] {
  const def = schema._zod.def as { error?: () => unknown; checks?: { _zod: { def: { error?: () => unknown } } }[] };
  const errors = [def.error, ...(def.checks ?? []).map((c) => c._zod.def.error)];
  return [...new Set(errors.map((e) => e?.()).filter((key): key is string => typeof key === 'string'))];
}

function override({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: Json }): void {
  for (const key of messageKeys(zodSchema)) {
    const restore = RESTORE[key];
    if (!restore) throw new Error(`no JSON Schema for the zod message key '${key}': add it to RESTORE`);
    restore(jsonSchema);
  }
  if (typeof jsonSchema.nb === 'string') {
    jsonSchema.markdownDescription = `${jsonSchema.nb}\n\n${jsonSchema.description}`;
    delete jsonSchema.nb;
  }
}

const monthOnly = { properties: { start: { type: 'string', pattern: `^${MONTH}$` } }, required: ['start'] };

// Rules that live in superRefine functions, whose messages no check carries; what they compare
// (an end before its start, times on one day) JSON Schema cannot say.
const KIND_RULES: Partial<Record<Kind, Json>> = {
  municipality: { maxItems: 1 },
  cities: {
    items: {
      allOf: (['twin', 'intent'] as const).map((relation) => ({
        if: { properties: { relation: { const: relation } }, required: ['relation'] },
        then: { required: ['since'], errorMessage: both((m) => m.needsSince(relation)) },
      })),
    },
  },
  calendar: {
    items: {
      allOf: [
        { if: monthOnly, then: { properties: { end: false }, errorMessage: both((m, p) => m.monthOnlyEnd(p.month)) } },
        { if: monthOnly, then: { properties: { time: false }, errorMessage: both((m, p) => m.timeNeedsDay(p.month)) } },
      ],
    },
  },
};

/** Merges `extra` into `json`, object by object. */
function merge(json: Json, extra: Json): Json {
  for (const [key, value] of Object.entries(extra)) {
    const mine = json[key];
    json[key] = mine && typeof mine === 'object' && !Array.isArray(mine) ? merge(mine as Json, value as Json) : value;
  }
  return json;
}

/** The schema of one data file: a mapping from record kinds to lists of records. */
export function dataFileSchema(): Json {
  const file = z
    .strictObject(Object.fromEntries(KIND_NAMES.map((kind) => [kind, z.array(KINDS[kind]).optional()])))
    .meta({
      title: 'intl data file',
      description: 'A data file of intl: record kinds as keys (municipality, cities, networks, projects, calendar, links, sources; merge and places in a folder made by intl merge), each a list of records.',
      nb: 'En datafil for intl: posttyper som nøkler (municipality, cities, networks, projects, calendar, links, sources; merge og places i en mappe laget av intl merge), hver med en liste av poster.',
    });
  const schema = z.toJSONSchema(file, { target: 'draft-7', io: 'input', override }) as Json;
  const kinds = schema.properties as Record<Kind, Json>;
  for (const kind of KIND_NAMES) {
    const items = kinds[kind].items as Json;
    kinds[kind] = merge({ description: items.description, markdownDescription: items.markdownDescription, ...kinds[kind] }, KIND_RULES[kind] ?? {});
  }
  return { ...schema, $comment: 'Generated from the zod schemas in src/model by scripts/schema.mjs: do not edit.' };
}

/** The schema as committed: two-space JSON, lists of plain values on one line. */
export function formatSchema(schema: Json): string {
  return `${JSON.stringify(schema, null, 2).replace(/\[\n\s+([^[\]{}]*?)\n\s+\]/g, (_, list: string) => `[${list.split(/,\n\s+/).join(', ')}]`)}\n`;
}
