import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../../src/model/calendar-entry.js';
import { toCsv } from '../../src/output/csv.js';
import { toIcs } from '../../src/output/ics.js';
import { entryColumns } from '../../src/run/calendar-columns.js';
import { parseWithIcalJs } from '../helpers/ics-checkers.js';

// Fixed seed and bounded runs in CI; FC_RUNS=5000 for a longer local run.
const RUNS = Number(process.env.FC_RUNS ?? 200);
const SETTINGS = { seed: 20171125, numRuns: RUNS };

/** Any Unicode text, weighted towards what breaks exporters; no control characters but tab and newline. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom('æ', 'ø', 'å', 'Å', '😀', '👩‍👩‍👧', ',', ';', '\\', '\n', '\r\n', '"', "'", ':', ' ', '\t', '=', '-'),
      fc.string({ unit: 'binary', maxLength: 6 }).map((s) => s.replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '')),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((parts) => parts.join(''))
  .filter((s) => s.length > 0);

const day = fc.integer({ min: 0, max: 365 * 50 }).map((n) => new Date(Date.UTC(1990, 0, 1 + n)).toISOString().slice(0, 10));

const entry = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
  title: text,
  location: text,
  description: text,
  start: day,
  length: fc.integer({ min: 0, max: 20 }),
});

const toEntry = (e: { id: string; title: string; location: string; description: string; start: string; length: number }) => {
  const end = new Date(Date.parse(e.start) + e.length * 86_400_000).toISOString().slice(0, 10);
  return { id: e.id, title: e.title, location: e.location, description: e.description, start: e.start, end } satisfies CalendarEntry;
};

const nextDay = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);
const lines = (s: string) => s.replace(/\r\n?/g, '\n');

describe('export round trips', () => {
  it('every text field and date survives .ics export and an ical.js parse', () => {
    fc.assert(
      fc.property(entry, (raw) => {
        const e = toEntry(raw);
        const ics = toIcs([e], { name: raw.title, uidDomain: 'test.invalid', stamp: new Date(0), version: 'test', timeZone: 'Europe/Oslo' });
        for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        const [parsed] = parseWithIcalJs(ics);
        expect(parsed).toEqual({
          uid: `${e.id}@test.invalid`,
          summary: lines(e.title),
          start: e.start,
          end: nextDay(e.end),
          location: lines(e.location),
          description: lines(e.description),
        });
      }),
      SETTINGS,
    );
  });

  it('every text field and date survives CSV export and a separate CSV parser, Excel or not', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), fc.boolean(), (raws, excel) => {
        const entries = raws.map(toEntry);
        const csv = toCsv({ records: entries, columns: entryColumns((x: CalendarEntry) => x) }, { excel });
        const rows = parse(csv, { columns: true, bom: true, delimiter: excel ? ';' : ',' }) as Record<string, string>[];
        // Text a spreadsheet would run as a formula comes back with a leading apostrophe.
        const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(rows.map((r) => [r.start, r.end, r.title, r.location])).toEqual(
          entries.map((x) => [x.start, x.end, safe(x.title), safe(x.location)]),
        );
      }),
      SETTINGS,
    );
  });
});
