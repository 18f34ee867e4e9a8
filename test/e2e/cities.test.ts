import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, runJson } from '../helpers/run-cli.js';

interface CityJson {
  id: string;
  name: string;
  country: string;
  relation: string;
  since?: number;
  population?: { count: number; year: number };
}

const names = (cities: CityJson[]) => cities.map((c) => c.name);

describe('intl cities', () => {
  it('lists the 13 twin cities with the years and populations of the source', () => {
    const cities = runJson<CityJson[]>(['cities']);
    expect(cities).toHaveLength(13);
    expect(cities.every((c) => c.relation === 'twin')).toBe(true);
    const byId = Object.fromEntries(cities.map((c) => [c.id, c]));
    expect(byId.darmstadt).toMatchObject({ since: 1968, country: 'DE', population: { count: 151879, year: 2014 } });
    expect(byId.dunfermline).toMatchObject({ since: 1945, country: 'GB', population: { count: 50380, year: 2012 } });
    expect(byId.ramallah).toMatchObject({ since: 2004, country: 'PS', population: { count: 27092, year: 2009 } });
    expect(byId.vallejo).toMatchObject({ since: 1960, population: { count: 122105, year: 2017 } });
    expect(byId.tampere).toMatchObject({ since: 1946, names: ['Tammerfors'] });
  });

  it('filters by the year the relation began', () => {
    const since = runJson<CityJson[]>(['cities', '--since', '1946']);
    expect(since).toHaveLength(12);
    expect(names(since)).not.toContain('Dunfermline');
    const until = runJson<CityJson[]>(['cities', '--until', '1946']);
    expect(names(until).sort()).toEqual(['Dunfermline', 'Kópavogur', 'Norrköping', 'Odense', 'Tampere']);
    expect(runJson<CityJson[]>(['cities', '--since', '1960', '--until', '1968']).map((c) => c.since)).toEqual([
      1968, 1968, 1960,
    ]);
  });

  it('--relation all adds the letter of intent and the solidarity relation', () => {
    const all = runJson<CityJson[]>(['cities', '--relation', 'all']);
    expect(all.find((c) => c.name === 'Kraków')).toMatchObject({ relation: 'intent', since: 2012, country: 'PL' });
    expect(all.find((c) => c.name === 'Keren')).toMatchObject({ relation: 'solidarity', country: 'ER' });
    expect(runJson<CityJson[]>(['cities', '--relation', 'intent']).map((c) => c.id)).toEqual(['krakow']);
  });

  it('searches names ignoring case and accents, and filters by country code or name', () => {
    expect(names(runJson(['cities', '--search', 'kopavogur']))).toEqual(['Kópavogur']);
    expect(names(runJson(['cities', '--search', 'TAMMERFORS']))).toEqual(['Tampere']);
    expect(names(runJson(['cities', '--country', 'SE']))).toEqual(['Norrköping']);
    expect(names(runJson(['cities', '--country', 'sverige']))).toEqual(['Norrköping']);
    expect(names(runJson(['cities', '--country', 'Iceland']))).toEqual(['Kópavogur']);
  });

  it('sorts by name by default and by since, country or population on request', () => {
    const byName = names(runJson(['cities']));
    expect(byName[0]).toBe('Darmstadt');
    expect(byName.at(-1)).toBe('Vallejo');
    expect(runJson<CityJson[]>(['cities', '--sort', 'since'])[0]!.name).toBe('Dunfermline');
    expect(runJson<CityJson[]>(['cities', '--sort', 'population'])[0]!.name).toBe('Graz');
  });

  it('prints tab-separated lines without colour when piped, even with FORCE_COLOR unset', () => {
    const r = runCli(['cities', '--since', '2000']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ramallah\tRamallah\tPS\tPalestinian Territories\ttwin\t2004\t27092\t2009\t3912\n');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('draws a table with --format table, coloured only with FORCE_COLOR and never with NO_COLOR', () => {
    const plain = runCli(['cities', '--format', 'table', '--since', '2000']);
    expect(plain.stdout).toContain('│ Ramallah');
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    expect(runCli(['cities', '--format', 'table'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(runCli(['cities', '--format', 'table'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
    expect(runCli(['--no-color', 'cities', '--format', 'table'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });

  it('writes CSV that a separate CSV reader reads back to the same values', () => {
    const r = runCli(['cities', '--format', 'csv']);
    expect(r.stdout.startsWith('id,name,country,')).toBe(true);
    expect(r.stdout).toContain('\r\n');
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(13);
    expect(rows.find((row) => row.id === 'kopavogur')).toMatchObject({
      name: 'Kópavogur',
      country: 'IS',
      since: '1946',
      population: '33205',
      population_year: '2015',
    });
  });

  it('writes Excel CSV with a BOM and semicolons, chosen by the file extension of -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-'));
    const r = runCli(['cities', '-o', join(dir, 'cities.csv'), '--excel']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const text = readFileSync(join(dir, 'cities.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.name)).toContain('Tiraspol');
  });

  it('replaces an existing -o file only when the run succeeds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-'));
    const target = join(dir, 'out.json');
    writeFileSync(target, 'previous');
    const failed = runCli(['cities', '--data', join(FIXTURES, 'wrong-type'), '-o', target]);
    expect(failed.code).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(runCli(['cities', '-o', target]).code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toHaveLength(13);
  });

  it('refuses to write over a data file and into a missing folder', () => {
    const data = join(FIXTURES, 'minimal');
    const onData = runCli(['cities', '--data', data, '--format', 'tsv', '-o', join(data, 'cities.yaml')]);
    expect(onData.code).toBe(1);
    expect(onData.stderr).toMatch(/refusing to write .*cities\.yaml: it is one of the data files/);
    expect(readFileSync(join(data, 'cities.yaml'), 'utf8')).toContain('id: oslo');
    const missing = runCli(['cities', '-o', '/no/such/folder/out.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('intl: cannot write /no/such/folder/out.csv: the folder does not exist\n');
  });

  it('exits 2 with a suggestion for wrong usage', () => {
    const typo = runCli(['cities', '--sinse', '1946']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("unknown option '--sinse'");
    expect(typo.stderr).toContain('--since');
    const year = runCli(['cities', '--since', 'nineteen']);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('expected a four-digit year');
    expect(runCli(['citys']).stderr).toContain('Did you mean cities?');
    expect(runCli(['cities', '--format', 'xml']).code).toBe(2);
  });

  it('has examples in its help and prints the version', () => {
    const help = runCli(['cities', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('$ intl cities --since 1946');
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('notes on doubtful records', () => {
  it('are footnotes in a table, and a column in tsv and csv only with --notes', () => {
    const table = runCli(['cities', '--search', 'kopavogur', '--format', 'table'], { env: { COLUMNS: '100' } }).stdout;
    expect(table).toContain('│ Kópavogur [1] │');
    expect(table.replace(/\s+/g, ' ')).toContain('[1] The page spells the name "Kopavógur" in the list of twin cities and "Kópavogur" later. It writes "Reykjavik" and "Bessastadir";');
    const rows = parse(runCli(['cities', '--format', 'csv', '--notes']).stdout, { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.id === 'tiraspol')!.note).toMatch(/^The page gives the country as/);
    expect(runCli(['calendar', '2017', '--month', '11', '--notes']).stdout.trim().split('\t').at(-1)).toMatch(/^The page gives no day/);
    expect(runCli(['cities', '--format', 'csv']).stdout.split('\r\n')[0]).not.toContain('note');
  });
});
