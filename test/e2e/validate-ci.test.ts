import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/run-cli.js';
import { githubAnnotation } from '../../src/output/github-annotations.js';

// `intl validate --format github|gitlab|json` on the whole bad-input corpus: every problem the
// text form lists with --all, followers included, in each machine format, with the same exit code.
const cases = readdirSync(FIXTURES).filter((d) => existsSync(`${FIXTURES}/${d}/expected.txt`));
const validate = (name: string, ...args: string[]) => runCli(['validate', '--data', name, '--lang', 'en', ...args], { cwd: FIXTURES });
const places = (text: string) => text.split('\n').flatMap((l) => /^\s*(\S+):(\d+):(\d+): /.exec(l)?.slice(1).join(':') ?? []);

// The workflow-command grammar: ::error|warning, properties key=value with : , % CR LF escaped, ::message.
const PROPERTY = '[a-z]+=(?:[^:,%\\r\\n]|%(?:25|0D|0A|3A|2C))*';
const COMMAND = new RegExp(`^::(error|warning) ${PROPERTY}(?:,${PROPERTY})*::(?:[^%\\r\\n]|%(?:25|0D|0A))*$`);

describe('intl validate --format for CI', () => {
  it.each(cases)('%s: one workflow command and one Code Quality issue per problem', (name) => {
    const text = validate(name, '--all');
    const expected = places(text.stderr).sort();
    const github = validate(name, '--format', 'github');
    expect(github.code).toBe(text.code);
    // A folder without data files is an error about the folder, not a problem in a file.
    if (expected.length === 0) return expect(github.stdout).toBe('');
    const lines = github.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line, line).toMatch(COMMAND);
    const where = lines.map((l) => {
      const m = /file=([^,]+),line=(\d+),col=(\d+)/.exec(l)!;
      return `${m[1]!.replace(/%3A/g, ':').replace(/^test\/fixtures\//, '')}:${m[2]}:${m[3]}`;
    });
    expect(where.sort()).toEqual(expected);

    const gitlab = validate(name, '--format', 'gitlab');
    expect(gitlab.code).toBe(text.code);
    const issues = JSON.parse(gitlab.stdout) as Record<string, any>[];
    expect(issues.length).toBe(expected.length);
    for (const i of issues) {
      expect(Object.keys(i).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(i.description).toMatch(/\S/);
      expect(['minor', 'major']).toContain(i.severity);
      expect(i.location.path).toMatch(new RegExp(`^test/fixtures/${name}/`));
      expect(Number.isInteger(i.location.lines.begin)).toBe(true);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it('keeps fingerprints when lines are added above a problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-ci-'));
    cpSync(`${FIXTURES}/many-problems`, dir, { recursive: true });
    const fingerprints = () => (JSON.parse(runCli(['validate', '--data', dir, '--format', 'json']).stdout) as { problems: { fingerprint: string }[] }).problems.map((p) => p.fingerprint);
    const before = fingerprints();
    writeFileSync(`${dir}/cities.yaml`, `# a comment\n\n${readFileSync(`${dir}/cities.yaml`, 'utf8')}`);
    expect(fingerprints()).toEqual(before);
  });

  it('gives plain JSON with counts and exit 0 on valid data', () => {
    const r = validate('minimal', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dir: 'minimal', valid: true, errors: 0, warnings: 0, problems: [] });
    expect(r.stderr).toBe('');
  });

  it('links a follower to its cause and leaves out its hint', () => {
    const report = JSON.parse(validate('bad-indentation', '--format', 'json').stdout) as { problems: { cause?: unknown; hint?: string }[] };
    const followers = report.problems.filter((x) => x.cause);
    expect(followers.length).toBeGreaterThan(0);
    for (const p of followers) expect(p.hint).toBeUndefined();
  });

  it('escapes %, CR, LF in the message and also : and , in properties', () => {
    const line = githubAnnotation({ file: 'a:b,c.yaml', line: 1, col: 2, severity: 'warning', code: 'x/y', message: 'm', text: '50%\r\nnext: a, b', fingerprint: 'f' });
    expect(line).toBe('::warning file=a%3Ab%2Cc.yaml,line=1,col=2,title=intl x/y::50%25%0D%0Anext: a, b');
  });
});
