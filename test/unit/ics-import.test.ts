import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIcs } from '../../src/edit/ics-events.js';
import { parseOwners } from '../../src/edit/import-plan.js';
import { FIXTURES } from '../helpers/run-cli.js';

const google = readFileSync(`${FIXTURES}/import-google/google.ics`, 'utf8');

describe('readIcs', () => {
  it('reads a TZID without VTIMEZONE as an IANA zone, a floating time as local, DURATION and a DTSTART alone', () => {
    const { events } = readIcs(google, 'Europe/Oslo', { from: '2026-01-01', to: '2026-12-31' });
    expect(events.slice(0, 3).map((e) => [e.start, e.end, e.time])).toEqual([
      ['2026-03-10', undefined, '14:00-15:00'],
      ['2026-03-11', '2026-03-12', '23:00-01:00'],
      ['2026-03-12', undefined, undefined],
    ]);
  });

  it('expands a series with EXDATE, a moved and a cancelled occurrence, each with its own uid', () => {
    const read = readIcs(google, 'Europe/Oslo', { from: '2026-03-01', to: '2026-03-31' });
    expect(read.events.filter((e) => e.uid.startsWith('g4')).map((e) => [e.uid, e.start, e.time, e.title])).toEqual([
      ['g4@google.com#2026-03-02', '2026-03-02', '08:00-09:00', 'Serie'],
      ['g4@google.com#2026-03-04', '2026-03-04', '13:00-14:00', 'Serie (flyttet)'],
    ]);
    expect(read.cancelled).toEqual(['Serie (2026-03-05)']);
  });

  it('lists a series instead of expanding it when no range is given', () => {
    expect(readIcs(google, 'Europe/Oslo').series).toEqual(['Serie (2026-03-02)']);
  });

  it('gives times in the zone asked for', () => {
    const { events } = readIcs(google, 'Europe/Helsinki', { from: '2026-03-10', to: '2026-03-10' });
    expect(events.map((e) => e.time)).toEqual(['15:00-16:00']);
  });
});

describe('parseOwners', () => {
  it('reads back the owners line the .ics writer makes, in both languages', () => {
    expect(parseOwners('Gerhard Dalen (pol., adm.), Kari Nordmann, adm.')).toEqual([
      { name: 'Gerhard Dalen', role: 'pol' },
      { name: 'Gerhard Dalen', role: 'adm' },
      { name: 'Kari Nordmann' },
      { role: 'adm' },
    ]);
  });
});
