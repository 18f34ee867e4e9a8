import { z } from 'zod';
import { CountryCode, PartialDate, Id, IdList, Note, Text, Url, Visibility } from './common.js';
import { endNotBeforeStart } from './span.js';

const Milestone = z.strictObject({
  title: Text,
  start: PartialDate,
  end: PartialDate.optional(),
  location: Text.optional(),
  organiser: Text.optional(),
  participants: z.array(Text).optional(),
  /** Who paid for this step, where the source ties funding to it rather than to the whole project. */
  funding: z.array(Text).optional(),
});

export const Project = z
  .strictObject({
    id: Id,
    name: Text,
    original_name: Text.optional(),
    countries: z.array(CountryCode).optional(),
    /** Cities involved, by id. */
    cities: IdList.optional(),
    start: PartialDate.optional(),
    end: PartialDate.optional(),
    lead: Text.optional(),
    partners: z.array(Text).optional(),
    funding: z.array(Text).optional(),
    goal: Text.optional(),
    milestones: z.array(Milestone).optional(),
    follow_up: z.array(Text).optional(),
    facts: z.array(Text).optional(),
    url: Url.optional(),
    note: Note.optional(),
    visibility: Visibility.optional(),
  })
  .superRefine(endNotBeforeStart);

export type Project = z.infer<typeof Project>;
