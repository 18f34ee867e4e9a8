import { z } from 'zod';
import { Slug } from './common.js';

/**
 * The record that makes a folder a merged one (written by `intl merge`): the municipalities it
 * holds, each with its records under ids that start with the municipality's id.
 */
export const Merge = z
  .strictObject({
    id: Slug,
    municipalities: z.array(Slug).meta({
      description: 'The municipalities merged, by id, in the order they were given.',
      nb: 'Kommunene som er slått sammen, med id, i den rekkefølgen de ble gitt.',
    }),
  })
  .meta({
    title: 'Merge',
    description: 'Written by intl merge: the folder holds several municipalities, each with ids that start with its own id.',
    nb: 'Skrevet av intl merge: mappen har flere kommuner, hver med id-er som begynner med dens egen id.',
  });

export type Merge = z.infer<typeof Merge>;
