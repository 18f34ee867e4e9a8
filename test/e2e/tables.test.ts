import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/run-cli.js';
import { runInTerminal, tableRows, width } from '../helpers/terminal.js';

const LISTINGS = [
  ['cities'],
  ['cities', '--relation', 'all'],
  ['networks'],
  ['projects'],
  ['calendar', '2017'],
  ['agenda', '--today', '2017-06-01', '--days', '60'],
  ['conflicts', '2017'],
];

/** The ids of a listing's records, from its JSON. */
function ids(args: string[]): string[] {
  const records = runJson<{ id?: string; entry?: { id: string }; first?: { id: string } }[]>(args);
  return records.map((r) => r.id ?? r.entry?.id ?? r.first!.id);
}

describe.each(LISTINGS)('intl %s at an 80-column terminal', (...args) => {
  const screen = runInTerminal(args);
  const [table, footer = ''] = screen.split(/\n\n(?=\[1\] )/);

  it('fits: no line is longer than 80 characters', () => {
    const long = screen.split('\n').filter((line) => width(line) > 80);
    expect(long).toEqual([]);
  });

  it('shows no id column and no record id', () => {
    const rows = tableRows(table!);
    expect(rows[0]).not.toContain('id');
    const known = new Set(ids(args));
    expect(rows.flat().filter((cell) => known.has(cell))).toEqual([]);
  });

  it('shows notes as numbered footnotes, not as a column', () => {
    expect(tableRows(table!)[0]).not.toContain('note');
    const marks = [...table!.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    const notes = [...footer.matchAll(/^\[(\d+)\] /gm)].map((m) => Number(m[1]));
    expect(marks.length).toBeGreaterThan(0);
    expect(notes).toEqual(notes.map((_, i) => i + 1));
    expect(new Set(marks)).toEqual(new Set(notes));
  });
});

describe('tables for people', () => {
  it('group the population with separators, right-aligned, and leave out a relation that is twin in every row', () => {
    const lines = runInTerminal(['cities']).split('\n');
    expect(lines.find((l) => l.includes('Darmstadt'))).toMatch(/ 151,879 \(2014\) │$/);
    expect(lines.find((l) => l.includes('Klaksvík'))).toMatch(/ {3}4,668 \(2015\) │$/);
    expect(tableRows(lines.join('\n'))[0]).toEqual(['name', 'country', 'since', 'population']);
    expect(tableRows(runInTerminal(['cities', '--relation', 'all']))[0]).toContain('relation');
  });

  it('show each owner once, and an owner known by role as the role', () => {
    const rows = tableRows(runInTerminal(['calendar', '2017', '--owner', 'Gerhard Dalen']));
    const owners = rows[0]!.indexOf('owners');
    const cell = (when: string) => rows.find((r) => r[0] === when)![owners];
    expect(cell('November 2017')).toBe('pol., Gerhard Dalen (adm.)');
    expect(cell('15 Feb')).toBe('ordfører, Gerhard Dalen (adm.)');
    expect(rows.filter((r) => /Dalen.*Dalen/i.test(r[owners]!))).toEqual([]);
    const all = tableRows(runInTerminal(['calendar', '2017']));
    expect(all.find((r) => r[0] === '31 Mar')![owners]).toBe('adm.');
  });

  it('give every week of the agenda the same column widths', () => {
    const borders = runInTerminal(['agenda', '--today', '2017-06-01', '--days', '60']).split('\n').filter((l) => l.startsWith('┌'));
    expect(borders.length).toBeGreaterThan(1);
    expect(new Set(borders).size).toBe(1);
  });

  it('show the id with --wide, and fit COLUMNS when stdout is not a terminal', () => {
    expect(tableRows(runInTerminal(['cities', '--wide']))[0]).toEqual(['id', 'name', 'country', 'since', 'population']);
    const narrow = runCli(['cities', '--format', 'table'], { env: { COLUMNS: '60' } }).stdout;
    expect(Math.max(...narrow.split('\n').map(width))).toBeLessThanOrEqual(60);
  });

  it('stay tab-separated, untruncated and with the id when piped', () => {
    const tsv = runCli(['cities', '--search', 'tiraspol', '--notes']).stdout;
    expect(tsv.split('\t').slice(0, 2)).toEqual(['tiraspol', 'Tiraspol']);
    expect(tsv).toContain('ISO 3166 has no code for Transnistria, so the country stays MD and the territory is named separately.');
  });
});
