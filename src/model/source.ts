import { z } from 'zod';
import { Day, Id, Note, Text, Url, Visibility } from './common.js';
import { KIND_NAMES } from './vocabulary.js';

export const Source = z
  .strictObject({
    id: Id,
    title: Text.meta({ description: 'The title of the page or document.', nb: 'Tittelen på siden eller dokumentet.' }),
    publisher: Text.optional().meta({ description: 'Who publishes it.', nb: 'Hvem som gir den ut.' }),
    updated: Day.optional().meta({
      description: 'The date the source itself gives for its last update, `YYYY-MM-DD`.',
      nb: 'Datoen kilden selv oppgir for siste oppdatering, `ÅÅÅÅ-MM-DD`.',
    }),
    covers: z.array(z.enum(KIND_NAMES)).optional().meta({
      description: 'The record kinds taken from it (`[cities, calendar]`).',
      nb: 'Posttypene som er hentet fra den (`[cities, calendar]`).',
    }),
    facts: z.array(Text).optional().meta({
      description: 'What the source says about the whole, outside any one record.',
      nb: 'Det kilden sier om helheten, utenfor en enkelt post.',
    }),
    url: Url.optional(),
    note: Note.optional(),
    visibility: Visibility.optional(),
  })
  .meta({
    title: 'Source',
    description: 'A page or document the data was taken from, with the date it was last updated.',
    nb: 'En side eller et dokument dataene er hentet fra, med datoen det sist ble oppdatert.',
  });

export type Source = z.infer<typeof Source>;
