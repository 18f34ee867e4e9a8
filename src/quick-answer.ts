import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, type Lang } from './i18n/lang.js';
import { HELP_WIDTH } from './output/help-width.js';
import { isTerminal } from './output/is-terminal.js';
import { writeAll } from './output/write-all.js';
import { VERSION } from './version.js';

/**
 * What `intl --version` and `intl --help` print when nothing else but --lang or --no-color is
 * given: the version, and the help as the build rendered it (dist/help.<lang>.txt, scripts/build.js)
 * for a pipe, which is also what a terminal of HELP_WIDTH columns or more shows. Undefined
 * for anything else, which the program answers.
 */
export function quickAnswer(args: readonly string[], lang: Lang, dist: string): string | undefined {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang' && isLang(args[i + 1])) i++;
    else if (!(arg === '--no-color' || (arg.startsWith('--lang=') && isLang(arg.slice('--lang='.length))))) rest.push(arg);
  }
  if (rest.length !== 1) return undefined;
  if (rest[0] === '--version' || rest[0] === '-V') return `${VERSION}\n`;
  if (!['--help', '-h', 'help'].includes(rest[0]!) || (isTerminal(1) && process.stdout.columns < HELP_WIDTH)) return undefined;
  try {
    return readFileSync(join(dist, `help.${lang}.txt`), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Writes a quick answer to stdout; false when it could not, for the program to answer and report
 * why. A reader that stops early (`intl --help | head`) has what it wanted.
 */
export function writeQuickAnswer(text: string): boolean {
  try {
    writeAll(1, Buffer.from(text));
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPIPE';
  }
}
