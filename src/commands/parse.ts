import { InvalidArgumentError } from 'commander';
import { t } from '../i18n/index.js';
import { isDay } from '../model/dates.js';

/** Commander argument parser for a four-digit year. */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(t().usage.fourDigitYear);
  return Number(value);
}

/** Commander argument parser for a real date, YYYY-MM-DD. */
export function parseDay(value: string): string {
  if (!isDay(value)) {
    throw new InvalidArgumentError(t().usage.dayFormat);
  }
  return value;
}

/** Commander argument parser for a month, 1-12. */
export function parseMonth(value: string): number {
  const n = Number(value);
  if (!/^\d{1,2}$/.test(value) || n < 1 || n > 12) throw new InvalidArgumentError(t().usage.month);
  return n;
}

/** Commander argument parser for a positive whole number. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 3660) throw new InvalidArgumentError(t().usage.count);
  return n;
}

/** Commander argument parser for a domain name (letters, digits and hyphens in dot-separated labels). */
export function parseDomain(value: string): string {
  const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
  if (value.length > 253 || !new RegExp(`^${label}(?:\\.${label})+$`, 'i').test(value)) {
    throw new InvalidArgumentError(t().usage.domain);
  }
  return value.toLowerCase();
}
