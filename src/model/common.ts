import { z } from 'zod';
import { isCountryCode } from './countries.js';
import { isRealDate } from './dates.js';

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug such as "tampere" or "nordic-platform"');

export const Year = z.int().min(1000, 'expected a four-digit year').max(2999, 'expected a four-digit year');

export const CountryCode = z
  .string()
  .refine(isCountryCode, 'expected an ISO 3166-1 alpha-2 country code in capitals, such as NO, SE or GB');

/** A full date `YYYY-MM-DD` that exists in the calendar. */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDate, 'no such date in the calendar');

/** A full date, or `YYYY-MM` where only the month is known. */
export const DayOrMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected a date as YYYY-MM-DD, or YYYY-MM where only the month is known')
  .refine(isRealDate, 'no such date in the calendar');

export const Text = z.string().min(1, 'expected some text');

export const Url = z.url({ protocol: /^https?$/, error: 'expected an http or https address' });

/** A year, a month or a day (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): project periods are often known loosely. */
export const PartialDate = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isRealDate, 'no such date in the calendar'),
);

/** Free text recording a doubt about the source; tools show it next to the record. */
export const Note = Text;

export const IdList = z.array(Id);
