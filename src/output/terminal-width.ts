/**
 * How wide a table may be: the terminal's width when stdout is one, else COLUMNS (as shells set
 * it, and as tests pin it), else 80.
 */
export function outputWidth(stdout: { isTTY?: boolean; columns?: number } = process.stdout, env: NodeJS.ProcessEnv = process.env): number {
  if (stdout.isTTY && stdout.columns && stdout.columns > 0) return stdout.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}
