import { basename, extname } from 'node:path';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { CALENDAR_FORMATS, CITY_FORMATS } from './formats.js';

/** Spreadsheet workbooks, which intl does not write: CSV for Excel is the way. */
const WORKBOOKS = ['xlsx', 'xls', 'ods', 'numbers'];

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
  const u = t().usage;
  const name = basename(file);
  if (r.asked !== undefined) {
    const other = WORKBOOKS.includes(ext) || isKnownFormat(ext) ? ext : undefined;
    if (other !== undefined && other !== r.asked) {
      throw new UsageError(u.formatMismatch(r.asked, name, renamed(file, r.asked === 'table' ? 'txt' : r.asked)));
    }
    return r.asked;
  }
  if ((writes as string[]).includes(ext)) return ext as F;
  if (WORKBOOKS.includes(ext)) throw new UsageError(u.noWorkbooks(name, renamed(file, 'csv')));
  if (isKnownFormat(ext)) throw new UsageError(u.notWritten(r.command, ext, name, `${writes.slice(0, -1).join(', ')} ${u.or} ${writes.at(-1)}`));
  const names = writes.map((f) => renamed(file, f)).join(', ');
  const formats = writes.join('|');
  throw new UsageError(ext ? u.unknownExtension(ext, name, names, formats) : u.noExtension(name, names, formats));
}

function isKnownFormat(ext: string): boolean {
  return ext !== 'table' && ([...CALENDAR_FORMATS, ...CITY_FORMATS] as readonly string[]).includes(ext);
}

/** `out/x.xlsx` as `x.csv`: the name to suggest. */
function renamed(file: string, ext: string): string {
  const name = basename(file);
  return `${name.slice(0, name.length - extname(name).length)}.${ext}`;
}
