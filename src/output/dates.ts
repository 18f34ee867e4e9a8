import { format, parseISO, type Locale } from 'date-fns';
import { nb as nbLocale } from 'date-fns/locale/nb';
import { lang } from '../i18n/index.js';
import { isMonthOnly } from '../model/dates.js';

/** How each language writes a day, a day with its month, and so on. */
const PATTERNS = {
  en: { locale: undefined, day: 'd', dayMonth: 'd MMM', full: 'd MMM yyyy', month: 'MMMM yyyy' },
  nb: { locale: nbLocale, day: 'd.', dayMonth: 'd. MMM', full: 'd. MMM yyyy', month: 'MMMM yyyy' },
} as const;

/**
 * An entry's days as people read them, in the run's language: `25–27 Jan` / `25.–27. jan.`,
 * `30 May–2 Jun` / `30. mai–2. juni`, `30 Dec 2017–2 Jan 2018`; an entry known only to the
 * month is `November 2017` / `november 2017`, never the 1st.
 */
export function formatSpan(start: string, end?: string): string {
  const p = PATTERNS[lang()];
  const f = (day: string, pattern: string) => format(parseISO(day), pattern, { locale: p.locale as Locale | undefined });
  if (isMonthOnly(start)) return f(`${start}-01`, p.month);
  if (end === undefined || end === start) return f(start, p.dayMonth);
  if (start.slice(0, 4) !== end.slice(0, 4)) return `${f(start, p.full)}–${f(end, p.full)}`;
  if (start.slice(0, 7) !== end.slice(0, 7)) return `${f(start, p.dayMonth)}–${f(end, p.dayMonth)}`;
  return `${f(start, p.day)}–${f(end, p.dayMonth)}`;
}

/** A date known to the year, month or day, as people read it: `2015`, `september 2016`, `20. sep. 2016`. */
export function formatPartialDate(value: string | undefined): string | undefined {
  if (value === undefined || value.length === 4) return value;
  const p = PATTERNS[lang()];
  const pattern = value.length === 7 ? p.month : p.full;
  return format(parseISO(value.length === 7 ? `${value}-01` : value), pattern, { locale: p.locale as Locale | undefined });
}

/** A month of the year by name, `YYYY-MM` as `June` / `juni`. */
export function monthName(month: string): string {
  return format(parseISO(`${month}-01`), 'LLLL', { locale: PATTERNS[lang()].locale as Locale | undefined });
}

/** An entry's days and, when it has one, its time of day: `10. des. 10:00–12:00`. */
export function formatWhen(e: { start: string; end?: string; time?: string }): string {
  const span = formatSpan(e.start, e.end);
  return e.time ? `${span} ${e.time.replace('-', '–')}` : span;
}
