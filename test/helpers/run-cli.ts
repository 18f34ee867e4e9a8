import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = `${ROOT}bin/intl.cjs`;
export const FIXTURES = `${ROOT}test/fixtures`;

/** A cache folder of this test file's own, so tests neither share nor touch the user's cache. */
export const CACHE_DIR = mkdtempSync(join(tmpdir(), 'intl-cache-'));

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs the built CLI as a user would, piped (not a terminal), with a clean environment. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', INTL_CACHE_DIR: CACHE_DIR, ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input,
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** Runs a command that must succeed and parses its JSON output. */
export function runJson<T = Record<string, unknown>[]>(args: string[]): T {
  const r = runCli([...args, '--format', 'json']);
  if (r.code !== 0) throw new Error(`intl ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
