import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../../src/model/calendar-entry.js';
import type { City } from '../../src/model/city.js';
import { formatSpan } from '../../src/output/dates.js';
import { agenda } from '../../src/query/agenda.js';
import { queryCalendar } from '../../src/query/calendar.js';
import { queryCities } from '../../src/query/cities.js';
import { findConflicts } from '../../src/query/conflicts.js';

const city = (id: string, name: string, country: string, relation: City['relation'], since?: number, count?: number): City => ({
  id,
  name,
  country,
  relation,
  since,
  population: count ? { count, year: 2020 } : undefined,
});

const CITIES = [
  city('aarhus', 'Aarhus', 'DK', 'twin', 1950, 300),
  city('oslo', 'Oslo', 'NO', 'twin', 1960, 700),
  city('ostersund', 'Östersund', 'SE', 'partner'),
  city('lund', 'Lund', 'SE', 'intent', 2012, 90),
];

describe('queryCities', () => {
  const ids = (q: Parameters<typeof queryCities>[1]) => queryCities(CITIES, q).map((c) => c.id);

  it('keeps twin relations unless asked, and every relation with all', () => {
    expect(ids({})).toEqual(['aarhus', 'oslo']);
    expect(ids({ relation: 'all' })).toEqual(['aarhus', 'lund', 'oslo', 'ostersund']);
  });

  it('filters by the years a relation began in, inclusive at both ends', () => {
    expect(ids({ since: 1960 })).toEqual(['oslo']);
    expect(ids({ until: 1960 })).toEqual(['aarhus', 'oslo']);
    expect(ids({ relation: 'all', since: 1900 })).toEqual(['aarhus', 'lund', 'oslo']);
  });

  it('matches a country by code or by English or Norwegian name, and searches names', () => {
    expect(ids({ relation: 'all', country: 'se' })).toEqual(['lund', 'ostersund']);
    expect(ids({ relation: 'all', country: 'Sverige' })).toEqual(['lund', 'ostersund']);
    expect(ids({ relation: 'all', country: 'denmark' })).toEqual(['aarhus']);
    expect(ids({ relation: 'all', search: 'OSTER' })).toEqual(['ostersund']);
  });

  it('sorts by since, country name and population (largest first), names breaking ties', () => {
    expect(ids({ relation: 'all', sort: 'since' })).toEqual(['aarhus', 'oslo', 'lund', 'ostersund']);
    expect(ids({ relation: 'all', sort: 'country' })).toEqual(['aarhus', 'oslo', 'lund', 'ostersund']);
    expect(ids({ relation: 'all', sort: 'population' })).toEqual(['oslo', 'aarhus', 'lund', 'ostersund']);
  });
});

const entry = (id: string, start: string, end?: string, owners: CalendarEntry['owners'] = []): CalendarEntry => ({
  id,
  title: id,
  start,
  end,
  owners,
});
const kari = { name: 'Kari Nordmann', role: 'adm' as const };
const mayor = { title: 'ordfører', role: 'pol' as const };
const ENTRIES = [
  entry('new-year', '2017-12-30', '2018-01-02', [kari]),
  entry('may', '2018-05-02', undefined, [kari, mayor]),
  entry('may-long', '2018-05-01', '2018-05-04', [{ name: 'kari nordmann', role: 'pol' }, mayor]),
  entry('november', '2018-11', undefined, [kari]),
  entry('anonymous', '2018-05-03', undefined, [{ role: 'adm' }]),
  entry('other', '2018-05-03', undefined, [{ role: 'adm' }]),
];

describe('queryCalendar', () => {
  const ids = (q: Parameters<typeof queryCalendar>[1]) => queryCalendar(ENTRIES, q).map((e) => e.id);

  it('gives an entry to every year it touches, in date order', () => {
    expect(ids({ year: 2017 })).toEqual(['new-year']);
    expect(ids({ year: 2018 })).toEqual(['new-year', 'may-long', 'may', 'anonymous', 'other', 'november']);
  });

  it('narrows by month, by a date range, by owner in any role and by role', () => {
    expect(ids({ year: 2018, month: 11 })).toEqual(['november']);
    expect(ids({ from: '2018-05-03', to: '2018-05-03' })).toEqual(['may-long', 'anonymous', 'other']);
    expect(ids({ year: 2018, owner: 'KARI' })).toEqual(['new-year', 'may-long', 'may', 'november']);
    expect(ids({ year: 2018, role: 'pol' })).toEqual(['may-long', 'may']);
    expect(ids({ year: 2018, owner: 'kari', role: 'pol' })).toEqual(['may-long']);
    expect(ids({ year: 2018, owner: 'ordfører' })).toEqual(['may-long', 'may']);
  });
});

describe('findConflicts', () => {
  it('pairs overlapping entries of one person, by name or office, never a bare role or a month', () => {
    const conflicts = findConflicts(ENTRIES.filter((e) => e.start.startsWith('2018')));
    expect(conflicts.map((c) => [c.owner, c.first.id, c.second.id, c.from, c.to])).toEqual([
      ['kari nordmann', 'may-long', 'may', '2018-05-02', '2018-05-02'],
      ['ordfører', 'may-long', 'may', '2018-05-02', '2018-05-02'],
    ]);
    expect(findConflicts(ENTRIES, 'ordfører')).toHaveLength(1);
  });

  it('lists clashes by the day they begin, not by the entry that began first', () => {
    const entry = (id: string, start: string, end: string, name: string): CalendarEntry => ({ id, title: id, start, end, owners: [{ name }] });
    const month = entry('month', '2018-05-01', '2018-05-31', 'Kari');
    const late = entry('late', '2018-05-20', '2018-05-20', 'Kari');
    const early = [entry('early-a', '2018-05-02', '2018-05-03', 'Ola'), entry('early-b', '2018-05-03', '2018-05-03', 'Ola')];
    expect(findConflicts([month, late, ...early]).map((c) => c.from)).toEqual(['2018-05-03', '2018-05-20']);
  });
});

describe('agenda', () => {
  it('takes entries touching the window, weeks by the day they show up in it', () => {
    const rows = agenda(ENTRIES, { today: '2018-01-01', days: 3 });
    expect(rows.map((r) => [r.entry.id, r.week])).toEqual([['new-year', '2018-W01']]);
  });
});

describe('formatSpan', () => {
  it('reads as people write dates, and keeps a month a month', () => {
    expect(formatSpan('2017-01-25')).toBe('25 Jan');
    expect(formatSpan('2017-01-25', '2017-01-27')).toBe('25–27 Jan');
    expect(formatSpan('2017-05-30', '2017-06-02')).toBe('30 May–2 Jun');
    expect(formatSpan('2017-12-30', '2018-01-02')).toBe('30 Dec 2017–2 Jan 2018');
    expect(formatSpan('2017-11')).toBe('November 2017');
  });
});
