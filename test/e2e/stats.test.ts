import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/run-cli.js';
import { runInTerminal, width } from '../helpers/terminal.js';

interface StatsJson {
  relations: {
    total: number;
    byKind: { kind: string; count: number }[];
    byCountry: { country: string; count: number }[];
    byRegion: { region: string; count: number }[];
    byDecade: { decade: number; count: number }[];
  };
  calendar: { year: number; entries: number; byMonth: { month: string; count: number }[]; byOwner: { owner: string; entries: number; days: number }[] };
}

describe('intl stats', () => {
  const stats = runJson<StatsJson>(['stats', '2017']);
  const { relations, calendar } = stats;

  it('counts 13 twin cities, and as many relations per country as intl cities lists', () => {
    expect(relations.byKind.find((k) => k.kind === 'twin')!.count).toBe(13);
    const cities = runJson<{ country: string }[]>(['cities', '--relation', 'all']);
    const perCountry: Record<string, number> = {};
    for (const c of cities) perCountry[c.country] = (perCountry[c.country] ?? 0) + 1;
    expect(Object.fromEntries(relations.byCountry.map((c) => [c.country, c.count]))).toEqual(perCountry);
    const networks = runJson<unknown[]>(['networks']);
    expect(relations.total).toBe(cities.length + networks.length);
  });

  it('counts regions and decades of the city relations and dated networks', () => {
    expect(relations.byRegion).toEqual([
      { region: 'nordic', count: 8 },
      { region: 'europe', count: 8 },
      { region: 'outside', count: 4 },
    ]);
    expect(relations.byDecade[0]).toEqual({ decade: 1940, count: 5 });
    expect(relations.byDecade.find((d) => d.decade === 1990)).toEqual({ decade: 1990, count: 1 });
  });

  it('counts the calendar per month and per owner, with the days each owner is booked', () => {
    expect(calendar).toMatchObject({ year: 2017, entries: 23 });
    expect(calendar.byMonth.map((m) => m.count)).toEqual([1, 2, 4, 1, 2, 8, 0, 0, 3, 2, 1, 1]);
    // "Gerhard dalen" once in the data is the same person; the November entry has no known days.
    expect(calendar.byOwner[0]).toEqual({ owner: 'Gerhard Dalen', entries: 13, days: 21 });
    expect(calendar.byOwner.find((o) => o.owner === 'Helén Eliassen')).toEqual({ owner: 'Helén Eliassen', entries: 2, days: 6 });
  });

  it('gives the same figures as tsv, csv and json in both languages', () => {
    for (const format of ['tsv', 'csv', 'json']) {
      const out = (lang: string) => runCli(['stats', '2017', '--format', format, '--lang', lang]).stdout;
      expect(out('nb')).toBe(out('en'));
    }
    const tsv = runCli(['stats', '2017']).stdout.split('\n');
    expect(tsv).toContain('kind\ttwin\t13');
    expect(tsv).toContain('owner_days\tGerhard Dalen\t21');
    expect(runCli(['stats', '2017', '--format', 'csv']).stdout.split('\r\n')[0]).toBe('group,key,count');
  });

  it('defaults to this year and says on stderr when its calendar is empty', () => {
    const r = runCli(['stats', '--format', 'json'], { env: { INTL_TODAY: '2026-03-01' } });
    expect(JSON.parse(r.stdout).calendar).toMatchObject({ year: 2026, entries: 0, byOwner: [] });
    expect(r.stderr).toBe('intl: no calendar entries in 2026; the data covers 2017\n');
  });

  it('draws labelled bars that fit a narrow terminal, in colour only where allowed', () => {
    const narrow = runInTerminal(['stats', '2017'], 44);
    expect(narrow.split('\n').filter((l) => width(l) > 44)).toEqual([]);
    expect(narrow).toMatch(/^ {2}twin city +13 █+$/m);
    expect(narrow).toMatch(/^ {2}Palestinian Territories +1 █+/m);
    expect(runInTerminal(['stats', '2017'], 30)).toMatch(/^ {2}Palestinian T… +1 █+/m);
    expect(runCli(['stats', '2017', '--format', 'table'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(runCli(['stats', '2017', '--format', 'table'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });
});
