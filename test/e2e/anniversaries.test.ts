import { describe, expect, it } from 'vitest';
import { parseWithIcalJs, parseWithPython } from '../helpers/ics-checkers.js';
import { runCli, runJson } from '../helpers/run-cli.js';
import { runInTerminal, tableRows } from '../helpers/terminal.js';

interface JubileeJson {
  id: string;
  name: string;
  kind: string;
  relation: string;
  since: number;
  year: number;
  age: number;
}

const named = (list: JubileeJson[]) => list.map((j) => `${j.name} (${j.age})`);

describe('intl anniversaries', () => {
  it('gives the 80th year of the Nordic twin links and Split in 2026, oldest first', () => {
    expect(named(runJson<JubileeJson[]>(['anniversaries', '2026']))).toEqual([
      'Kópavogur (80)',
      'Norrköping (80)',
      'Odense (80)',
      'Tampere (80)',
      'Split (70)',
    ]);
  });

  it('gives Dunfermline, Vallejo, Petah Tikva and Nordisk plattform in 2025, with what they are', () => {
    const jubilees = runJson<JubileeJson[]>(['anniversaries', '2025']);
    expect(named(jubilees)).toEqual(['Dunfermline (80)', 'Vallejo (65)', 'Petah Tikva (50)', 'Nordisk plattform (30)']);
    expect(jubilees.at(-1)).toEqual({ id: 'nordisk-plattform', name: 'Nordisk plattform', kind: 'network', relation: 'platform', since: 1995, year: 2025, age: 30 });
    expect(jubilees[0]).toMatchObject({ kind: 'city', relation: 'twin', country: 'GB', since: 1945, year: 2025 });
  });

  it('takes the year from --today or INTL_TODAY, and a span with --from and --to in year order', () => {
    const pinned = runCli(['anniversaries', '--format', 'json'], { env: { INTL_TODAY: '2026-05-17' } });
    expect(named(JSON.parse(pinned.stdout))).toHaveLength(5);
    expect(named(runJson(['anniversaries', '--today', '2025-01-01']))).toContain('Vallejo (65)');
    const span = runJson<JubileeJson[]>(['anniversaries', '--from', '2025', '--to', '2026']);
    expect(span.map((j) => j.year)).toEqual([2025, 2025, 2025, 2025, 2026, 2026, 2026, 2026, 2026]);
    expect(runJson<JubileeJson[]>(['anniversaries', '--from', '2025']).map((j) => j.year).at(-1)).toBeLessThanOrEqual(2034);
  });

  it('counts multiples of --every from ten years on', () => {
    expect(named(runJson(['anniversaries', '2026', '--every', '10']))).toEqual(named(runJson(['anniversaries', '2026'])));
    const everyYear = runJson<JubileeJson[]>(['anniversaries', '2026', '--every', '1']);
    expect(everyYear.map((j) => j.age).every((age) => age >= 10)).toBe(true);
    expect(everyYear.map((j) => j.id)).toContain('krakow');
    expect(runJson(['anniversaries', '2023', '--every', '10'])).toEqual([]);
    expect(runCli(['anniversaries', '2023', '--every', '10']).stderr).toBe('intl: no relation turns a multiple of 10 years (from 10 years on) in 2023\n');
  });

  it('writes one all-day event per jubilee on 1 January, as a jubilee year, with stable UIDs', () => {
    const ics = (lang: string) => runCli(['anniversaries', '2026', '--format', 'ics', '--lang', lang], { env: { SOURCE_DATE_EPOCH: '1500000000' } }).stdout;
    const events = parseWithIcalJs(ics('en'));
    expect(events.map((e) => [e.uid, e.start, e.end])).toEqual(
      ['kopavogur', 'norrkoping', 'odense', 'tampere', 'split'].map((id) => [`jubilee-2026-${id}@intl.invalid`, '2026-01-01', '2026-01-02']),
    );
    expect(events[0]!.summary).toBe('Kópavogur: 80 years, twin city since 1946 (jubilee year)');
    expect(parseWithIcalJs(ics('nb'))[4]!.summary).toBe('Split: 70 år, vennskapsby siden 1956 (jubileumsår)');
    const { vobject, icalendar } = parseWithPython(ics('nb'));
    expect(vobject.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(icalendar).toHaveLength(5);
    expect(ics('en')).toContain('\r\nX-WR-CALNAME:intl jubilees 2026\r\n');
  });

  it('refuses a year together with a span, a span that ends before it starts, and --every 0', () => {
    for (const args of [['2026', '--from', '2025'], ['--from', '2030', '--to', '2026'], ['--every', '0']]) {
      const r = runCli(['anniversaries', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('shows a table in words of the language, the year only for a span', () => {
    const rows = tableRows(runInTerminal(['anniversaries', '--from', '2025', '--to', '2026', '--lang', 'nb']));
    expect(rows[0]).toEqual(['år', 'navn', 'land', 'relasjon', 'siden', 'jubileum']);
    expect(rows[4]).toEqual(['2025', 'Nordisk plattform', '', 'plattform', '1995', '30 år']);
    expect(tableRows(runInTerminal(['anniversaries', '2026']))[0]).toEqual(['name', 'country', 'since', 'jubilee']);
  });
});
