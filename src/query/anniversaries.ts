import type { Dataset } from '../model/records.js';
import type { NetworkType, Relation } from '../model/vocabulary.js';
import { compareNorwegian } from './norwegian-order.js';

/** A relation turning a round number of years in a year: the age it reaches and when it began. */
export interface Jubilee {
  id: string;
  name: string;
  /** Which kind of record: a city relation or a network (platform, forum, ...). */
  kind: 'city' | 'network';
  /** The city's relation (twin, intent, ...) or the network's type (platform, ...). */
  relation: Relation | NetworkType;
  /** A city's country code; networks have none. */
  country?: string;
  since: number;
  year: number;
  age: number;
}

export interface JubileeQuery {
  /** The first and last year to look at, inclusive. */
  from: number;
  to: number;
  /** Only ages that are a multiple of this many years. */
  every: number;
}

/** No age below this is a jubilee, whatever --every says: a fifth year is not celebrated. */
export const FIRST_JUBILEE = 10;

type Dated = Omit<Jubilee, 'year' | 'age'>;

/** Every relation with a since-year: cities of every relation and networks of every type. */
export function datedRelations(data: Pick<Dataset, 'cities' | 'networks'>): Dated[] {
  const cities: Dated[] = data.cities.flatMap((c) =>
    c.since === undefined ? [] : [{ id: c.id, name: c.name, kind: 'city', relation: c.relation, country: c.country, since: c.since }],
  );
  const networks: Dated[] = data.networks.flatMap((n) =>
    n.since === undefined ? [] : [{ id: n.id, name: n.name, kind: 'network', relation: n.type, since: n.since }],
  );
  return [...cities, ...networks];
}

/**
 * Every dated relation that reaches a multiple of `every` years (from ten years on) in a year of
 * the span, by year, then oldest first, then by name. Projects are work, not relations: out.
 */
export function findJubilees(data: Pick<Dataset, 'cities' | 'networks'>, q: JubileeQuery): Jubilee[] {
  const relations = datedRelations(data);
  const found: Jubilee[] = [];
  for (let year = q.from; year <= q.to; year++) {
    for (const r of relations) {
      const age = year - r.since;
      if (age >= FIRST_JUBILEE && age % q.every === 0) found.push({ ...r, year, age });
    }
  }
  return found.sort((a, b) => a.year - b.year || a.since - b.since || compareNorwegian(a.name, b.name));
}
