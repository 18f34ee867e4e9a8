import { z } from 'zod';
import { PartialDate, Id, IdList, LanguageTag, Note, Text, Url, Visibility, Year } from './common.js';
import { NETWORK_TYPES } from './vocabulary.js';

const SubProject = z
  .strictObject({
    name: Text.meta({ description: "The project's name.", nb: 'Prosjektets navn.' }),
    start: PartialDate.optional().meta({ description: 'When it began: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.', nb: 'Når det begynte: `ÅÅÅÅ`, `ÅÅÅÅ-MM` eller `ÅÅÅÅ-MM-DD`.' }),
    years: z.number().positive('positive').optional().meta({ description: 'How many years it runs.', nb: 'Hvor mange år det varer.' }),
  })
  .meta({ title: 'Network project', description: 'A project run within the network.', nb: 'Et prosjekt som drives i nettverket.' });

export const Network = z
  .strictObject({
    id: Id,
    name: Text.meta({ description: 'The name it is known by.', nb: 'Navnet det er kjent under.' }),
    full_name: Text.optional().meta({ description: 'The long name.', nb: 'Det fulle navnet.' }),
    names: z.array(Text).optional().meta({ description: 'Other names and abbreviations.', nb: 'Andre navn og forkortelser.' }),
    name_lang: LanguageTag.optional().meta({
      description: 'The language of `name` and `full_name` where it is not the folder\'s, such as `en` for "Nordic City Network".',
      nb: 'Språket i `name` og `full_name` der det ikke er mappens, for eksempel `en` for «Nordic City Network».',
    }),
    type: z.enum(NETWORK_TYPES).default('network').meta({
      description: '`network` (the default), `forum`, `platform`, `office` or `programme`.',
      nb: '`network` (nettverk, standard), `forum`, `platform` (plattform), `office` (kontor) eller `programme` (program).',
    }),
    cities: IdList.optional().meta({ description: 'Member or partner cities, by id.', nb: 'Medlems- eller partnerbyer, med id.' }),
    since: Year.optional().meta({ description: 'The year the municipality joined.', nb: 'Året kommunen ble med.' }),
    renewed: PartialDate.optional().meta({
      description: 'When the membership or agreement was last renewed: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.',
      nb: 'Når medlemskapet eller avtalen sist ble fornyet: `ÅÅÅÅ`, `ÅÅÅÅ-MM` eller `ÅÅÅÅ-MM-DD`.',
    }),
    secretariat: Text.optional().meta({ description: 'Who runs its secretariat.', nb: 'Hvem som har sekretariatet.' }),
    role: Text.optional().meta({ description: "The municipality's part in it, such as `medeier`.", nb: 'Kommunens rolle i det, for eksempel `medeier`.' }),
    purpose: Text.optional().meta({ description: 'What it is for.', nb: 'Hva det er til for.' }),
    projects: z.array(SubProject).optional().meta({ description: 'Projects run within the network.', nb: 'Prosjekter som drives i nettverket.' }),
    url: Url.optional(),
    note: Note.optional(),
    visibility: Visibility.optional(),
  })
  .meta({
    title: 'Network',
    description: 'A network, forum, platform, office or programme the municipality takes part in.',
    nb: 'Et nettverk, forum, en plattform, et kontor eller et program kommunen deltar i.',
  });

export type Network = z.infer<typeof Network>;
