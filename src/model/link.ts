import { z } from 'zod';
import { Id, Note, Text, Url, Visibility, Year } from './common.js';
import { LINK_TYPES } from './vocabulary.js';

/** A document or page the office points to: a strategy, an overview of consulates. */
export const Link = z.strictObject({
  id: Id,
  title: Text,
  type: z.enum(LINK_TYPES),
  from: Year.optional(),
  to: Year.optional(),
  goal: Text.optional(),
  url: Url.optional(),
  note: Note.optional(),
  visibility: Visibility.optional(),
});

export type Link = z.infer<typeof Link>;
