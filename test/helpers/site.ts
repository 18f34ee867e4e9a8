import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

/** Builds the site of a data folder (the embedded one by default) into a new folder. */
export function buildSite(args: string[] = [], env: Record<string, string> = { SOURCE_DATE_EPOCH: '1700000000' }): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'intl-site-')), 'public');
  const r = runCli(['site', '-o', dir, ...args], { env });
  if (r.code !== 0) throw new Error(`intl site exited ${r.code}: ${r.stderr}`);
  return dir;
}

/** Every file of a folder, as paths relative to it, sorted. */
export function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

export const pagesOf = (dir: string) => filesOf(dir).filter((f) => f.endsWith('.html'));
export const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
