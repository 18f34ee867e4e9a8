import { z } from 'zod';
import { CountryCode, PartialDate, Id, IdList, LanguageTag, Note, Text, Url, Visibility } from './common.js';
import { endNotBeforeStart } from './span.js';

const PERIOD = { en: '`YYYY`, `YYYY-MM` or `YYYY-MM-DD`', nb: '`ÅÅÅÅ`, `ÅÅÅÅ-MM` eller `ÅÅÅÅ-MM-DD`' };

const Milestone = z
  .strictObject({
    title: Text.meta({ description: 'What happened.', nb: 'Hva som skjedde.' }),
    start: PartialDate.meta({ description: `When it began: ${PERIOD.en}.`, nb: `Når det begynte: ${PERIOD.nb}.` }),
    end: PartialDate.optional().meta({ description: `The last day, inclusive: ${PERIOD.en}.`, nb: `Siste dag, medregnet: ${PERIOD.nb}.` }),
    location: Text.optional().meta({ description: 'Where it took place.', nb: 'Hvor det fant sted.' }),
    organiser: Text.optional().meta({ description: 'Who organised it.', nb: 'Hvem som arrangerte.' }),
    participants: z.array(Text).optional().meta({ description: 'Who took part.', nb: 'Hvem som deltok.' }),
    funding: z.array(Text).optional().meta({
      description: 'Who paid for this step, where the source ties funding to it rather than to the whole project.',
      nb: 'Hvem som betalte for dette steget, der kilden knytter finansieringen til det og ikke til hele prosjektet.',
    }),
  })
  .meta({ title: 'Milestone', description: 'A step of the project.', nb: 'Et steg i prosjektet.' });

export const Project = z
  .strictObject({
    id: Id,
    name: Text.meta({ description: 'The name it is known by.', nb: 'Navnet det er kjent under.' }),
    name_lang: LanguageTag.optional().meta({
      description: 'The language of `name` where it is not the folder\'s, such as `en`.',
      nb: 'Språket i `name` der det ikke er mappens, for eksempel `en`.',
    }),
    original_name: Text.optional().meta({ description: "The project's formal title.", nb: 'Prosjektets formelle tittel.' }),
    countries: z.array(CountryCode).optional().meta({
      description: 'Countries involved, as ISO 3166-1 alpha-2 codes.',
      nb: 'Land som er med, som landkoder etter ISO 3166-1 alfa-2.',
    }),
    cities: IdList.optional().meta({ description: 'Cities involved, by id.', nb: 'Byer som er med, med id.' }),
    start: PartialDate.optional().meta({ description: `When it began: ${PERIOD.en}.`, nb: `Når det begynte: ${PERIOD.nb}.` }),
    end: PartialDate.optional().meta({
      description: `When it ended, inclusive and not before start: ${PERIOD.en}.`,
      nb: `Når det sluttet, medregnet og ikke før start: ${PERIOD.nb}.`,
    }),
    lead: Text.optional().meta({ description: 'Who leads it.', nb: 'Hvem som leder det.' }),
    partners: z.array(Text).optional().meta({ description: 'Its partners.', nb: 'Partnerne.' }),
    funding: z.array(Text).optional().meta({ description: 'Who pays for it.', nb: 'Hvem som betaler.' }),
    goal: Text.optional().meta({ description: 'Its goal, in words.', nb: 'Målet, i ord.' }),
    milestones: z.array(Milestone).optional().meta({ description: 'Its steps, in order.', nb: 'Stegene, i rekkefølge.' }),
    follow_up: z.array(Text).optional().meta({ description: 'What came after it.', nb: 'Hva som fulgte etter.' }),
    facts: z.array(Text).optional().meta({ description: 'Other facts, as short texts.', nb: 'Andre fakta, som korte tekster.' }),
    url: Url.optional(),
    note: Note.optional(),
    visibility: Visibility.optional(),
  })
  .superRefine(endNotBeforeStart)
  .meta({ title: 'Project', description: 'A cooperation project.', nb: 'Et samarbeidsprosjekt.' });

export type Project = z.infer<typeof Project>;
