import { describe, expect, it } from 'vitest';
import type { Owner } from '../../src/model/calendar-entry.js';
import type { Listing } from '../../src/output/columns.js';
import { ownersForPeople } from '../../src/output/owners.js';
import { toTable } from '../../src/output/table.js';

interface Row {
  id: string;
  name: string;
  kind: string;
  count: string;
  note?: string;
  week?: string;
}

const listing = (records: Row[], more: Partial<Listing<Row>> = {}): Listing<Row> => ({
  records,
  columns: [],
  tableColumns: [
    { header: 'id', value: (r) => r.id, wide: true },
    { header: 'name', value: (r) => r.name, note: (r) => r.note },
    { header: 'kind', value: (r) => r.kind },
    { header: 'count', value: (r) => r.count, align: 'right' },
  ],
  ...more,
});

const ROWS: Row[] = [
  { id: 'a', name: 'Alpha', kind: 'twin', count: '4,668', note: 'Spelt two ways.', week: 'one' },
  { id: 'b', name: 'Beta', kind: 'twin', count: '151,879', week: 'one' },
  { id: 'c', name: 'Gamma', kind: 'twin', count: '33,205', note: 'Spelt two ways.', week: 'two' },
];

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('toTable', () => {
  it('leaves out the id unless wide, and a column with one value in every row', () => {
    const table = toTable(listing(ROWS));
    expect(lines(table)[1]).toMatch(/^│ name +│ +count │$/);
    expect(lines(toTable(listing(ROWS), { wide: true }))[1]).toMatch(/^│ id │ name +│ +count │$/);
  });

  it('keeps every column for a single row', () => {
    expect(lines(toTable(listing(ROWS.slice(1, 2))))[1]).toMatch(/│ kind │/);
  });

  it('right-aligns numbers and draws no rule between rows', () => {
    const body = lines(toTable(listing(ROWS))).slice(3, 6);
    expect(body[0]).toMatch(/│ {3}4,668 │$/);
    expect(body[1]).toMatch(/│ 151,879 │$/);
    expect(body[2]).toMatch(/│ {2}33,205 │$/);
  });

  it('numbers notes as footnotes, a note shared by two rows once', () => {
    const table = toTable(listing(ROWS));
    expect(table).toContain('│ Alpha [1] │');
    expect(table).toContain('│ Gamma [1] │');
    expect(table).toMatch(/\n\n\[1\] Spelt two ways\.\n$/);
  });

  it('wraps footnotes to the width with a hanging indent', () => {
    const long = { ...ROWS[0]!, note: 'word '.repeat(30).trim() };
    const footer = toTable(listing([long, ROWS[1]!]), { width: 40 }).split('\n\n')[1]!;
    expect(lines(footer).every((l) => l.length <= 40)).toBe(true);
    expect(lines(footer)[1]).toMatch(/^ {4}word/);
  });

  it('gives every section of a grouped table the same column widths', () => {
    const table = toTable(listing(ROWS, { groupBy: (r) => `Week ${r.week}` }));
    const tops = lines(table).filter((l) => l.startsWith('┌'));
    expect(tops).toHaveLength(2);
    expect(tops[0]).toBe(tops[1]);
  });
});

describe('ownersForPeople', () => {
  const owners = (...list: Owner[]) => ownersForPeople(list);

  it('shows a person with two roles once, with both roles', () => {
    expect(owners({ name: 'Gerhard Dalen', role: 'pol' }, { name: 'Gerhard Dalen', role: 'adm' })).toBe('Gerhard Dalen (pol., adm.)');
  });

  it('shows an owner known only by office or role as the office or role', () => {
    expect(owners({ role: 'pol', title: 'ordfører' }, { name: 'Gerhard Dalen', role: 'adm' })).toBe('ordfører, Gerhard Dalen (adm.)');
    expect(owners({ role: 'adm' })).toBe('adm.');
    expect(owners({ name: 'Hilde Opoku', title: 'varaordfører', role: 'pol' })).toBe('varaordfører Hilde Opoku (pol.)');
  });
});
