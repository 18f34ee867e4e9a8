import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';
import { filesOf, pagesOf, read } from '../helpers/site.js';

// `intl merge` of the embedded Trondheim data with two small folders: Kópavogur gives the
// twinning with Trondheim another year (1964, Trondheim says 1946), Odense agrees with Trondheim
// and lists Kópavogur, whose folder does not list Odense.
const KOPAVOGUR = 'test/fixtures/merge-kopavogur';
const ODENSE = 'test/fixtures/merge-odense';
const INPUTS = ['data', KOPAVOGUR, ODENSE];

/** `file:line:col` of `text` in a file, at its first line after one holding `after`. */
function at(file: string, after: string, text: string): string {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const from = lines.findIndex((l) => l.includes(after));
  const line = lines.findIndex((l, i) => i >= from && l.includes(text));
  return `${file}:${line + 1}:${lines[line]!.indexOf(text) + 1}`;
}

const newFolder = () => join(mkdtempSync(join(tmpdir(), 'intl-merge-')), 'nordic');
const merge = (out: string, ...args: string[]) => runCli(['merge', ...INPUTS, '-o', out, ...args]);

let out: string;
let merged: ReturnType<typeof runCli>;
beforeAll(() => {
  out = newFolder();
  merged = merge(out, '--lang', 'en');
});

describe('intl merge of the embedded data and two municipalities', () => {
  it('writes the folder and reports the disagreement on the year with both places, and the one-sided link', () => {
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe('');
    const year = at('data/cities.yaml', 'id: kopavogur', '1946');
    const otherYear = at(`${KOPAVOGUR}/cities.yaml`, 'id: trondheim', '1964');
    const record = at('data/cities.yaml', 'id: kopavogur', 'id: kopavogur').split(':')[1];
    expect(merged.stderr).toContain(`${year}: warning: city "kopavogur" (line ${record}), since: twin since 1946 here, but Kópavogsbær's folder says since 1964 at ${otherYear};`);
    const link = at(`${ODENSE}/cities.yaml`, 'id: kopavogur', 'twin');
    const municipality = at(`${KOPAVOGUR}/municipality.yaml`, 'municipality:', 'kopavogur');
    expect(merged.stderr).toContain(`${link}: warning: city "kopavogur" (line 8), relation: a one-sided twin link: Kópavogsbær's folder (its municipality record at ${municipality}) lists no twin city that is Odense Kommune;`);
    // Odense and Trondheim agree (1946 both ways); Kópavogur's 1964 is named once, at Trondheim's side.
    expect(merged.stderr.match(/^\S+:\d+:\d+: warning: /gm)).toHaveLength(2);
    expect(merged.stderr.trimEnd().split('\n').at(-1)).toBe(`intl: merged 3 municipalities into ${out}: 14 files, 4 places named by more than one record; 2 warnings`);
  });

  it('says the same in bokmål', () => {
    const r = merge(newFolder(), '--lang', 'nb');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${at('data/cities.yaml', 'id: kopavogur', '1946')}: advarsel: by "kopavogur" (linje 106), since: `);
    expect(r.stderr).toContain(`vennskapsby siden 1946 her, men mappen til Kópavogsbær sier siden 1964 i ${at(`${KOPAVOGUR}/cities.yaml`, 'id: trondheim', '1964')}`);
    expect(r.stderr).toContain('en ensidig vennskapsby: mappen til Kópavogsbær');
    expect(r.stderr).toMatch(/intl: slo sammen 3 kommuner i .*: 14 filer, 4 steder som flere poster viser til; 2 advarsler\n$/);
  });

  it('keeps each folder under its municipality id with every id and reference after it, and nothing else changed', () => {
    expect(filesOf(out)).toEqual([
      '.intl/intl-data.schema.json',
      'kopavogur/calendar/2017.yaml', 'kopavogur/cities.yaml', 'kopavogur/municipality.yaml',
      'merge.yaml',
      'odense/cities.yaml', 'odense/municipality.yaml',
      'trondheim/calendar/2017.yaml', 'trondheim/cities.yaml', 'trondheim/links.yaml', 'trondheim/municipality.yaml',
      'trondheim/networks.yaml', 'trondheim/projects.yaml', 'trondheim/sources.yaml',
    ]);
    expect(read(out, 'kopavogur/calendar/2017.yaml')).toContain('  - id: kopavogur/2017-nordic-twin-towns\n');
    expect(read(out, 'kopavogur/calendar/2017.yaml')).toContain('    cities: [kopavogur/tampere]\n');
    expect(read(out, 'trondheim/networks.yaml')).toMatch(/cities: \[trondheim\/[a-z-]+, trondheim\//);
    // Only the schema line and the ids differ from Trondheim's own files: comments and notes stay.
    const strip = (text: string) => text.replace(/^# yaml-language-server: .*\n/, '').replaceAll('trondheim/', '');
    for (const file of ['cities.yaml', 'networks.yaml', 'calendar/2017.yaml']) {
      expect(strip(read(out, `trondheim/${file}`))).toBe(strip(read(join(ROOT, 'data'), file)));
    }
    expect(read(out, 'trondheim/cities.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../.intl/intl-data.schema.json');
  });

  it('links the records that are one place, by GeoNames id or by name and country', () => {
    const file = read(out, 'merge.yaml');
    expect(file).toContain('merge:\n  - id: merge\n    municipalities: [trondheim, kopavogur, odense]\n');
    // Odense's folder has no GeoNames ids: its Trondheim and Kópavogur are found by name.
    expect(file).toContain('  - id: kopavogur-is\n    name: Kópavogur\n    country: IS\n    geonames: 3415212\n    municipality: kopavogur\n    cities: [trondheim/kopavogur, odense/kopavogur]\n');
    expect(file).toContain('    municipality: trondheim\n    cities: [kopavogur/trondheim, odense/trondheim]\n');
    expect(file).toContain('  - id: odense-dk\n    name: Odense\n    country: DK\n    geonames: 2615876\n    municipality: odense\n    cities: [trondheim/odense]\n');
    expect(file).toContain('  - id: tampere-fi\n    name: Tampere\n    country: FI\n    geonames: 634963\n    cities: [trondheim/tampere, kopavogur/tampere]\n');
  });
});

describe('the merged folder', () => {
  it('is valid, with the same two warnings at its own files', () => {
    const r = runCli(['validate', '--data', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${out}: valid (13 files: 3 municipality, 24 cities, 12 networks, 3 projects, 24 calendar, 2 links, 1 sources, 1 merge, 4 places)\n`);
    expect(r.stderr).toContain(`${out}/trondheim/cities.yaml:${at('data/cities.yaml', 'id: kopavogur', '1946').split(':').slice(1).join(':')}: warning: city "trondheim/kopavogur"`);
    expect(r.stderr).toContain(`but Kópavogsbær's folder says since 1964 at ${out}/kopavogur/cities.yaml:6:12;`);
    expect(r.stderr).toContain(`${out}/odense/cities.yaml:11:15: warning: city "odense/kopavogur" (line 8), relation: a one-sided twin link`);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`${out}: 2 warnings`);
  });

  it('gives the warnings to CI: GitHub workflow commands and JSON', () => {
    const github = runCli(['validate', '--data', out, '--format', 'github', '--lang', 'en']);
    expect(github.code).toBe(0);
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::warning file=[^,]*odense\/cities\.yaml,line=11,col=15,title=intl reciprocity\/one-sided::/);
    expect(lines[1]).toMatch(/^::warning file=[^,]*trondheim\/cities\.yaml,line=\d+,col=12,title=intl reciprocity\/since-differs::.*kopavogur\/cities\.yaml:6:12;/);
    const json = JSON.parse(runCli(['validate', '--data', out, '--format', 'json']).stdout) as { valid: boolean; problems: { code: string; severity: string }[] };
    expect(json.valid).toBe(true);
    expect(json.problems.map((p) => [p.code, p.severity])).toEqual([['reciprocity/one-sided', 'warning'], ['reciprocity/since-differs', 'warning']]);
  });

  it('lists the cities of every municipality under namespaced ids, with whose they are in a table', () => {
    const tsv = runCli(['cities', '--data', out]);
    expect(tsv.code).toBe(0);
    expect(tsv.stderr).toBe('');
    const ids = tsv.stdout.trimEnd().split('\n').map((l) => l.split('\t')[0]);
    expect(ids).toHaveLength(17);
    expect(ids).toEqual(expect.arrayContaining(['trondheim/kopavogur', 'kopavogur/trondheim', 'kopavogur/tampere', 'odense/trondheim', 'odense/kopavogur']));
    const table = runCli(['cities', '--data', out, '--format', 'table', '--search', 'trondheim', '--lang', 'en'], { env: { COLUMNS: '100' } });
    expect(table.stdout).toMatch(/│ municipality +│ name +│ since │\n/);
    expect(table.stdout).toMatch(/│ Kópavogsbær +│ Trondheim +│ 1964 +│\n/);
    expect(table.stdout).toMatch(/│ Odense Kommune +│ Trondheim +│ 1946 +│\n/);
  });

  it('measures each city from its own municipality', () => {
    const cities = JSON.parse(runCli(['cities', '--data', out, '--format', 'json']).stdout) as { id: string; distance_km?: number }[];
    const km = (id: string) => cities.find((c) => c.id === id)?.distance_km;
    expect(km('trondheim/odense')).toBeGreaterThan(800);
    // Kópavogur's and Odense's folders give no coordinates of their own: no distance.
    expect(km('kopavogur/trondheim')).toBeUndefined();
  });

  it('serves every other command, and builds a site whose links all resolve', () => {
    for (const args of [['calendar', '2017'], ['networks'], ['projects'], ['links'], ['stats', '2017'], ['anniversaries', '2026'], ['conflicts', '2017']]) {
      const r = runCli([...args, '--data', out]);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stderr, args.join(' ')).not.toMatch(/warning|error/i);
    }
    expect(runCli(['calendar', '2017', '--data', out, '--city', 'kopavogur/tampere']).stdout).toContain('kopavogur/2017-nordic-twin-towns');
    const site = join(dirname(out), 'site');
    expect(runCli(['site', '--data', out, '-o', site], { env: { SOURCE_DATE_EPOCH: '1700000000' } }).code).toBe(0);
    const files = new Set(filesOf(site));
    expect(files).toContain('cities/kopavogur/trondheim.html');
    for (const page of pagesOf(site)) {
      for (const [, href] of read(site, page).matchAll(/(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)) {
        if (!/^[a-z]+:/i.test(href!)) expect(files.has(normalize(join(dirname(page), href!))), `${page} -> ${href}`).toBe(true);
      }
    }
  });

  it('is replaced whole by merging again, and is refused as an input', () => {
    writeFileSync(join(out, 'stale.yaml'), 'cities: []\n');
    const again = merge(out, '--quiet');
    expect(again.code).toBe(0);
    expect(existsSync(join(out, 'stale.yaml'))).toBe(false);
    expect(filesOf(dirname(out))).not.toContainEqual(expect.stringMatching(/\.tmp|\.old/));
    const r = runCli(['merge', 'data', out, '-o', newFolder(), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`intl: ${out} is a merged folder already (it has a merge record): merge the municipalities' own folders instead\n`);
  });
});

describe('an interrupted merge', () => {
  it('killed while it puts the new folder in place leaves the old one whole', async () => {
    const target = newFolder();
    expect(merge(target).code).toBe(0);
    const before = filesOf(target).map((f) => [f, read(target, f)]);
    const marker = `${target}.marker`;
    const child = spawn(process.execPath, ['--import', join(ROOT, 'test/helpers/pause-before-rename.mjs'), BIN, 'merge', ...INPUTS, '-o', target], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, INTL_TEST_MARKER: marker, INTL_TEST_PAUSE_MS: '10000' },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    for (let i = 0; i < 1000 && !existsSync(marker); i++) await new Promise((r) => setTimeout(r, 10));
    // Paused before its first rename: the new folder is complete beside the old one.
    expect(readFileSync(marker, 'utf8')).toBe(target);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(filesOf(target).map((f) => [f, read(target, f)])).toEqual(before);
  });
});

describe('intl merge refuses', () => {
  /** Runs a merge that must fail, and checks that it left the output as it was. */
  const refused = (args: string[], target = newFolder()) => {
    const files = () => (existsSync(target) && statSync(target).isDirectory() ? filesOf(target) : []);
    const before = files();
    const r = runCli(['merge', ...args, '-o', target, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(files()).toEqual(before);
    return r;
  };

  it('a folder without a municipality record', () => {
    const r = refused(['data', 'test/fixtures/merge-no-municipality']);
    expect(r.stderr).toMatch(/^intl: no municipality record in test\/fixtures\/merge-no-municipality: intl merge puts each folder's ids after its municipality's id; add one/);
  });

  it('a municipality id given by two folders, naming both places', () => {
    const r = refused([KOPAVOGUR, 'test/fixtures/merge-kopavogur-again']);
    expect(r.stderr).toContain(`test/fixtures/merge-kopavogur-again/municipality.yaml:3:9: municipality "kopavogur" (line 3), id: duplicate id 'kopavogur': already used by a municipality record at ${KOPAVOGUR}/municipality.yaml:4; each folder's ids go after its municipality's id, so each needs its own`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('invalid data in any input, with every problem at its line and column', () => {
    const r = refused(['data', 'test/fixtures/dangling-reference']);
    expect(r.stderr).toContain("test/fixtures/dangling-reference/networks.yaml:4:20: network \"west-net\" (line 2), cities: no cities record has the id 'bergen'");
  });

  it('an output inside an input, or one that holds an input, and writes nothing', () => {
    const inside = `${ODENSE}/nordic`;
    const r = refused(INPUTS, inside);
    expect(r.stderr).toBe(`intl: refusing to write ${inside}: it is inside the data folder ${ODENSE}, and its files would become part of that data\n`);
    expect(existsSync(join(ROOT, inside))).toBe(false);
    const around = refused(INPUTS, 'test/fixtures');
    expect(around.stderr).toBe(`intl: refusing to write test/fixtures: the data folder ${KOPAVOGUR} is inside it, and the new folder replaces the old one whole\n`);
  });

  it('a folder it did not make, a file, and a device', () => {
    const data = newFolder();
    cpSync(join(ROOT, ODENSE), data, { recursive: true });
    expect(refused([KOPAVOGUR], data).stderr).toBe(`intl: refusing to write ${data}: it holds files, and intl replaces only a folder it made (one with merge.yaml); name a new folder\n`);
    expect(readFileSync(join(data, 'cities.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, ODENSE, 'cities.yaml'), 'utf8'));
    expect(refused([KOPAVOGUR], '/dev/null').stderr).toBe('intl: refusing to write /dev/null: it exists and is not a folder\n');
    const empty = newFolder();
    mkdirSync(empty);
    expect(runCli(['merge', KOPAVOGUR, ODENSE, '-o', empty]).code).toBe(0);
  });

  it('a missing argument or output as wrong usage', () => {
    expect(runCli(['merge', 'data']).code).toBe(2);
    expect(runCli(['merge', '-o', newFolder()]).code).toBe(2);
  });
});
