import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, runJson } from '../helpers/run-cli.js';

interface Entry {
  id: string;
  title: string;
  start: string;
  end?: string;
  owners?: { name?: string; role?: string; title?: string }[];
}

const ids = (entries: Entry[]) => entries.map((e) => e.id);

describe('intl calendar', () => {
  const all = runJson<Entry[]>(['calendar', '2017']);

  it('gives the 23 entries of 2017 in date order', () => {
    expect(all).toHaveLength(23);
    const starts = all.map((e) => e.start);
    expect(starts[0]).toBe('2017-01-25');
    expect(starts.at(-1)).toBe('2017-12-05');
    expect(ids(all).indexOf('2017-smart-city-expo')).toBe(21);
  });

  it('finds an owner on whole words, ignoring case and accents', () => {
    const dalen = runJson<Entry[]>(['calendar', '2017', '--owner', 'Gerhard Dalen']);
    expect(dalen).toHaveLength(13);
    expect(ids(dalen)).toEqual(expect.arrayContaining(['2017-welfare-technology-seminar', '2017-smart-city-expo']));
    expect(runJson<Entry[]>(['calendar', '2017', '--owner', 'dalen'])).toHaveLength(13);
    expect(ids(runJson<Entry[]>(['calendar', '2017', '--owner', 'Helen Eliassen']))).toEqual([
      '2017-home-guard-exchange',
      '2017-eu-crash-course',
    ]);
    expect(runJson<Entry[]>(['calendar', '2017', '--owner', 'Amund Aarvelta'])).toHaveLength(4);
    expect(runCli(['calendar', '2017', '--owner', 'dal']).stdout).toBe('');
  });

  it('--role pol gives the entries with a political owner', () => {
    const pol = runJson<Entry[]>(['calendar', '2017', '--role', 'pol']);
    expect(pol.length).toBe(6);
    expect(pol.every((e) => e.owners!.some((o) => o.role === 'pol'))).toBe(true);
    expect(all.filter((e) => e.owners?.some((o) => o.role === 'pol'))).toHaveLength(6);
    expect(runJson<Entry[]>(['calendar', '2017', '--role', 'pol', '--owner', 'dalen'])).toEqual([]);
    const polNames = pol.flatMap((e) => e.owners!.filter((o) => o.role === 'pol').map((o) => o.name));
    expect(polNames).not.toContain('Gerhard Dalen');
    expect(pol.find((e) => e.id === '2017-smart-city-expo')!.owners).toEqual([{ role: 'pol' }, { name: 'Gerhard Dalen', role: 'adm' }]);
  });

  it('filters by month, date range and text', () => {
    expect(runJson<Entry[]>(['calendar', '2017', '--month', '6'])).toHaveLength(8);
    expect(ids(runJson<Entry[]>(['calendar', '--from', '2017-10-01', '--to', '2017-10-31']))).toEqual([
      '2017-tampere-100',
      '2017-storbyens-hjerte-og-smerte',
    ]);
    expect(ids(runJson<Entry[]>(['calendar', '2017', '--search', 'barcelona']))).toEqual(['2017-smart-city-expo']);
    expect(ids(runJson<Entry[]>(['calendar', '2017', '--search', 'kobenhavn']))).toEqual(['2017-nordic-city-summit']);
  });

  it('counts an entry in every year it touches', () => {
    const data = `${FIXTURES}/new-year`;
    expect(runCli(['calendar', '2017', '--data', data]).stdout).toContain('2017-12-30\t2018-01-02\t\tNew Year');
    expect(runCli(['calendar', '2018', '--data', data]).stdout).toContain('2017-12-30\t2018-01-02\t\tNew Year');
  });

  it('shows days as people read them in the table, and a month-only entry as its month', () => {
    const table = runCli(['calendar', '2017', '--format', 'table']).stdout;
    expect(table).toContain('25–27 Jan');
    expect(table).toContain('30 May–2 Jun');
    expect(table).toContain('29 Sep–2 Oct');
    expect(table).toContain('November 2017');
    expect(table).not.toContain('1 Nov');
  });

  it('carries ISO dates in tsv and csv, YYYY-MM for a month-only entry', () => {
    const tsv = runCli(['calendar', '2017', '--month', '11']).stdout;
    expect(tsv.split('\t').slice(0, 2)).toEqual(['2017-11', '2017-11']);
    const rows = parse(runCli(['calendar', '2017', '--format', 'csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ start: '2017-01-25', end: '2017-01-27', owners: 'Gerhard Dalen (adm.)' });
  });

  it('says on stderr why a result is empty, defaulting to the current year', () => {
    const r = runCli(['calendar'], { env: { INTL_TODAY: '2026-11-27' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('intl: no calendar entries in 2026; the data covers 2017\n');
    expect(runCli(['calendar', '--today', '2017-05-01', '--format', 'json']).stdout).toContain('2017-welcoming-refugees');
  });

  it('exits 2 for a date that does not exist and a bad INTL_TODAY', () => {
    expect(runCli(['calendar', '--from', '2017-02-30']).code).toBe(2);
    expect(runCli(['calendar', '2017', '--month', '13']).code).toBe(2);
    const env = runCli(['calendar'], { env: { INTL_TODAY: 'tomorrow' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toBe("intl: INTL_TODAY must be a date as YYYY-MM-DD, got 'tomorrow'\n");
  });

  it('writes Excel CSV with a BOM and semicolons, and neutralises formulas', () => {
    const r = runCli(['calendar', '2017', '--data', `${FIXTURES}/formula-title`, '--format', 'csv', '--excel']);
    expect(r.stdout.startsWith('\uFEFFstart;end;time;title;')).toBe(true);
    const rows = parse(r.stdout, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows[0]!.title).toBe('\'=HYPERLINK("x")');
    expect(rows[0]!.location).toBe("'@SUM(A1)");
    expect(rows[0]!.owners).toBe("'-Kari (adm.)");
  });
});

describe('intl agenda', () => {
  it('lists the six entries from 12 to 20 June for 14 days from 10 June 2017, by week', () => {
    const r = runCli(['agenda', '--today', '2017-06-10', '--days', '14', '--format', 'json']);
    const rows = JSON.parse(r.stdout) as { week: string; entry: Entry }[];
    expect(rows.map((x) => x.entry.start)).toEqual([
      '2017-06-12',
      '2017-06-13',
      '2017-06-15',
      '2017-06-15',
      '2017-06-17',
      '2017-06-20',
    ]);
    expect(rows.map((x) => x.week)).toEqual(['2017-W24', '2017-W24', '2017-W24', '2017-W24', '2017-W24', '2017-W25']);
    const table = runCli(['agenda', '--today', '2017-06-10', '--days', '14', '--format', 'table']).stdout;
    expect(table).toMatch(/^Week 24: 12–18 Jun 2017\n/);
    expect(table).toContain('\nWeek 25: 19–25 Jun 2017\n');
  });

  it('includes an entry already running today, filters by owner and takes INTL_TODAY', () => {
    const running = runCli(['agenda', '--days', '1', '--format', 'json'], { env: { INTL_TODAY: '2017-06-16' } });
    expect((JSON.parse(running.stdout) as { entry: Entry }[]).map((x) => x.entry.id)).toEqual(['2017-home-guard-exchange']);
    const dalen = runCli(['agenda', '--today', '2017-06-10', '--days', '14', '--owner', 'eliassen']).stdout;
    expect(dalen.trim().split('\n')).toHaveLength(1);
    const none = runCli(['agenda', '--today', '2030-01-01']);
    expect(none.stderr).toBe('intl: nothing in the 30 days from 2030-01-01; the data covers 2017\n');
  });
});

describe('intl conflicts', () => {
  it('finds the one overlap for Gerhard Dalen: the exchange and the memorial on 17 June', () => {
    const r = runCli(['conflicts', '2017', '--owner', 'Gerhard Dalen', '--format', 'json']);
    const conflicts = JSON.parse(r.stdout) as { owner: string; from: string; to: string; first: Entry; second: Entry }[];
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ owner: 'Gerhard Dalen', from: '2017-06-17', to: '2017-06-17' });
    expect([conflicts[0]!.first.id, conflicts[0]!.second.id]).toEqual(['2017-home-guard-exchange', '2017-yugoslav-prisoners-memorial']);
  });

  it('treats owners with different names as different people, and says when there is none', () => {
    expect(runCli(['conflicts', '2017']).stdout.trim().split('\n')).toHaveLength(1);
    const none = runCli(['conflicts', '2017', '--owner', 'Amund Aarvelta']);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^intl: no overlapping entries for one owner in 2017; the data covers /);
  });
});
