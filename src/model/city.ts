import { z } from 'zod';
import { CountryCode, Id, Note, Text, Url, Visibility, Year } from './common.js';
import { Coordinates } from './coordinates.js';
import { RELATIONS } from './vocabulary.js';

const Population = z.strictObject({
  count: z.int().positive('positive'),
  year: Year,
});

const University = z.strictObject({
  name: Text,
  founded: Year.optional(),
});

export const City = z
  .strictObject({
    id: Id,
    name: Text,
    /** Other spellings and names in other languages, all found by --search. */
    names: z.array(Text).optional(),
    country: CountryCode,
    /** Where the country is disputed or has changed; shown next to the country. */
    territory: Text.optional(),
    region: Text.optional(),
    relation: z.enum(RELATIONS),
    since: Year.optional(),
    /** Who carries the relation when it is not the municipality itself. */
    run_by: Text.optional(),
    population: Population.optional(),
    area_km2: z.number().positive('positive').optional(),
    coordinates: Coordinates.optional(),
    location: Text.optional(),
    founded: z.union([Year, Text]).optional(),
    universities: z.array(University).optional(),
    industries: z.array(Text).optional(),
    landmarks: z.array(Text).optional(),
    facts: z.array(Text).optional(),
    url: Url.optional(),
    note: Note.optional(),
    visibility: Visibility.optional(),
  })
  .superRefine((city, ctx) => {
    if (city.since === undefined && (city.relation === 'twin' || city.relation === 'intent')) {
      ctx.addIssue({
        code: 'custom',
        path: ['since'],
        message: 'needsSince',
        params: { key: 'needsSince', values: [city.relation] },
      });
    }
  });

export type City = z.infer<typeof City>;
