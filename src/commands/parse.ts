import { InvalidArgumentError } from 'commander';

/** Commander argument parser for a four-digit year. */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(`expected a four-digit year such as 1946, got '${value}'`);
  return Number(value);
}
