import { z } from 'zod';
import { Day, Id, Note, Text, Url, Visibility } from './common.js';
import { KIND_NAMES } from './vocabulary.js';

/** A page or document the data was taken from, with the date it was last updated. */
export const Source = z.strictObject({
  id: Id,
  title: Text,
  publisher: Text.optional(),
  /** The date the source itself says it was last updated. */
  updated: Day.optional(),
  /** The record kinds taken from it. */
  covers: z.array(z.enum(KIND_NAMES)).optional(),
  /** What the source says about the whole, outside any one record. */
  facts: z.array(Text).optional(),
  url: Url.optional(),
  note: Note.optional(),
  visibility: Visibility.optional(),
});

export type Source = z.infer<typeof Source>;
