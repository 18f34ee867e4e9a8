import { z } from 'zod';
import { CalendarEntry } from './calendar-entry.js';
import { City } from './city.js';
import { Link } from './link.js';
import { Network } from './network.js';
import { Project } from './project.js';
import { KIND_NAMES, type Kind } from './vocabulary.js';

/** Every record kind a data file may hold, as its top-level key. */
export const KINDS = {
  cities: City,
  networks: Network,
  projects: Project,
  calendar: CalendarEntry,
  links: Link,
} as const satisfies Record<Kind, z.ZodType>;


/** The schema of one data file: any of the kinds, each a list, nothing else. */
export const DataFile = z.strictObject(
  Object.fromEntries(KIND_NAMES.map((k) => [k, z.array(KINDS[k]).optional()])) as {
    [K in Kind]: z.ZodOptional<z.ZodArray<(typeof KINDS)[K]>>;
  },
);

export type { Dataset } from './records.js';
