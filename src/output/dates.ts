import { format, parseISO } from 'date-fns';
import { isMonthOnly } from '../model/dates.js';

/**
 * An entry's days as people read them: `25 Jan`, `25–27 Jan`, `30 May–2 Jun`,
 * `30 Dec 2017–2 Jan 2018`; an entry known only to the month is `November 2017`, never the 1st.
 */
export function formatSpan(start: string, end?: string): string {
  if (isMonthOnly(start)) return format(parseISO(`${start}-01`), 'MMMM yyyy');
  const a = parseISO(start);
  if (end === undefined || end === start) return format(a, 'd MMM');
  const b = parseISO(end);
  if (start.slice(0, 4) !== end.slice(0, 4)) return `${format(a, 'd MMM yyyy')}–${format(b, 'd MMM yyyy')}`;
  if (start.slice(0, 7) !== end.slice(0, 7)) return `${format(a, 'd MMM')}–${format(b, 'd MMM')}`;
  return `${format(a, 'd')}–${format(b, 'd MMM')}`;
}
