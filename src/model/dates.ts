/** True for a year, `YYYY-MM` with a real month and `YYYY-MM-DD` with a day that exists in that month. */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= daysInMonth(y, m);
}

/** A full date as YYYY-MM-DD that exists: what --from, --to, --today and INTL_TODAY take. */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isMonthOnly(value: string): boolean {
  return value.length === 7;
}
