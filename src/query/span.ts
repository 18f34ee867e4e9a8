import { daysInMonth, isMonthOnly } from '../model/dates.js';

interface Dated {
  start: string;
  end?: string;
  /** `10:00` or `10:00-12:00`; absent for all-day entries. */
  time?: string;
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

/**
 * When an entry begins and ends, as local `YYYY-MM-DDTHH:MM` text that compares in order: an
 * all-day entry runs from 00:00 of its first day to 24:00 of its last; `10:00` alone is an hour.
 */
export function moments(e: Dated): [string, string] {
  const [from, to] = e.time?.split('-') ?? [];
  const start = `${firstDay(e)}T${from ?? '00:00'}`;
  if (from === undefined) return [start, `${lastDay(e)}T24:00`];
  const hourLater = `${String(Number(from.slice(0, 2)) + 1).padStart(2, '0')}${from.slice(2)}`;
  return [start, `${lastDay(e)}T${to ?? hourLater}`];
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
