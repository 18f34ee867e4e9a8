import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/run-cli.js';

const OUTLOOK = join(FIXTURES, 'import-outlook/outlook.ics');
const YEAR_2026 = ['--from', '2026-01-01', '--to', '2026-12-31'];

/** An empty data folder as `intl init` makes it, under git to see what an import changed. */
function emptyFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'intl-import-')), 'data');
  expect(runCli(['init', dir, '--municipality', 'Test kommune', '--country', 'NO']).code).toBe(0);
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '-A'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init'], { cwd: dir });
  return dir;
}

const status = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });
const entries = (dir: string, year: string) =>
  JSON.parse(runCli(['calendar', year, '--data', dir, '--format', 'json']).stdout) as Record<string, unknown>[];

describe('intl import of an Outlook export', () => {
  it('gives the right days and times: timed, three days all-day, a weekly series over the change of clocks, UTC', () => {
    const dir = emptyFolder();
    const r = runCli(['import', OUTLOOK, '--data', dir, '--owner', 'Kari Nordmann:adm', ...YEAR_2026]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'intl: skipped cancelled event: Avlyst: Studietur til Odense (2026-11-05)\n' +
        'intl: imported: 7 added, 0 updated, 0 unchanged, 1 skipped\n',
    );
    const got = entries(dir, '2026').map((e) => [e.start, e.end, e.time, e.title, e.location]);
    expect(got).toEqual([
      ['2026-06-10', undefined, '10:00-12:00', 'Besøk fra Darmstadt, rådhuset', 'Trondheim rådhus, Munkegata 1'],
      ['2026-09-23', '2026-09-25', undefined, 'Vennskapsbykonferanse i Tammerfors', 'Tampere-talo'],
      ['2026-10-19', undefined, '09:00-09:30', 'Ukemøte internasjonalt team', 'Teams'],
      ['2026-10-26', undefined, '09:00-09:30', 'Ukemøte internasjonalt team', 'Teams'],
      ['2026-11-02', undefined, '09:00-09:30', 'Ukemøte internasjonalt team', 'Teams'],
      ['2026-11-09', undefined, '09:00-09:30', 'Ukemøte internasjonalt team', 'Teams'],
      ['2026-12-01', undefined, '14:00-15:00', 'Videomøte med Erlangen', undefined],
    ]);
    const [visit] = entries(dir, '2026');
    expect(visit).toMatchObject({
      description: 'Møte med delegasjonen fra Darmstadt, om skole og kultur.\nSted endres kanskje; se e-post.',
      url: 'https://www.trondheim.kommune.no/darmstadt',
      owners: [{ name: 'Kari Nordmann', role: 'adm' }],
    });
    expect(runCli(['validate', '--data', dir]).code).toBe(0);
  });

  it('adds nothing and changes nothing on a second import; a changed event is updated in place, a one-day event loses its end', () => {
    const dir = emptyFolder();
    runCli(['import', OUTLOOK, '--data', dir, ...YEAR_2026]);
    const file = join(dir, 'calendar/2026.yaml');
    const before = readFileSync(file, 'utf8');
    const again = runCli(['import', OUTLOOK, '--data', dir, ...YEAR_2026]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/imported: 0 added, 0 updated, 7 unchanged, 1 skipped/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const moved = join(mkdtempSync(join(tmpdir(), 'intl-ics-')), 'moved.ics');
    const text = readFileSync(OUTLOOK, 'utf8');
    writeFileSync(moved, text.replace('Time:20260610T100000', 'Time:20260610T110000').replace('LOCATION:Tampere-talo', 'LOCATION:Tampere-talo\\, sal A').replace('DTEND;VALUE=DATE:20260926', 'DTEND;VALUE=DATE:20260924'));
    const update = runCli(['import', moved, '--data', dir, ...YEAR_2026]);
    expect(update.stderr).toMatch(/imported: 0 added, 2 updated, 5 unchanged/);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('time: 11:00-12:00');
    expect(after).toContain('location: Tampere-talo, sal A');
    expect(after).not.toContain('end: 2026-09-25');
    expect(after.split('\n').length).toBe(before.split('\n').length - 1);
  });

  it('refuses a recurring event without a range, naming it, and changes nothing', () => {
    const dir = emptyFolder();
    const r = runCli(['import', OUTLOOK, '--data', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('recurring events need a range: give --from and --to to import them (Ukemøte internasjonalt team (2026-10-19))');
    expect(status(dir)).toBe('');
  });

  it('--dry-run prints the diff and writes nothing', () => {
    const dir = emptyFolder();
    const r = runCli(['import', OUTLOOK, '--data', dir, '--dry-run', ...YEAR_2026]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('+++ b/');
    expect(r.stdout).toContain('+    time: 10:00-12:00');
    expect(status(dir)).toBe('');
  });

  it('speaks Norwegian', () => {
    const dir = emptyFolder();
    const r = runCli(['import', OUTLOOK, '--data', dir, '--lang', 'nb']);
    expect(r.stderr).toContain('gjentatte hendelser trenger et tidsrom');
    const ok = runCli(['import', OUTLOOK, '--data', dir, '--lang', 'nb', ...YEAR_2026]);
    expect(ok.stderr).toContain('importert: 7 lagt til, 0 oppdatert, 0 uendret, 1 hoppet over');
  });
});

describe('round trip through .ics', () => {
  it('intl calendar 2017 -o x.ics, then intl import x.ics into an empty folder gives the same entries', () => {
    const dir = emptyFolder();
    const ics = join(dir, '..', 'x.ics');
    expect(runCli(['calendar', '2017', '-o', ics]).code).toBe(0);
    expect(runCli(['import', ics, '--data', dir]).stderr).toMatch(/imported: 22 added/);
    const pick = (e: Record<string, unknown>) => ({ id: e.id, start: e.start, end: e.end, time: e.time, title: e.title, location: e.location });
    const original = (JSON.parse(runCli(['calendar', '2017', '--format', 'json']).stdout) as Record<string, unknown>[]).filter(
      (e) => String(e.start).length === 10,
    );
    const imported = entries(dir, '2017');
    expect(imported.map(pick)).toEqual(original.map(pick));
    // Owners come back from the description's owners line; an office (`ordfører`) is written there
    // without its role, so only entries whose owners have no title compare whole.
    const untitled = (i: number) => !(original[i]!.owners as { title?: string }[] | undefined)?.some((o) => o.title);
    expect(imported.filter((_, i) => untitled(i)).map((e) => e.owners)).toEqual(original.filter((_, i) => untitled(i)).map((e) => e.owners));
    expect(original.filter((_, i) => untitled(i)).length).toBeGreaterThan(15);
    expect(imported.every((e) => e.uid === undefined)).toBe(true);
    expect(runCli(['import', ics, '--data', dir]).stderr).toMatch(/imported: 0 added, 0 updated, 22 unchanged/);
  });
});
