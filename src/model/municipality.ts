import { z } from 'zod';
import { CountryCode, Note, Slug, Text, Url } from './common.js';
import { Coordinates } from './coordinates.js';

export const Municipality = z
  .strictObject({
    id: Slug,
    name: Text.meta({ description: 'Its name, such as "Trondheim kommune".', nb: 'Navnet, for eksempel «Trondheim kommune».' }),
    country: CountryCode.meta({ description: 'ISO 3166-1 alpha-2 code in capitals (`NO`).', nb: 'Landkode etter ISO 3166-1 alfa-2 med store bokstaver (`NO`).' }),
    names: z.array(Text).optional().meta({
      description: 'The place\'s other names (`Trondheim`): intl merge finds the municipality among other folders\' cities by them.',
      nb: 'Andre navn på stedet (`Trondheim`): intl merge finner kommunen blant andre mappers byer med dem.',
    }),
    coordinates: Coordinates.optional(),
    geonames: z.int().positive('positive').optional().meta({
      description: 'The GeoNames id of the place (`3133880`): intl merge links it with the cities other folders give the same id.',
      nb: 'GeoNames-id-en til stedet (`3133880`): intl merge knytter den til byene andre mapper gir samme id.',
    }),
    language: z.enum(['nb', 'en']).optional().meta({
      description: 'The language the office reads, `nb` or `en`: the default when no one chose one.',
      nb: 'Språket kontoret leser, `nb` eller `en`: standard når ingen har valgt.',
    }),
    time_zone: z.string().regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/, 'timeZone').optional().meta({
      description: 'The IANA time zone calendar times are in (default `Europe/Oslo`).',
      nb: 'IANA-tidssonen klokkeslettene i kalenderen er i (standard `Europe/Oslo`).',
    }),
    uid_domain: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i, 'domain').optional().meta({
      description: 'The domain in calendar UIDs (`<entry id>@<domain>`), instead of `intl.invalid`; --uid-domain overrides it.',
      nb: 'Domenet i kalenderens UID-er (`<id>@<domene>`), i stedet for `intl.invalid`; --uid-domain overstyrer det.',
    }),
    base_url: Url.optional().meta({
      description: 'Where the published pages will live, for absolute links and feed addresses.',
      nb: 'Der de publiserte sidene skal ligge, for absolutte lenker og adresser til abonnement.',
    }),
    note: Note.optional(),
  })
  .meta({
    title: 'Municipality',
    description: 'The municipality the data folder belongs to: at most one per folder.',
    nb: 'Kommunen datamappen tilhører: høyst én per mappe.',
  });

export type Municipality = z.infer<typeof Municipality>;
