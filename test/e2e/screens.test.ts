import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/run-cli.js';
import { runInTerminal, tableRows, width } from '../helpers/terminal.js';

// What a person sees at an 80-column terminal, in both languages, pinned in __screens__/.
const SCREENS: [string, string[], number][] = [
  ['cities', ['cities'], 0],
  ['cities-all', ['cities', '--relation', 'all'], 0],
  ['networks', ['networks'], 0],
  ['projects', ['projects'], 0],
  ['calendar-2017', ['calendar', '2017'], 0],
  ['stats-2017', ['stats', '2017'], 0],
  ['anniversaries-2025-2026', ['anniversaries', '--from', '2025', '--to', '2026'], 0],
  ['validate-broken', ['validate', '--data', 'test/fixtures/many-problems'], 1],
];

describe.each(['nb', 'en'])('at an 80-column terminal in %s', (lang) => {
  it.each(SCREENS)('intl %s fits and reads as pinned', async (name, args, code) => {
    const screen = runInTerminal([...args, '--lang', lang], 80, [code]);
    expect(screen.split('\n').filter((line) => width(line) > 80)).toEqual([]);
    await expect(screen).toMatchFileSnapshot(`__screens__/${lang}/${name}.txt`);
  });
});

describe('bokmål for people, the same data for programs', () => {
  it('names countries, relations and numbers in bokmål, whether from --lang or LANG', () => {
    const viaLang = runInTerminal(['cities', '--relation', 'all', '--lang', 'nb']);
    const viaLocale = runCli(['cities', '--relation', 'all', '--format', 'table'], { env: { LANG: 'nb_NO.UTF-8', COLUMNS: '80' } }).stdout;
    for (const screen of [viaLang, viaLocale]) {
      const rows = tableRows(screen);
      expect(rows[0]).toEqual(['navn', 'land', 'relasjon', 'siden', 'folketall']);
      const row = (name: string) => rows.find((r) => r[0]!.startsWith(name))!;
      expect(row('Klaksvík')[1]).toBe('Færøyene');
      expect(row('Kópavogur')[1]).toBe('Island');
      expect(row('Norrköping')[1]).toBe('Sverige');
      expect(row('Darmstadt')[2]).toBe('vennskapsby');
      expect(row('Darmstadt')[4]).toBe('151\u00a0879 (2014)');
    }
    const english = tableRows(runInTerminal(['cities', '--relation', 'all', '--lang', 'en']));
    expect(english.find((r) => r[0]!.startsWith('Darmstadt'))!.slice(1)).toEqual(['Germany', 'twin city', '1968', '151,879 (2014)']);
  });

  it('gives byte-identical JSON, TSV and plain CSV in both languages', () => {
    for (const args of [['cities', '--format', 'json'], ['calendar', '2017', '--format', 'json'], ['networks'], ['projects', '--format', 'csv']]) {
      expect(runCli([...args, '--lang', 'nb']).stdout).toBe(runCli([...args, '--lang', 'en']).stdout);
    }
  });

  it('writes the calendar in Norwegian dates, each owner once', () => {
    const rows = tableRows(runInTerminal(['calendar', '2017', '--owner', 'Gerhard Dalen', '--lang', 'nb']));
    expect(rows[0]).toEqual(['når', 'tittel', 'sted', 'ansvarlige']);
    expect(rows.map((r) => r[0])).toContain('25.–27. jan.');
    expect(rows.map((r) => r[0])).toContain('november 2017');
    expect(rows.filter((r) => /Dalen.*Dalen/.test(r[3]!))).toEqual([]);
    expect(rows.find((r) => r[0] === 'november 2017')![3]).toBe('pol., Gerhard Dalen (adm.)');
  });

  it('labels the .ics in bokmål and keeps its UIDs and dates', () => {
    const ics = (lang: string) => runCli(['calendar', '2017', '--format', 'ics', '--lang', lang], { env: { SOURCE_DATE_EPOCH: '1500000000' } }).stdout;
    const [nb, en] = [ics('nb'), ics('en')];
    expect(nb).toContain('Ansvarlig: Gerhard Dalen (adm.)');
    expect(en).toContain('Owners: Gerhard Dalen (adm.)');
    const stable = (text: string) => text.split('\r\n').filter((l) => /^(UID|DTSTART|DTEND)/.test(l));
    expect(stable(nb)).toEqual(stable(en));
    expect(stable(nb).length).toBeGreaterThan(40);
  });

  it('heads the Excel CSV in words of the language', () => {
    const excel = runCli(['cities', '--format', 'csv', '--excel', '--notes', '--lang', 'nb']).stdout;
    expect(excel.split('\r\n')[0]).toBe('\ufeffid;navn;landkode;land;relasjon;siden;folketall;folketall år;avstand km;merknad');
    expect(runJson(['cities']).length).toBe(13);
  });
});
