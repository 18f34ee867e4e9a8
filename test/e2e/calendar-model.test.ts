import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseWithIcalJs } from '../helpers/ics-checkers.js';
import { FIXTURES, runCli, runJson } from '../helpers/run-cli.js';

const TIMED = `${FIXTURES}/timed`;
const ids = (records: { id?: string; entry?: { id: string } }[]) => records.map((r) => r.id ?? r.entry!.id);

describe('--public', () => {
  const internal = 'internal-planning';

  it('leaves an internal entry out of calendar and agenda, in JSON, CSV and .ics', () => {
    const base = ['--data', TIMED];
    expect(ids(runJson(['calendar', '2026', ...base]))).toContain(internal);
    expect(ids(runJson(['calendar', '2026', '--public', ...base]))).not.toContain(internal);
    expect(ids(runJson(['agenda', '--today', '2026-12-01', ...base]))).toContain(internal);
    expect(ids(runJson(['agenda', '--today', '2026-12-01', '--public', ...base]))).not.toContain(internal);
    const csv = runCli(['calendar', '2026', '--format', 'csv', '--public', ...base]).stdout;
    expect((parse(csv, { columns: true }) as { id: string }[]).map((r) => r.id)).not.toContain(internal);
    const ics = runCli(['calendar', '2026', '--format', 'ics', '--public', ...base]).stdout;
    expect(parseWithIcalJs(ics).map((e) => e.uid)).not.toContain(`${internal}@intl.invalid`);
    expect(runCli(['calendar', '2026', '--format', 'ics', ...base]).stdout).toContain(`UID:${internal}@intl.invalid`);
  });
});

describe('notes', () => {
  const note = /The page (writes|gives|says)/;

  it('stay out of the .ics, CSV and JSON of calendar 2017 unless --notes', () => {
    for (const format of ['ics', 'csv', 'json']) {
      expect(runCli(['calendar', '2017', '--format', format]).stdout, format).not.toMatch(note);
      expect(runCli(['calendar', '2017', '--format', format, '--notes']).stdout, format).toMatch(note);
    }
    expect(runCli(['calendar', '2017', '--format', 'table']).stdout).toMatch(note);
  });
});

describe('intl agenda as a calendar file', () => {
  it('writes the six events of two weeks from 10 June 2017 with -o x.ics', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-agenda-ics-'));
    const r = runCli(['agenda', '--today', '2017-06-10', '--days', '14', '-o', 'x.ics'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('intl: wrote 6 events to x.ics\n');
    const events = parseWithIcalJs(readFileSync(join(dir, 'x.ics'), 'utf8'));
    expect(events).toHaveLength(6);
    expect(new Set(events.map((e) => e.uid)).size).toBe(6);
  });
});

describe('finding entries by partner', () => {
  const nordic = ['2017-nordic-vocational-conference', '2017-tampere-100'];

  it('searches the names of linked networks and cities, and descriptions', () => {
    expect(ids(runJson(['calendar', '2017', '--search', 'nordisk plattform']))).toEqual(nordic);
    expect(ids(runJson(['calendar', '2017', '--search', 'de nordiske vennskapsbyene']))).toEqual(['2017-nordic-vocational-conference']);
  });

  it('filters by --network and --city, by id or by name', () => {
    expect(ids(runJson(['calendar', '2017', '--network', 'nordisk-plattform']))).toEqual(nordic);
    expect(ids(runJson(['calendar', '2017', '--network', 'Nordisk plattform']))).toEqual(nordic);
    expect(ids(runJson(['calendar', '2017', '--city', 'odense']))).toEqual(['2017-home-guard-exchange']);
  });

  it('says so when the partner is not in the data', () => {
    const r = runCli(['calendar', '2017', '--city', 'Atlantis']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--city 'Atlantis' matches no record of the data/);
  });
});

describe('intl links', () => {
  it('lists the strategy and the consulates overview, like the other listings', () => {
    const links = runJson<{ id: string; type: string }[]>(['links']);
    expect(links.map((l) => l.id).sort()).toEqual(['consulates', 'strategy-2019-2022']);
    expect(ids(runJson(['links', '--type', 'strategy']))).toEqual(['strategy-2019-2022']);
    const table = runCli(['links', '--format', 'table', '--lang', 'nb']).stdout;
    expect(table).toMatch(/strategi/);
    expect(table).toMatch(/2019–2022/);
  });
});

describe('empty results and impossible ranges', () => {
  it('say why a result is empty and what the data holds', () => {
    const r = runCli(['cities', '--country', 'UK']);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toBe('intl: no cities match; the data holds 20 cities, 13 of them twin cities (--relation all lists every relation)\n');
    expect(runCli(['networks', '--search', 'zzz']).stderr).toMatch(/^intl: no networks match; the data holds \d+ networks\n$/);
  });

  it('refuse --since after --until and --from after --to', () => {
    const since = runCli(['cities', '--since', '1990', '--until', '1980']);
    expect(since.code).toBe(2);
    expect(since.stderr).toBe('intl: --since 1990 is after --until 1980: nothing can lie between them\n');
    const from = runCli(['calendar', '--from', '2017-06-10', '--to', '2017-06-01']);
    expect(from.code).toBe(2);
    expect(from.stderr).toMatch(/--from 2017-06-10 is after --to 2017-06-01/);
  });
});

describe('an entry url', () => {
  it('is a footnote in a table and the URL of the .ics event', () => {
    const data = `${FIXTURES}/timed`;
    const table = runCli(['calendar', '2026', '--data', data, '--format', 'table'], { env: { COLUMNS: '120' } }).stdout;
    expect(table).toMatch(/https:\/\/example\.org\/ambassador/);
    expect(runCli(['calendar', '2026', '--data', data, '--format', 'ics']).stdout).toContain('URL:https://example.org/ambassador\r\n');
  });
});
