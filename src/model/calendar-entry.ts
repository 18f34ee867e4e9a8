import { z } from 'zod';
import { Day, DayOrMonth, Id, IdList, Note, Text, TimeOfDay, Url, Visibility } from './common.js';
import { isMonthOnly } from './dates.js';
import { endNotBeforeStart } from './span.js';
import { ROLES } from './vocabulary.js';

/** Who answers for an entry: a person, a role, or both ("(Adm.)" names a role and no person). */
const Owner = z
  .strictObject({
    name: Text.optional(),
    role: z.enum(ROLES).optional(),
    /** The person's office, such as "ordfører" or "varaordfører". */
    title: Text.optional(),
  })
  .refine((o) => o.name !== undefined || o.role !== undefined || o.title !== undefined, {
    message: 'owner',
  });

export const CalendarEntry = z
  .strictObject({
    id: Id,
    title: Text,
    subtitle: Text.optional(),
    start: DayOrMonth,
    /** Inclusive last day; only for entries whose start is a full date. */
    end: Day.optional(),
    /** `10:00` or `10:00-12:00`, local time; without it the entry is all-day. */
    time: TimeOfDay.optional(),
    location: Text.optional(),
    organiser: Text.optional(),
    owners: z.array(Owner).optional(),
    description: Text.optional(),
    cities: IdList.optional(),
    networks: IdList.optional(),
    url: Url.optional(),
    note: Note.optional(),
    visibility: Visibility.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.end !== undefined && isMonthOnly(entry.start)) {
      const params = { key: 'monthOnlyEnd', values: [entry.start] };
      ctx.addIssue({ code: 'custom', path: ['end'], input: entry.end, message: params.key, params });
    }
    if (entry.time !== undefined && isMonthOnly(entry.start)) {
      const params = { key: 'timeNeedsDay', values: [entry.start] };
      ctx.addIssue({ code: 'custom', path: ['time'], input: entry.time, message: params.key, params });
    }
    const [from, to] = entry.time?.split('-') ?? [];
    if (to !== undefined && to <= from! && (entry.end ?? entry.start) === entry.start) {
      const params = { key: 'timeEndsBeforeStart', values: [from!] };
      ctx.addIssue({ code: 'custom', path: ['time'], input: entry.time, message: params.key, params });
    }
    endNotBeforeStart(entry, ctx);
  });

export type CalendarEntry = z.infer<typeof CalendarEntry>;
export type Owner = z.infer<typeof Owner>;
