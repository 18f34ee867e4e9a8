import { z } from 'zod';
import { CountryCode, Id, Note, Text, Url, Visibility, Year } from './common.js';
import { Coordinates } from './coordinates.js';
import { RELATIONS } from './vocabulary.js';

const Population = z
  .strictObject({
    count: z.int().positive('positive').meta({ description: 'Number of inhabitants.', nb: 'Antall innbyggere.' }),
    year: Year.meta({ description: 'The year of the count.', nb: 'Året tallet gjelder.' }),
  })
  .meta({ title: 'Population', description: 'The population and the year it was counted.', nb: 'Folketallet og året det ble talt.' });

const University = z
  .strictObject({
    name: Text.meta({ description: "The university's name.", nb: 'Universitetets navn.' }),
    founded: Year.optional().meta({ description: 'The year it was founded.', nb: 'Året det ble grunnlagt.' }),
  })
  .meta({ title: 'University', description: 'A university in the city.', nb: 'Et universitet i byen.' });

export const City = z
  .strictObject({
    id: Id,
    name: Text.meta({ description: 'The name in its own language (`Kópavogur`).', nb: 'Navnet på sitt eget språk (`Kópavogur`).' }),
    names: z.array(Text).optional().meta({
      description: 'Other spellings and names in other languages, all found by --search.',
      nb: 'Andre skrivemåter og navn på andre språk; --search finner dem alle.',
    }),
    country: CountryCode.meta({
      description: 'ISO 3166-1 alpha-2 code in capitals (`DE`, `GB`, `FO`).',
      nb: 'Landkode etter ISO 3166-1 alfa-2 med store bokstaver (`DE`, `GB`, `FO`).',
    }),
    territory: Text.optional().meta({
      description: 'Where the country is disputed or has changed (`Transnistria`); shown next to the country.',
      nb: 'Der landet er omstridt eller har endret seg (`Transnistria`); vises ved landet.',
    }),
    region: Text.optional().meta({ description: 'State, province or area.', nb: 'Delstat, provins eller område.' }),
    relation: z.enum(RELATIONS).meta({
      description: '`twin`, `intent` (letter of intent), `solidarity`, or `partner` (met through a network or project).',
      nb: '`twin` (vennskapsby), `intent` (intensjonsavtale), `solidarity` (solidaritet) eller `partner` (møtt gjennom et nettverk eller prosjekt).',
    }),
    since: Year.optional().meta({
      description: 'The year the relation began, a whole number; required for `twin` and `intent`.',
      nb: 'Året relasjonen begynte, et heltall; påkrevd for `twin` og `intent`.',
    }),
    run_by: Text.optional().meta({
      description: 'Who carries the relation when it is not the municipality itself.',
      nb: 'Hvem som bærer relasjonen når det ikke er kommunen selv.',
    }),
    population: Population.optional(),
    area_km2: z.number().positive('positive').optional().meta({ description: 'Area in square kilometres.', nb: 'Areal i kvadratkilometer.' }),
    coordinates: Coordinates.optional(),
    geonames: z.int().positive('positive').optional().meta({
      description: 'The GeoNames id the coordinates come from (`3133880`), so anyone can check them.',
      nb: 'GeoNames-id-en koordinatene kommer fra (`3133880`), så alle kan sjekke dem.',
    }),
    location: Text.optional().meta({ description: 'Where the city lies, in words.', nb: 'Hvor byen ligger, i ord.' }),
    founded: z.union([Year, Text]).optional().meta({
      description: 'The year it was founded, or text such as `omkring 1550`.',
      nb: 'Året byen ble grunnlagt, eller tekst som `omkring 1550`.',
    }),
    universities: z.array(University).optional().meta({ description: 'Universities in the city.', nb: 'Universiteter i byen.' }),
    industries: z.array(Text).optional().meta({ description: 'Main industries, as short texts.', nb: 'Viktige næringer, som korte tekster.' }),
    landmarks: z.array(Text).optional().meta({ description: 'Sights and landmarks, as short texts.', nb: 'Severdigheter og landemerker, som korte tekster.' }),
    facts: z.array(Text).optional().meta({ description: 'Other facts, as short texts.', nb: 'Andre fakta, som korte tekster.' }),
    url: Url.optional(),
    note: Note.optional(),
    visibility: Visibility.optional(),
  })
  .superRefine((city, ctx) => {
    if (city.since === undefined && (city.relation === 'twin' || city.relation === 'intent')) {
      ctx.addIssue({
        code: 'custom',
        path: ['since'],
        message: 'needsSince',
        params: { key: 'needsSince', values: [city.relation] },
      });
    }
  })
  .meta({
    title: 'City',
    description: 'A twin city or another city relation.',
    nb: 'En vennskapsby eller en annen byrelasjon.',
  });

export type City = z.infer<typeof City>;
