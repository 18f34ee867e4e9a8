import { z } from 'zod';
import { PartialDate, Id, IdList, Note, Text, Url, Visibility, Year } from './common.js';
import { NETWORK_TYPES } from './vocabulary.js';

const SubProject = z.strictObject({
  name: Text,
  start: PartialDate.optional(),
  years: z.number().positive('positive').optional(),
});

export const Network = z.strictObject({
  id: Id,
  name: Text,
  full_name: Text.optional(),
  names: z.array(Text).optional(),
  type: z.enum(NETWORK_TYPES).default('network'),
  /** Member or partner cities, by id. */
  cities: IdList.optional(),
  since: Year.optional(),
  renewed: PartialDate.optional(),
  secretariat: Text.optional(),
  role: Text.optional(),
  purpose: Text.optional(),
  projects: z.array(SubProject).optional(),
  url: Url.optional(),
  note: Note.optional(),
  visibility: Visibility.optional(),
});

export type Network = z.infer<typeof Network>;
