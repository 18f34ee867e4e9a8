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
 */
export function progressOption(opts: GlobalOptions): { onParsed?: (done: number, total: number) => void } {
  if (opts.quiet || !isTerminal(2)) return {};
  return {
    onParsed: progressReporter({
      write: (text) => writeSync(2, text),
      width: () => process.stderr.columns || 80,
      now: () => performance.now(),
    }),
  };
}

/**
 * Draws the bar from SHOW_AFTER_MS after it is made (the run's start), at most every REDRAW_MS,
 * over one line that it clears when the last file is done.
 */
export function progressReporter(target: ProgressTarget): (done: number, total: number) => void {
  const start = target.now();
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
