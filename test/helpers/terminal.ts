import { spawnSync } from 'node:child_process';
import { BIN, CACHE_DIR, ROOT } from './run-cli.js';

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the built CLI in a pseudo-terminal of the given width, as a user at a terminal does
 * (util-linux `script`), and returns what the terminal got: without colour codes and CRs.
 */
export function runInTerminal(args: string[], columns = 80, exitCodes = [0]): string {
  const command = `stty cols ${columns}; ${[process.execPath, BIN, ...args].map(quote).join(' ')}`;
  const env = { PATH: process.env.PATH ?? '', INTL_CACHE_DIR: CACHE_DIR, TERM: 'xterm-256color' };
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (!exitCodes.includes(r.status ?? -1)) throw new Error(`intl ${args.join(' ')} in a terminal exited ${r.status}: ${r.stdout}${r.stderr}`);
  return plain(r.stdout);
}

/** Text as a person reads it: no ANSI colour codes, no CR of the terminal's line endings. */
export function plain(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, '').replace(/\r/g, '');
}

/** Characters a line takes at the terminal (the data has no wide characters). */
export const width = (line: string) => [...line].length;

/**
 * The rows of a boxed table as cells of text, a wrapped cell's lines joined by spaces; a row
 * starts where the first column has text (true where the first column never wraps).
 */
export function tableRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n').filter((l) => l.startsWith('│'))) {
    const cells = line.split('│').slice(1, -1).map((c) => c.trim());
    const last = rows.at(-1);
    if (cells[0] === '' && last) last.forEach((_, i) => (last[i] = [last[i], cells[i]].filter(Boolean).join(' ')));
    else rows.push(cells);
  }
  return rows;
}
