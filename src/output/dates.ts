import { lang } from '../i18n/index.js';
import { isMonthOnly } from '../model/dates.js';

// Written out here rather than with date-fns' format, whose formatters and locales cost a
// calendar run a millisecond to load; the names are those of date-fns' en-US and nb locales.
const MONTHS = {
  en: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
  nb: {
    short: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
    long: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  },
} as const;

/** How each language writes a day of a YYYY-MM-DD (or YYYY-MM) date, alone and with its month or year. */
const PATTERNS = {
  en: { day: (d: string) => String(Number(d.slice(8, 10))) },
  nb: { day: (d: string) => `${Number(d.slice(8, 10))}.` },
} as const;

const month = (d: string) => Number(d.slice(5, 7)) - 1;
const day = (d: string) => PATTERNS[lang()].day(d);
const dayMonth = (d: string) => `${day(d)} ${MONTHS[lang()].short[month(d)]}`;
const full = (d: string) => `${dayMonth(d)} ${d.slice(0, 4)}`;
const monthOfYear = (d: string) => `${MONTHS[lang()].long[month(d)]} ${d.slice(0, 4)}`;

/**
 * An entry's days as people read them, in the run's language: `25–27 Jan` / `25.–27. jan.`,
 * `30 May–2 Jun` / `30. mai–2. juni`, `30 Dec 2017–2 Jan 2018`; an entry known only to the
 * month is `November 2017` / `november 2017`, never the 1st.
 */
export function formatSpan(start: string, end?: string): string {
  if (isMonthOnly(start)) return monthOfYear(start);
  if (end === undefined || end === start) return dayMonth(start);
  if (start.slice(0, 4) !== end.slice(0, 4)) return `${full(start)}–${full(end)}`;
  if (start.slice(0, 7) !== end.slice(0, 7)) return `${dayMonth(start)}–${dayMonth(end)}`;
  return `${day(start)}–${dayMonth(end)}`;
}

/** A date known to the year, month or day, as people read it: `2015`, `september 2016`, `20. sep. 2016`. */
export function formatPartialDate(value: string | undefined): string | undefined {
  if (value === undefined || value.length === 4) return value;
  return value.length === 7 ? monthOfYear(value) : full(value);
}

/** A month of the year by name, `YYYY-MM` as `June` / `juni`. */
export function monthName(month: string): string {
  return MONTHS[lang()].long[Number(month.slice(5, 7)) - 1]!;
}

/** An entry's days and, when it has one, its time of day: `10. des. 10:00–12:00`. */
export function formatWhen(e: { start: string; end?: string; time?: string }): string {
  const span = formatSpan(e.start, e.end);
  return e.time ? `${span} ${e.time.replace('-', '–')}` : span;
}
