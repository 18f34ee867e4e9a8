import { fold, matchesWords } from './text.js';

interface Named {
  id: string;
  name: string;
  names?: string[];
}

/** Every name of each record, by id: for searching entries by the partners they link to. */
export function namesById(records: Named[]): Map<string, string[]> {
  return new Map(records.map((r) => [r.id, [r.name, ...(r.names ?? [])]]));
}

/**
 * The ids a `--city` or `--network` value means: the record with that id, else those whose
 * name or other name holds every word of it, ignoring case and accents (`odense`,
 * `nordisk plattform`, `Tammerfors`).
 */
export function findPartners(records: Named[], query: string): string[] {
  const byId = records.find((r) => r.id === fold(query.trim()));
  if (byId) return [byId.id];
  return records.filter((r) => [r.name, ...(r.names ?? [])].some((n) => matchesWords(n, query))).map((r) => r.id);
}
