import type { CalendarEntry } from './calendar-entry.js';
import type { City } from './city.js';
import type { Link } from './link.js';
import type { Municipality } from './municipality.js';
import type { Network } from './network.js';
import type { Project } from './project.js';
import type { Source } from './source.js';

/** Every valid record of a data folder, by kind. */
export interface Dataset {
  /** At most one: the municipality the folder belongs to. */
  municipality: Municipality[];
  cities: City[];
  networks: Network[];
  projects: Project[];
  calendar: CalendarEntry[];
  links: Link[];
  sources: Source[];
}

export function emptyDataset(): Dataset {
  return { municipality: [], cities: [], networks: [], projects: [], calendar: [], links: [], sources: [] };
}
