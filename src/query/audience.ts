import type { Dataset } from '../model/records.js';

export interface Audience {
  /** Leave out records marked `visibility: internal` (--public, and anything published). */
  publicOnly?: boolean;
  /** Keep the maintainers' notes: tables and validate show them; exports only with --notes. */
  notes?: boolean;
}

/** The records a given audience may see, each without its note unless notes are wanted. */
export function forAudience(data: Dataset, audience: Audience): Dataset {
  const pick = <T extends { visibility?: string; note?: string }>(records: T[]): T[] =>
    records
      .filter((r) => !audience.publicOnly || r.visibility !== 'internal')
      .map((r) => (audience.notes || r.note === undefined ? r : withoutNote(r)));
  const cities = pick(data.cities);
  const shown = new Set(cities.map((c) => c.id));
  return {
    municipality: data.municipality,
    cities,
    networks: pick(data.networks),
    projects: pick(data.projects),
    calendar: pick(data.calendar),
    links: pick(data.links),
    sources: pick(data.sources),
    merge: data.merge,
    // A place names only the cities this audience sees.
    places: data.places.map((p) => ({ ...p, cities: p.cities.filter((id) => shown.has(id)) })),
  };
}

function withoutNote<T extends { note?: string }>(record: T): T {
  const { note: _note, ...rest } = record;
  return rest as T;
}
