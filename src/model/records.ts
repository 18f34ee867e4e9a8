import type { CalendarEntry } from './calendar-entry.js';
import type { City } from './city.js';
import type { Link } from './link.js';
import type { Merge } from './merge.js';
import type { Municipality } from './municipality.js';
import type { Network } from './network.js';
import type { Place } from './place.js';
import type { Project } from './project.js';
import type { Source } from './source.js';

/** Every valid record of a data folder, by kind. */
export interface Dataset {
  /** The municipality the folder belongs to; in a merged folder, each one it holds. */
  municipality: Municipality[];
  cities: City[];
  networks: Network[];
  projects: Project[];
  calendar: CalendarEntry[];
  links: Link[];
  sources: Source[];
  /** A merged folder's one record (see `intl merge`); none in a municipality's own folder. */
  merge: Merge[];
  /** In a merged folder, the records that are one place. */
  places: Place[];
}

export function emptyDataset(): Dataset {
  return { municipality: [], cities: [], networks: [], projects: [], calendar: [], links: [], sources: [], merge: [], places: [] };
}
