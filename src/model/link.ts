import { z } from 'zod';
import { Id, Note, Text, Url, Visibility, Year } from './common.js';
import { LINK_TYPES } from './vocabulary.js';

export const Link = z
  .strictObject({
    id: Id,
    title: Text.meta({ description: 'The title of the document or page.', nb: 'Tittelen på dokumentet eller siden.' }),
    type: z.enum(LINK_TYPES).meta({
      description: '`strategy`, `plan`, `overview` or `page`.',
      nb: '`strategy` (strategi), `plan`, `overview` (oversikt) eller `page` (side).',
    }),
    from: Year.optional().meta({ description: 'The first year of the period it covers.', nb: 'Første år i perioden den gjelder.' }),
    to: Year.optional().meta({ description: 'The last year of the period it covers.', nb: 'Siste år i perioden den gjelder.' }),
    goal: Text.optional().meta({ description: 'Its main goal, in words.', nb: 'Hovedmålet, i ord.' }),
    url: Url.optional(),
    note: Note.optional(),
    visibility: Visibility.optional(),
  })
  .meta({
    title: 'Link',
    description: 'A document or page the office points to: a strategy, a plan, an overview of consulates.',
    nb: 'Et dokument eller en side kontoret viser til: en strategi, en plan, en oversikt over konsulater.',
  });

export type Link = z.infer<typeof Link>;
