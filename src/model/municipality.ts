import { z } from 'zod';
import { CountryCode, Id, Note, Text, Url } from './common.js';
import { Coordinates } from './coordinates.js';

/** The municipality a data folder belongs to: at most one per folder. */
export const Municipality = z.strictObject({
  id: Id,
  name: Text,
  country: CountryCode,
  coordinates: Coordinates.optional(),
  /** The language people of this office read: the default when no one chose one. */
  language: z.enum(['nb', 'en']).optional(),
  /** The IANA time zone that calendar times are in (default Europe/Oslo). */
  time_zone: z.string().regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/, 'timeZone').optional(),
  /** The domain in calendar UIDs (`<entry id>@<domain>`), instead of intl.invalid. */
  uid_domain: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i, 'domain').optional(),
  /** Where the published pages will live, for absolute links and feed addresses. */
  base_url: Url.optional(),
  note: Note.optional(),
});

export type Municipality = z.infer<typeof Municipality>;
