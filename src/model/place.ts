import { z } from 'zod';
import { CountryCode, IdList, Slug, Text } from './common.js';

/**
 * One real place that several records of a merged folder stand for: the cities that are the same
 * place (the same GeoNames id, or the same name and country) and the municipality that is it.
 */
export const Place = z
  .strictObject({
    id: Slug,
    name: Text.meta({ description: 'The name of the place.', nb: 'Navnet på stedet.' }),
    country: CountryCode.meta({ description: 'ISO 3166-1 alpha-2 code in capitals.', nb: 'Landkode etter ISO 3166-1 alfa-2 med store bokstaver.' }),
    geonames: z.int().positive('positive').optional().meta({ description: 'The GeoNames id the records share.', nb: 'GeoNames-id-en postene deler.' }),
    municipality: Slug.optional().meta({
      description: 'The merged municipality that is this place, by id.',
      nb: 'Kommunen i mappen som er dette stedet, med id.',
    }),
    cities: IdList.meta({ description: 'The city records that are this place, by id.', nb: 'Byene som er dette stedet, med id.' }),
  })
  .meta({
    title: 'Place',
    description: 'Written by intl merge: the records of several municipalities that are one place.',
    nb: 'Skrevet av intl merge: postene fra flere kommuner som er ett og samme sted.',
  });

export type Place = z.infer<typeof Place>;
