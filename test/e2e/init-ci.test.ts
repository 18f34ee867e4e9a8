import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/run-cli.js';

// The CI files `intl init` writes: GitHub's checked by action-validator (its workflow schema,
// offline, in WebAssembly), GitLab's parsed and read for its jobs and stages.
const require = createRequire(import.meta.url);
const VALIDATOR = join(dirname(require.resolve('@action-validator/cli/package.json')), 'cli.mjs');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
let dir: string;

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'intl-init-ci-')), 'bergen');
  expect(runCli(['init', dir, '--municipality', 'Bergen kommune', '--country', 'NO']).code).toBe(0);
});

const file = (path: string) => readFileSync(join(dir, path), 'utf8');

describe('intl init: CI files', () => {
  it('writes a GitHub workflow that action-validator passes, and that it would fail if broken', () => {
    const ok = spawnSync(process.execPath, [VALIDATOR, join(dir, '.github/workflows/intl.yml')], { encoding: 'utf8' });
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    const broken = join(dirname(dir), 'broken.yml');
    writeFileSync(broken, file('.github/workflows/intl.yml').replaceAll('runs-on:', 'runs_on:'));
    expect(spawnSync(process.execPath, [VALIDATOR, broken], { encoding: 'utf8' }).status).not.toBe(0);
  });

  it('validates on every push and pull request and deploys the site from the default branch only, nightly too', () => {
    const w = parse(file('.github/workflows/intl.yml'));
    expect(Object.keys(w.on).sort()).toEqual(['pull_request', 'push', 'schedule', 'workflow_dispatch']);
    // Once a day, so that the calendar page's "upcoming" does not go stale between data changes.
    expect(w.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    expect(w.jobs.site.if).toContain("github.event_name == 'schedule'");
    expect(w.jobs.site.if).toContain("github.event_name != 'pull_request'");
    expect(Object.keys(w.jobs)).toEqual(['validate', 'site', 'deploy']);
    expect(w.jobs.validate.steps.at(-1).run).toBe('intl validate --data . --format github');
    expect(w.jobs.site.if).toContain('default_branch');
    expect(w.jobs.site.steps.map((s: { run?: string }) => s.run)).toContain('intl site --data . -o public');
    expect(w.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('writes a GitLab file with the stages and jobs named, a Code Quality report and Pages', () => {
    const g = parse(file('.gitlab-ci.yml'));
    expect(g.stages).toEqual(['validate', 'deploy']);
    expect(g.validate.stage).toBe('validate');
    expect(g.validate.script.join('\n')).toContain('intl validate --data . --format gitlab > gl-code-quality-report.json');
    expect(g.validate.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
    expect(g.pages).toMatchObject({ stage: 'deploy', script: ['intl site --data . -o public'], artifacts: { paths: ['public'] } });
    expect(g.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
  });

  it('pins intl and every action to an exact version and uses no secrets', () => {
    for (const text of [file('.github/workflows/intl.yml'), file('.gitlab-ci.yml')]) {
      expect(text).toContain(`INTL_PACKAGE: "${PACKAGE.name}@${PACKAGE.version}"`);
      for (const uses of text.match(/uses: \S+/g) ?? []) expect(uses).toMatch(/@v\d+\.\d+\.\d+$/);
      expect(text).not.toMatch(/secrets\./);
    }
  });

  it('leaves the CI files out of the data: validate still passes', () => {
    expect(runCli(['validate', '--data', dir]).code).toBe(0);
  });
});
