import { isTerminal } from './is-terminal.js';

/**
 * How wide a table may be: the terminal's width when stdout is one, else COLUMNS (as shells set
 * it, and as tests pin it), else 80. process.stdout is asked only at a terminal: setting it up
 * for a pipe costs a millisecond or more.
 */
export function outputWidth(
  stdout: { isTTY?: boolean; columns?: number } | undefined = isTerminal(1) ? process.stdout : undefined,
  env: NodeJS.ProcessEnv = process.env,
): number {
  if (stdout?.isTTY && stdout.columns && stdout.columns > 0) return stdout.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}
