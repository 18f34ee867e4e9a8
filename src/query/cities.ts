import { countryName } from '../model/countries.js';
import type { City } from '../model/city.js';
import type { Coordinates } from '../model/coordinates.js';
import { distanceKm } from '../model/distance.js';
import type { CitySort, Relation } from '../model/vocabulary.js';
import { compareNorwegian } from './norwegian-order.js';
import { containsText, fold } from './text.js';

export interface CityQuery {
  relation?: Relation | 'all';
  since?: number;
  until?: number;
  /** An ISO code (`SE`) or a country's name in English or Norwegian (`Sweden`, `Sverige`). */
  country?: string;
  search?: string;
  sort?: CitySort;
}

/** A city with its great-circle distance from its municipality, when both have coordinates. */
export type PlacedCity = City & { distance_km?: number };

export function placeCities(cities: City[], homeOf: (city: City) => Coordinates | undefined): PlacedCity[] {
  return cities.map((c) => {
    const home = homeOf(c);
    return home && c.coordinates ? { ...c, distance_km: distanceKm(home, c.coordinates) } : c;
  });
}

export function queryCities<C extends PlacedCity>(cities: C[], q: CityQuery): C[] {
  const relation = q.relation ?? 'twin';
  const kept = cities.filter(
    (c) =>
      (relation === 'all' || c.relation === relation) &&
      (q.since === undefined || (c.since !== undefined && c.since >= q.since)) &&
      (q.until === undefined || (c.since !== undefined && c.since <= q.until)) &&
      (q.country === undefined || countryMatches(c.country, q.country)) &&
      (q.search === undefined || containsText([c.name, ...(c.names ?? [])], q.search)),
  );
  return sortCities(kept, q.sort ?? 'name');
}

export function countryMatches(code: string, wanted: string): boolean {
  const w = fold(wanted.trim());
  return w === fold(code) || w === fold(countryName(code, 'en')) || w === fold(countryName(code, 'nb'));
}

function sortCities<C extends PlacedCity>(cities: C[], sort: CitySort): C[] {
  const byName = (a: City, b: City) => compareNorwegian(a.name, b.name);
  const compare: Record<CitySort, (a: C, b: C) => number> = {
    name: byName,
    since: (a, b) => (a.since ?? Infinity) - (b.since ?? Infinity) || byName(a, b),
    country: (a, b) => compareNorwegian(countryName(a.country), countryName(b.country)) || byName(a, b),
    population: (a, b) => (b.population?.count ?? -1) - (a.population?.count ?? -1) || byName(a, b),
    distance: (a, b) => (a.distance_km ?? Infinity) - (b.distance_km ?? Infinity) || byName(a, b),
  };
  return [...cities].sort(compare[sort]);
}
