import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR, ROOT } from '../helpers/run-cli.js';

describe('the packed tarball', () => {
  it('installs elsewhere and answers from its embedded data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-pack-'));
    const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
    const tarball = join(dir, out.trim().split('\n').at(-1)!);
    const app = join(dir, 'app');
    execFileSync('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}');
    execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', tarball], { cwd: app, stdio: 'ignore' });
    const r = spawnSync(join(app, 'node_modules/.bin/intl'), ['cities', '--since', '1946'], {
      cwd: app,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, INTL_CACHE_DIR: CACHE_DIR },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(12);
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' });
    expect(files).toContain('package/data/calendar/2017.yaml');
    expect(files).toContain('package/schema/intl-data.schema.json');
    const schema = spawnSync(join(app, 'node_modules/.bin/intl'), ['schema'], { cwd: app, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(JSON.parse(schema.stdout)).toHaveProperty('title', 'intl data file');
    expect(files).not.toContain('package/src/');
  }, 180_000);
});
