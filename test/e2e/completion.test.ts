import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, CACHE_DIR, ROOT, runCli } from '../helpers/run-cli.js';

// `intl` on the PATH, as an installed package puts it there.
const bin = mkdtempSync(join(tmpdir(), 'intl-bin-'));
symlinkSync(BIN, join(bin, 'intl'));
const env = (cacheDir = CACHE_DIR) => ({ PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`, INTL_CACHE_DIR: cacheDir, HOME: bin });
const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

function script(shell: string): string {
  const r = runCli(['completion', shell]);
  expect(r.code).toBe(0);
  const file = join(mkdtempSync(join(tmpdir(), 'intl-completion-')), shell === 'zsh' ? '_intl' : `intl.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

/** What bash's completion function offers for a command line whose last word is being typed. */
function bashComplete(words: string[], cacheDir?: string): string[] {
  const program = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _intl; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['-c', program, 'bash', script('bash'), ...words], { env: env(cacheDir), encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('intl completion bash', () => {
  it('registers a completion function for intl', () => {
    const r = spawnSync('bash', ['-c', 'source "$1"; complete -p intl', 'bash', script('bash')], { encoding: 'utf8' });
    expect(r.stdout).toBe('complete -F _intl intl\n');
  });

  it('completes commands, options and their values', () => {
    expect(bashComplete(['intl', 'cal'])).toEqual(['calendar']);
    expect(bashComplete(['intl', 'an'])).toEqual(['anniversaries']);
    expect(bashComplete(['intl', 'cities', '--rel'])).toEqual(['--relation']);
    expect(bashComplete(['intl', 'cities', '--relation', ''])).toEqual(['twin', 'intent', 'solidarity', 'partner', 'all']);
    expect(bashComplete(['intl', 'calendar', '--format', ''])).toContain('ics');
    expect(bashComplete(['intl', 'cities', '--format', ''])).not.toContain('ics');
    expect(bashComplete(['intl', 'calendar', '--role', ''])).toEqual(['adm', 'pol']);
    expect(bashComplete(['intl', '--lang', ''])).toEqual(['nb', 'en']);
    expect(bashComplete(['intl', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    expect(bashComplete(['intl', 'help', 'st'])).toEqual(['stats']);
    expect(bashComplete(['intl', 'stats', '--'])).toContain('--data');
    expect(bashComplete(['intl', ''])).not.toContain('__complete');
  });

  it('completes owners, country codes and ids from the data, quoted for the command line', () => {
    expect(bashComplete(['intl', 'calendar', '--owner', 'Ger'])).toEqual(['Gerhard\\ Dalen']);
    expect(bashComplete(['intl', 'agenda', '--owner', 'hele'])).toEqual(['Helén\\ Eliassen']);
    expect(bashComplete(['intl', 'cities', '--country', 's'])).toEqual(['SE']);
    expect(bashComplete(['intl', 'calendar', '--city', 'o'])).toEqual(['odense', 'ostersund']);
    expect(bashComplete(['intl', 'calendar', '--network', 'nordisk'])).toEqual(['nordisk-plattform']);
    const minimal = join(ROOT, 'test/fixtures/minimal');
    expect(bashComplete(['intl', '--data', minimal, 'calendar', '--owner', ''])).toEqual(['Kari\\ Nordmann']);
  });
});

describe('intl __complete, the fast path behind a TAB', () => {
  const copy = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'intl-data-')), 'data');
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    return dir;
  };
  const complete = (args: string[], cacheDir: string) => spawnSync('intl', ['__complete', ...args], { env: env(cacheDir), encoding: 'utf8' }).stdout;

  it('answers from the cache a run left, without parsing the files again', () => {
    const data = copy();
    const cache = mkdtempSync(join(tmpdir(), 'intl-cache-'));
    expect(complete(['owners', '--data', data], cache)).toContain('Gerhard Dalen\n');
    const calendar = join(data, 'calendar/2017.yaml');
    writeFileSync(calendar, readFileSync(calendar, 'utf8').replace(/Gerhard Dalen/gi, 'Gerhard Dahl'));
    // A value a few edits old does no harm at a TAB; the next run of intl renews the cache.
    expect(complete(['owners', 'ger', '--data', data], cache)).toBe('Gerhard Dalen\n');
    runCli(['cities', '--data', data], { env: { INTL_CACHE_DIR: cache } });
    expect(complete(['owners', 'ger', '--data', data], cache)).toBe('Gerhard Dahl\n');
  });

  it('offers nothing, and says nothing, for a folder that does not exist', () => {
    const r = spawnSync('intl', ['__complete', 'owners', '--data', '/no/such/folder'], { env: env(), encoding: 'utf8' });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it('lists every record id for commands that name a record', () => {
    const ids = complete(['ids'], CACHE_DIR).split('\n');
    expect(ids).toEqual(expect.arrayContaining(['tampere', 'nordisk-plattform', 'romania-justice', '2017-tampere-100']));
  });
});

describe.skipIf(!has('zsh'))('intl completion zsh', () => {
  it('passes zsh -n', () => {
    expect(spawnSync('zsh', ['-n', script('zsh')], { encoding: 'utf8' }).stderr).toBe('');
  });

  it('completes in an interactive zsh', () => {
    const dir = dirname(script('zsh'));
    const out = join(dir, 'lines');
    const lines = ['intl cal', 'intl calendar --owner Ger', 'intl calendar --format ic', 'intl cities --country S', 'intl help ann'];
    spawnSync('zsh', ['-f', join(ROOT, 'test/helpers/complete-in-zsh.zsh'), dir, out, ...lines], { env: env(), timeout: 20_000 });
    expect(readFileSync(out, 'utf8').split('\n')).toEqual([
      'intl calendar ',
      'intl calendar --owner Gerhard\\ Dalen ',
      'intl calendar --format ics ',
      'intl cities --country SE ',
      'intl help anniversaries ',
      '',
    ]);
  });
});

describe.skipIf(!has('fish'))('intl completion fish', () => {
  it('passes fish -n and completes commands, options and owners', () => {
    const file = script('fish');
    expect(spawnSync('fish', ['-n', file], { encoding: 'utf8' }).stderr).toBe('');
    const complete = (line: string) =>
      spawnSync('fish', ['-c', 'source $argv[1]; complete -C $argv[2]', file, line], { env: env(), encoding: 'utf8' })
        .stdout.split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
    expect(complete('intl cal')).toEqual(['calendar']);
    expect(complete('intl calendar --owner Ger')).toEqual(['Gerhard Dalen']);
    expect(complete('intl completion ')).toEqual(['bash', 'fish', 'zsh']);
    expect(complete('intl cities --relation ')).toContain('solidarity');
  });
});
