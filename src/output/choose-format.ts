import { basename, extname } from 'node:path';
import { UsageError } from '../errors.js';
import { CALENDAR_FORMATS } from './formats.js';

/** Extensions of files intl does not write, and what to do instead. */
const FOREIGN: Record<string, string> = {
  xlsx: 'Excel workbooks',
  xls: 'Excel workbooks',
  ods: 'spreadsheets',
  numbers: 'spreadsheets',
};

export interface FormatRequest<F extends string> {
  /** The command, as the user typed it, for messages. */
  command: string;
  /** The formats this command writes. */
  formats: readonly F[];
  /** --format, if given. */
  asked?: F;
  /** -o, if given. */
  output?: string;
  /** Whether stdout is a terminal. */
  terminal: boolean;
  /** What to do instead, per extension this command does not write (agenda and .ics). */
  advice?: Record<string, string>;
}

/**
 * The format asked for; else the one the output file's extension names (`-o cities.csv`); else
 * a table at a terminal and tab-separated lines in a pipe. A file whose extension names another
 * format, or none this command writes, is a usage error: a .ics or .xlsx holding tab-separated
 * text is a file its program rejects.
 */
export function chooseFormat<F extends string>(r: FormatRequest<F>): F | 'table' | 'tsv' {
  const file = r.output !== undefined && r.output !== '-' ? r.output : undefined;
  if (file === undefined) return r.asked ?? (r.terminal ? 'table' : 'tsv');
  const ext = extname(file).slice(1).toLowerCase();
  const writes = r.formats.filter((f) => f !== 'table');
  if (r.asked !== undefined) {
    const other = ext in FOREIGN || isKnownFormat(ext) ? ext : undefined;
    if (other !== undefined && other !== r.asked) {
      const fits = r.asked === 'table' ? 'txt' : r.asked;
      throw new UsageError(`--format ${r.asked} does not fit -o ${basename(file)}: name the file ${renamed(file, fits)}, or leave out --format`);
    }
    return r.asked;
  }
  if ((writes as string[]).includes(ext)) return ext as F;
  const list = `${writes.slice(0, -1).join(', ')} or ${writes.at(-1)}`;
  if (ext in FOREIGN) {
    const csv = renamed(file, 'csv');
    throw new UsageError(`intl writes no ${FOREIGN[ext]} (-o ${basename(file)}); for Excel, write CSV that a Norwegian Excel opens: --format csv --excel -o ${csv}`);
  }
  if (r.advice?.[ext]) throw new UsageError(`${r.command} does not write ${ext} (-o ${basename(file)}); ${r.advice[ext]}`);
  if (isKnownFormat(ext)) throw new UsageError(`${r.command} does not write ${ext} (-o ${basename(file)}); it writes ${list}`);
  const what = ext ? `the extension .${ext}` : 'a file name without an extension';
  throw new UsageError(`cannot tell the format from ${what} (-o ${basename(file)}): name the file .${writes.join(', .')}, or add --format ${writes.join('|')}`);
}

function isKnownFormat(ext: string): boolean {
  return ext !== 'table' && (CALENDAR_FORMATS as readonly string[]).includes(ext);
}

/** `out/x.xlsx` as `x.csv`: the name to suggest. */
function renamed(file: string, ext: string): string {
  const name = basename(file);
  return `${name.slice(0, name.length - extname(name).length)}.${ext}`;
}
