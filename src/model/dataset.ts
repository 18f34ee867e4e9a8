import { z } from 'zod';
import { CalendarEntry } from './calendar-entry.js';
import { City } from './city.js';
import { Link } from './link.js';
import { Merge } from './merge.js';
import { Municipality } from './municipality.js';
import { Network } from './network.js';
import { Place } from './place.js';
import { Project } from './project.js';
import { Source } from './source.js';
import type { Kind } from './vocabulary.js';

/** Every record kind a data file may hold, as its top-level key. */
export const KINDS = {
  municipality: Municipality,
  cities: City,
  networks: Network,
  projects: Project,
  calendar: CalendarEntry,
  links: Link,
  sources: Source,
  merge: Merge,
  places: Place,
} as const satisfies Record<Kind, z.ZodType>;

export type { Dataset } from './records.js';
