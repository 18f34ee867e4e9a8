import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

/** The README's first line of shell, as a reader copies it: it installs intl and asks the embedded data. */
function readmeInstallLine(): string {
  return /```sh\n([^\n]*)\n/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![1]!;
}

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const git = (args: string[], cwd = ROOT) => execFileSync('git', args, { cwd, encoding: 'utf8' });

/**
 * A `git clone` of this repository at its HEAD, as a new user gets it. Changes not yet committed
 * are laid over it, so that the test checks the working tree; once they are committed, there
 * are none.
 */
function freshClone(): string {
  const clone = join(mkdtempSync(join(tmpdir(), 'intl-clone-')), 'intl');
  git(['clone', '--quiet', '--no-checkout', ROOT, clone]);
  git(['checkout', '--quiet', '--detach', git(['rev-parse', 'HEAD']).trim()], clone);
  const changed = [git(['diff', '--name-only', '-z', 'HEAD']), git(['ls-files', '-z', '--others', '--exclude-standard'])].join('\0');
  for (const file of new Set(changed.split('\0').filter((f) => f !== ''))) {
    if (existsSync(join(ROOT, file))) {
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(clone, file));
    } else {
      rmSync(join(clone, file), { force: true });
    }
  }
  return clone;
}

/**
 * A shell as a new user has it, with npm's global folder in an empty prefix of its own: none of
 * the npm settings of the `npm test` that runs this, no cache of intl's from other tests.
 */
function userEnv(prefix: string, cache: string): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))) as Record<string, string>;
  return {
    ...env,
    PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
    npm_config_prefix: prefix,
    // Quiet about matters other than intl's, and offline where npm's cache has the packages.
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_prefer_offline: 'true',
    INTL_CACHE_DIR: cache,
  };
}

describe('the README install line', () => {
  it('installs a copy from a fresh clone, without a warning, that answers from another folder after the clone is gone', () => {
    const line = readmeInstallLine();
    expect(line).toMatch(/^npm ci && npm install -g "\$\(npm pack --silent\)" && intl cities --since 1946 +# /);
    const clone = freshClone();
    expect(existsSync(join(clone, 'node_modules')) || existsSync(join(clone, 'dist'))).toBe(false);
    const prefix = mkdtempSync(join(tmpdir(), 'intl-prefix-'));
    const env = userEnv(prefix, mkdtempSync(join(tmpdir(), 'intl-cache-')));
    // Run from the clone before a build, it says what to do rather than how it failed.
    const unbuilt = spawnSync(process.execPath, ['bin/intl.cjs', 'cities'], { cwd: clone, encoding: 'utf8', env });
    expect(unbuilt).toMatchObject({ status: 1, stdout: '', stderr: 'intl: not built yet: run `npm run build` in the clone first\n' });

    const install = spawnSync('sh', ['-c', line], { cwd: clone, encoding: 'utf8', env });
    expect(install.status, install.stderr).toBe(0);
    // npm 11 warns about install scripts that package.json's allowScripts does not cover.
    expect(install.stderr).not.toMatch(/warn|script/i);
    expect(install.stdout).not.toMatch(/warn|script/i);
    expect(install.stdout).toMatch(/^darmstadt\tDarmstadt\t/m);

    const tarball = readdirSync(clone).find((f) => f.endsWith('.tgz'))!;
    expect(tarball).toBe(`trondheim-kommune-intl-${VERSION}.tgz`);
    const files = execFileSync('tar', ['tzf', join(clone, tarball)], { encoding: 'utf8' });
    expect(files).toContain('package/data/calendar/2017.yaml');
    expect(files).toContain('package/dist/intl.cjs');
    expect(files).toContain('package/schema/intl-data.schema.json');
    expect(files).not.toContain('package/src/');
    // The bundles hold every library: installing the tarball brings no other package.
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(['@trondheim-kommune']);
    expect(readdirSync(join(prefix, 'lib', 'node_modules', '@trondheim-kommune', 'intl'))).not.toContain('node_modules');

    rmSync(dirname(clone), { recursive: true, force: true });
    const elsewhere = mkdtempSync(join(tmpdir(), 'intl-elsewhere-'));
    const r = spawnSync('sh', ['-c', 'intl cities --since 1946'], { cwd: elsewhere, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(12);
    expect(spawnSync('sh', ['-c', 'intl --help'], { cwd: elsewhere, encoding: 'utf8', env }).stdout).toMatch(/^Usage: intl \[options\] \[command\]\n/);
    const schema = spawnSync('sh', ['-c', 'intl schema'], { cwd: elsewhere, encoding: 'utf8', env });
    expect(JSON.parse(schema.stdout)).toHaveProperty('title', 'intl data file');
  }, 300_000);
});
