import { z } from 'zod';
import { isCountryCode } from './countries.js';
import { isRealDate } from './dates.js';

// Messages are keys of the catalogue's diag.schema (src/i18n/), so diagnostics follow the language.

const SLUG = '[a-z0-9]+(-[a-z0-9]+)*';

/** A plain slug: the id of what a merged folder's other ids are namespaced by (a municipality). */
export const Slug = z.string().regex(new RegExp(`^${SLUG}$`), 'id').meta({
  description: 'A lowercase slug such as `trondheim`, unique in the folder.',
  nb: 'En id med små bokstaver, tall og bindestrek, som `trondheim`, unik i mappen.',
});

/** A slug; in a merged folder, after its municipality's id and a slash (`trondheim/odense`). */
export const Id = z
  .string()
  .regex(new RegExp(`^(${SLUG}/)?${SLUG}$`), 'id')
  .meta({
    description: 'A lowercase slug such as `tampere` or `nordic-platform`, unique in the folder; other records refer to a record by it. In a folder made by intl merge, after its municipality\'s id: `trondheim/tampere`.',
    nb: 'En id med små bokstaver, tall og bindestrek, som `tampere` eller `nordic-platform`, unik i mappen; andre poster viser til posten med den. I en mappe laget av intl merge står kommunens id foran: `trondheim/tampere`.',
  });

export const Year = z.int().min(1000, 'year').max(2999, 'year');

export const CountryCode = z
  .string()
  .refine(isCountryCode, 'country');

/** A full date `YYYY-MM-DD` that exists in the calendar. */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'day')
  .refine(isRealDate, 'realDate');

/** A full date, or `YYYY-MM` where only the month is known. */
export const DayOrMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'dayOrMonth')
  .refine(isRealDate, 'realDate');

export const Text = z.string().min(1, 'text');

export const Url = z.url({ protocol: /^https?$/, error: 'url' }).meta({
  description: 'A web page about it: an http or https address.',
  nb: 'En nettside om den: en http- eller https-adresse.',
});

/** A year, a month or a day (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): project periods are often known loosely. */
export const PartialDate = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'partialDate')
    .refine(isRealDate, 'realDate'),
);

export const Note = Text.meta({
  description: 'A doubt about the source: a changed spelling, a reading of an unclear passage, or added knowledge and where it comes from. Tables show it; exports leave it out unless --notes.',
  nb: 'En tvil om kilden: en endret skrivemåte, en tolkning av en uklar setning, eller tilført kunnskap og hvor den kommer fra. Tabeller viser den; eksport utelater den uten --notes.',
});

export const IdList = z.array(Id);

/**
 * The language a name or title is in, where it is not the folder's (`language` of the
 * municipality, else bokmål): a BCP 47 tag such as `en` or `fr`. Published pages mark the text
 * with it, so a screen reader reads "Nordic City Network" in English on a Norwegian page.
 */
export const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language');

export const Visibility = z.enum(['public', 'internal']).meta({
  description: 'Who may see the record: `public` (the default) or `internal`, which `--public` and anything published leave out.',
  nb: 'Hvem som kan se posten: `public` (standard) eller `internal`, som `--public` og alt som publiseres utelater.',
});

/**
 * A time of day in the municipality's time zone, `10:00`, or a span `10:00-12:00`. On an entry
 * over several days the first time is on the first day and the second on the last.
 */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(-([01]\d|2[0-3]):[0-5]\d)?$/, 'time');
