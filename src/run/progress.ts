import { writeSync } from 'node:fs';
import { lang } from '../i18n/index.js';
import { isTerminal } from '../output/is-terminal.js';
import { progressLine } from '../output/progress-bar.js';
import type { GlobalOptions } from './action-options.js';

/** Parsing shorter than this ends before a bar would help: none is drawn. */
export const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 100;

/** Where a progress bar goes: a terminal, or a test's fake one. */
export interface ProgressTarget {
  write(text: string): void;
  width(): number;
  now(): number;
}

/**
 * A progress bar on stderr while files are parsed, when stderr is a terminal and the run is not
 * --quiet; nothing otherwise, so pipes and logs get no control characters. stdout is untouched.
 * Whether stderr is a terminal is asked when the first file is parsed: a run that takes all its
 * records from the cache never asks (two stats of a start).
 */
export function progressOption(opts: GlobalOptions): { onParsed?: (done: number, total: number) => void } {
  if (opts.quiet) return {};
  // Date.now, not performance.now: the performance global loads its own modules at first use.
  const start = Date.now();
  let report: ((done: number, total: number) => void) | null | undefined;
  return {
    onParsed: (done, total) => {
      report ??= isTerminal(2)
        ? progressReporter({ write: (text) => writeSync(2, text), width: () => process.stderr.columns || 80, now: () => Date.now() }, start)
        : null;
      report?.(done, total);
    },
  };
}

/**
 * Draws the bar from SHOW_AFTER_MS after `start` (the run's start), at most every REDRAW_MS,
 * over one line that it clears when the last file is done.
 */
export function progressReporter(target: ProgressTarget, start = target.now()): (done: number, total: number) => void {
  let drawn = false;
  let last = -Infinity;
  return (done, total) => {
    if (done >= total) {
      if (drawn) target.write('\r\x1b[K');
      return;
    }
    const now = target.now();
    if (now - start < SHOW_AFTER_MS || now - last < REDRAW_MS) return;
    last = now;
    drawn = true;
    target.write(`\r${progressLine(done, total, now - start, target.width(), lang())}\x1b[K`);
  };
}
