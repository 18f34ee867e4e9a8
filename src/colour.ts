import { isTerminal } from './output/is-terminal.js';

type Level = 0 | 1 | 2 | 3;

/**
 * The colour level for tables: none unless on a terminal, never with --no-color or NO_COLOR,
 * always with FORCE_COLOR (chalk alone ignores NO_COLOR, so the level is decided here).
 */
export function colourLevel(
  wanted: boolean,
  env: NodeJS.ProcessEnv = process.env,
  // Asked only at a terminal, as in outputWidth.
  stdout: { isTTY?: boolean; getColorDepth?(): number } | undefined = isTerminal(1) ? process.stdout : undefined,
): Level {
  if (!wanted || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') {
    const forced = Number(env.FORCE_COLOR) || 1;
    return forced > 3 ? 3 : (forced as Level);
  }
  if (!stdout?.isTTY) return 0;
  const depth = stdout.getColorDepth?.() ?? 4;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}
