import { z } from 'zod';
import { Day, DayOrMonth, Id, IdList, LanguageTag, Note, Text, TimeOfDay, Url, Visibility } from './common.js';
import { isMonthOnly } from './dates.js';
import { endNotBeforeStart } from './span.js';
import { ROLES } from './vocabulary.js';

const Owner = z
  .strictObject({
    name: Text.optional().meta({ description: "The person's name.", nb: 'Personens navn.' }),
    role: z.enum(ROLES).optional().meta({
      description: '`adm` (administrative: an officer) or `pol` (political: an elected politician).',
      nb: '`adm` (administrativ: en ansatt) eller `pol` (politisk: en folkevalgt).',
    }),
    title: Text.optional().meta({ description: "The person's office, such as `ordfører`.", nb: 'Personens verv, som `ordfører`.' }),
  })
  .refine((o) => o.name !== undefined || o.role !== undefined || o.title !== undefined, {
    message: 'owner',
  })
  .meta({
    title: 'Owner',
    description: 'Who answers for the entry: a person, a role, or both; any one of name, role and title may stand alone (`{ role: adm }`).',
    nb: 'Hvem som er ansvarlig: en person, en rolle eller begge; hvert av name, role og title kan stå alene (`{ role: adm }`).',
  });

export const CalendarEntry = z
  .strictObject({
    id: Id,
    title: Text.meta({ description: 'What the event is called.', nb: 'Hva hendelsen heter.' }),
    title_lang: LanguageTag.optional().meta({
      description: 'The language of `title` where it is not the folder\'s, such as `en` for "EUniverCities: Students and entrepreneurship".',
      nb: 'Språket i `title` der det ikke er mappens, for eksempel `en` for «EUniverCities: Students and entrepreneurship».',
    }),
    subtitle: Text.optional().meta({ description: 'A line under the title.', nb: 'En linje under tittelen.' }),
    start: DayOrMonth.meta({
      description: 'The first day, `YYYY-MM-DD`, or `YYYY-MM` where only the month is known.',
      nb: 'Første dag, `ÅÅÅÅ-MM-DD`, eller `ÅÅÅÅ-MM` der bare måneden er kjent.',
    }),
    end: Day.optional().meta({
      description: 'The last day, inclusive, `YYYY-MM-DD`, not before start; not with a month-only start.',
      nb: 'Siste dag, medregnet, `ÅÅÅÅ-MM-DD`, ikke før start; ikke når start bare er en måned.',
    }),
    time: TimeOfDay.optional().meta({
      description: 'Local time, quoted: `"10:00"` or `"10:00-12:00"`; over several days the first time is on the first day and the second on the last. Without it the entry is all-day.',
      nb: 'Lokal tid, i anførselstegn: `"10:00"` eller `"10:00-12:00"`; over flere dager gjelder første klokkeslett første dag og andre siste dag. Uten den varer oppføringen hele dagen.',
    }),
    location: Text.optional().meta({ description: 'Where it takes place.', nb: 'Hvor den finner sted.' }),
    organiser: Text.optional().meta({ description: 'Who organises it.', nb: 'Hvem som arrangerer.' }),
    owners: z.array(Owner).optional().meta({
      description: 'Who answers for it; a person with two roles is listed twice.',
      nb: 'Hvem som er ansvarlig; en person med to roller står to ganger.',
    }),
    description: Text.optional().meta({ description: 'What it is about.', nb: 'Hva den handler om.' }),
    cities: IdList.optional().meta({ description: 'Related cities, by id.', nb: 'Byer den gjelder, med id.' }),
    networks: IdList.optional().meta({ description: 'Related networks, by id.', nb: 'Nettverk den gjelder, med id.' }),
    url: Url.optional().meta({ description: "The event's page: an http or https address.", nb: 'Hendelsens nettside: en http- eller https-adresse.' }),
    uid: Text.optional().meta({
      description: 'The UID of the calendar event this entry was imported from (`<UID>#<YYYY-MM-DD>` for one occurrence of a series), so a new import updates it.',
      nb: 'UID-en til kalenderhendelsen oppføringen ble importert fra (`<UID>#<ÅÅÅÅ-MM-DD>` for én forekomst i en serie), så en ny import oppdaterer den.',
    }),
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
  })
  .meta({ title: 'Calendar entry', description: 'An activity: one entry per event.', nb: 'En aktivitet: én oppføring per hendelse.' });

export type CalendarEntry = z.infer<typeof CalendarEntry>;
export type Owner = z.infer<typeof Owner>;
