import { t } from '../i18n/index.js';
import { isDay } from '../model/dates.js';

/**
 * A value an option or argument cannot take. Commander reports an error with this code as it
 * reports its own; the quick path (quick-parse.ts) leaves such a command line to commander.
 */
class InvalidValue extends Error {
  readonly code = 'commander.invalidArgument';
  readonly exitCode = 1;
}

/** Parser for a four-digit year. */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidValue(t().usage.fourDigitYear);
  return Number(value);
}

/** Parser for a real date, YYYY-MM-DD. */
export function parseDay(value: string): string {
  if (!isDay(value)) {
    throw new InvalidValue(t().usage.dayFormat);
  }
  return value;
}

/** Parser for a month, 1-12. */
export function parseMonth(value: string): number {
  const n = Number(value);
  if (!/^\d{1,2}$/.test(value) || n < 1 || n > 12) throw new InvalidValue(t().usage.month);
  return n;
}

/** Parser for a positive whole number. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 3660) throw new InvalidValue(t().usage.count);
  return n;
}

/** Parser for a domain name (letters, digits and hyphens in dot-separated labels). */
export function parseDomain(value: string): string {
  const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
  if (value.length > 253 || !new RegExp(`^${label}(?:\\.${label})+$`, 'i').test(value)) {
    throw new InvalidValue(t().usage.domain);
  }
  return value.toLowerCase();
}

/** The parsers by name: how the quick path's spec (quick-spec.ts) names a parser an option has. */
export const PARSERS = { year: parseYear, day: parseDay, month: parseMonth, count: parseCount, domain: parseDomain };
