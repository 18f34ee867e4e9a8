import chalk from 'chalk';

/**
 * Colour only on a terminal, never with --no-color or NO_COLOR, always with FORCE_COLOR.
 * chalk alone ignores NO_COLOR, so the level is set here once for the whole run.
 */
export function configureColour(wanted: boolean, env: NodeJS.ProcessEnv = process.env, tty = process.stdout.isTTY === true): void {
  if (!wanted || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) chalk.level = 0;
  else if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') chalk.level = Math.max(chalk.level, 1) as 1;
  else if (!tty) chalk.level = 0;
}
