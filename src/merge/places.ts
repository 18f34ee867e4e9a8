import type { LoadedRecord } from '../data/loaded-record.js';
import { newId } from '../edit/ids.js';
import type { Place } from '../model/place.js';
import { fold } from '../query/text.js';

/** The records that are one place: cities, and at most one municipality. */
type Group = LoadedRecord[];

const geonamesOf = (r: LoadedRecord) => r.record.geonames as number | undefined;

/** `odense|DK`, for each name a record goes by. */
function nameKeys(r: LoadedRecord): string[] {
  const names = [r.record.name, ...((r.record.names as string[] | undefined) ?? [])] as string[];
  return names.map((n) => `${fold(n)}|${String(r.record.country)}`);
}

/**
 * Groups the cities and municipalities of a merge that are the same place: the same GeoNames id,
 * or, where one of them has none, the same name (or other name, ignoring case and accents) and
 * country. Two records with different GeoNames ids are never one place (Darmstadt and its
 * namesakes); a name that fits more than one such place links to none of them.
 */
export function samePlaces(records: LoadedRecord[]): Group[] {
  const groups: Group[] = [];
  const byGeonames = new Map<number, Group>();
  const byName = new Map<string, Set<Group>>();
  const join = (group: Group, r: LoadedRecord) => {
    group.push(r);
    for (const key of nameKeys(r)) byName.get(key)?.add(group) ?? byName.set(key, new Set([group]));
  };
  for (const r of records.filter((x) => geonamesOf(x) !== undefined)) {
    let group = byGeonames.get(geonamesOf(r)!);
    if (!group) byGeonames.set(geonamesOf(r)!, (group = groups[groups.push([]) - 1]!));
    join(group, r);
  }
  for (const r of records.filter((x) => geonamesOf(x) === undefined)) {
    const found = new Set(nameKeys(r).flatMap((key) => [...(byName.get(key) ?? [])]));
    join(found.size === 1 ? [...found][0]! : groups[groups.push([]) - 1]!, r);
  }
  return groups.filter((g) => g.length > 1);
}

/** A place record for a group: named after its first city, with an id not yet taken. */
export function placeOf(group: Group, taken: Set<string>): Place {
  const cities = group.filter((r) => r.kind === 'cities');
  const municipality = group.find((r) => r.kind === 'municipality');
  const first = cities[0] ?? group[0]!;
  const country = String(first.record.country);
  const id = newId([String(first.record.name), country], taken);
  taken.add(id);
  const geonames = group.map(geonamesOf).find((g) => g !== undefined);
  return {
    id,
    name: String(first.record.name),
    country,
    ...(geonames !== undefined ? { geonames } : {}),
    ...(municipality ? { municipality: municipality.record.id } : {}),
    cities: cities.map((c) => c.record.id),
  };
}
