import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, CACHE_DIR, FIXTURES, runCli } from '../helpers/run-cli.js';

// Every special file is made here, in a temporary folder: the machine's /dev is never touched.
// mknod needs root, which the tests (and CI) run as.

/** A character device with /dev/full's numbers (1, 7): every write fails with ENOSPC. */
function makeFullDevice(dir: string): string {
  const path = join(dir, 'full');
  execFileSync('mknod', [path, 'c', '1', '7']);
  return path;
}

const EXPORTS = [
  { name: 'cities csv', args: ['cities', '--format', 'csv'], expect: 'Darmstadt' },
  { name: 'calendar ics', args: ['calendar', '2017', '--format', 'ics'], expect: 'BEGIN:VCALENDAR' },
  { name: 'calendar Excel csv', args: ['calendar', '2017', '--format', 'csv', '--excel'], expect: '\ufeff' },
];

describe.each(EXPORTS)('-o onto special files: $name', ({ args, expect: content }) => {
  it('writes into a full device without replacing it, and fails with a message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-dev-'));
    const full = makeFullDevice(dir);
    const r = runCli([...args, '-o', full]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^intl: cannot write ${full}: no space left on device\n$`, 'm'));
    const stat = statSync(full);
    expect(stat.isCharacterDevice()).toBe(true);
    expect(execFileSync('stat', ['-c', '%t %T', full], { encoding: 'utf8' })).toBe('1 7\n');
    expect(readdirSync(dir)).toEqual(['full']);
  });

  it('fails when stdout is a full device', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-dev-'));
    const fd = openSync(makeFullDevice(dir), 'w');
    const r = spawnSync(process.execPath, [BIN, ...args], {
      stdio: ['ignore', fd, 'pipe'],
      encoding: 'utf8',
      env: { PATH: process.env.PATH, INTL_CACHE_DIR: CACHE_DIR },
    });
    closeSync(fd);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^intl: cannot write to standard output: no space left on device\n$/m);
  });

  it('writes into a FIFO, whose reader receives the data, and leaves the FIFO', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-fifo-'));
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    const done = new Promise((resolve) => reader.on('close', resolve));
    const r = runCli([...args, '-o', fifo]);
    await done;
    expect(r.code).toBe(0);
    expect(received).toContain(content);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['fifo']);
  });

  it("writes a symbolic link's target and keeps the link", () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-link-'));
    writeFileSync(join(dir, 'target.out'), 'old');
    symlinkSync('target.out', join(dir, 'link.out'));
    const r = runCli([...args, '-o', join(dir, 'link.out')]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.out')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.out'), 'utf8')).toContain(content);
    expect(readdirSync(dir).sort()).toEqual(['link.out', 'target.out']);
  });

  it('keeps the mode of a private file it replaces', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-mode-'));
    const target = join(dir, 'private.out');
    writeFileSync(target, 'old', { mode: 0o600 });
    expect(runCli([...args, '-o', target]).code).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readFileSync(target, 'utf8')).toContain(content);
    expect(readdirSync(dir)).toEqual(['private.out']);
  });
});

describe('-o onto descriptors', () => {
  it('writes /dev/stdout in place when stdout is a pipe', () => {
    const r = runCli(['cities', '--format', 'json', '-o', '/dev/stdout']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(13);
    expect(r.stderr).toBe('intl: wrote 13 cities to /dev/stdout\n');
  });

  it('refuses a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-dir-'));
    const r = runCli(['cities', '--format', 'csv', '-o', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`intl: cannot write ${dir}: it is a folder\n`);
  });
});

describe('the format an -o file needs', () => {
  const cases = [
    { args: ['agenda', '-o', 'x.xlsx'], message: /no spreadsheet workbooks/ },
    { args: ['cities', '-o', 'x.ics'], message: /cities does not write ics \(-o x\.ics\); it writes tsv, json, csv or geojson/ },
    { args: ['calendar', '2017', '-o', 'x.xlsx'], message: /no spreadsheet workbooks .* --format csv --excel -o x\.csv/ },
    { args: ['cities', '--excel'], message: /--excel applies only to --format csv.*add --format csv/ },
    { args: ['cities', '-o', 'cities.txt'], message: /cannot tell the format from the extension \.txt.*--format tsv\|json\|csv/ },
    { args: ['cities', '--format', 'csv', '-o', 'x.json'], message: /--format csv does not fit -o x\.json: name the file x\.csv/ },
    { args: ['calendar', '2017', '--calendar-name', 'Oslo'], message: /--calendar-name applies only to --format ics/ },
    { args: ['calendar', '2017', '--format', 'csv', '--uid-domain', 'trondheim.no'], message: /--uid-domain applies only to --format ics/ },
    { args: ['calendar', '2017', '--format', 'ics', '--uid-domain', 'not a domain'], message: /expected a domain name/ },
  ];
  it.each(cases)('intl $args.0 $args.1 $args.2: exit 2, a message, nothing written', ({ args, message }) => {
    const cwd = mkdtempSync(join(tmpdir(), 'intl-usage-'));
    const r = runCli(args, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('takes the format from the extension and says what it wrote, unless --quiet', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'intl-ext-'));
    const r = runCli(['calendar', '2017', '--owner', 'Gerhard Dalen', '-o', 'dalen.ics'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^intl: wrote \d+ events to dalen\.ics\n$/m);
    expect(readFileSync(join(cwd, 'dalen.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const quiet = runCli(['--quiet', 'cities', '-o', 'cities.csv'], { cwd });
    expect(quiet).toMatchObject({ code: 0, stderr: '', stdout: '' });
    expect(readFileSync(join(cwd, 'cities.csv'), 'utf8')).toMatch(/^id,name,/);
  });
});

describe('dangling links in the data folder', () => {
  function dataWithLink(name: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'intl-dangling-'));
    cpSync(join(FIXTURES, 'minimal'), dir, { recursive: true });
    symlinkSync(join(dir, 'gone'), join(dir, name));
    return dir;
  }

  it('ignores a link the loader would never read', () => {
    const r = runCli(['validate', '--data', dataWithLink('notes.txt')]);
    expect(r.code).toBe(0);
  });

  it('reports a dangling link with a data file name', () => {
    const dir = dataWithLink('gone.yaml');
    const r = runCli(['validate', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'gone.yaml')}:1:1: cannot read: a symbolic link to ${join(dir, 'gone')}, which does not exist`);
  });
});
