import { daysInMonth, isMonthOnly } from '../model/dates.js';

interface Dated {
  start: string;
  end?: string;
}

/** The first day an entry can touch, as YYYY-MM-DD. */
export function firstDay(e: Dated): string {
  return isMonthOnly(e.start) ? `${e.start}-01` : e.start;
}

/** The last day an entry can touch: its end, its start, or the month's last day when only the month is known. */
export function lastDay(e: Dated): string {
  if (isMonthOnly(e.start)) {
    const [y, m] = e.start.split('-').map(Number);
    return `${e.start}-${String(daysInMonth(y!, m!)).padStart(2, '0')}`;
  }
  return e.end ?? e.start;
}

/** True when the entry's days meet the inclusive range from..to (ISO dates compare as text). */
export function overlaps(e: Dated, from: string, to: string): boolean {
  return firstDay(e) <= to && lastDay(e) >= from;
}

/** Code-unit order, for ISO dates and ids (no locale data needed). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entries by first day; an entry known only to the month after the dated ones of that day. */
export function byDate<T extends Dated & { id: string }>(a: T, b: T): number {
  return (
    compareText(firstDay(a), firstDay(b)) ||
    Number(isMonthOnly(a.start)) - Number(isMonthOnly(b.start)) ||
    compareText(lastDay(a), lastDay(b)) ||
    compareText(a.id, b.id)
  );
}
