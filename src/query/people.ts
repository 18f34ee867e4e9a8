import type { CalendarEntry } from '../model/calendar-entry.js';
import { ownerKey } from './owners.js';

/** Someone who owns entries, by the name (or office) most often written for them. */
export interface Person {
  name: string;
  entries: CalendarEntry[];
}

/**
 * Each person among the entries' owners once, with their entries: names matched ignoring case
 * and accents ("Gerhard dalen" is Gerhard Dalen), an office such as "ordfører" as a person, a
 * bare role as nobody in particular.
 */
export function byPerson(entries: CalendarEntry[]): Person[] {
  const people = new Map<string, { spellings: Map<string, number>; entries: CalendarEntry[] }>();
  for (const e of entries) {
    for (const o of e.owners ?? []) {
      const key = ownerKey(o);
      if (key === undefined) continue;
      const person = people.get(key) ?? { spellings: new Map<string, number>(), entries: [] as CalendarEntry[] };
      people.set(key, person);
      const spelling = (o.name ?? o.title)!;
      person.spellings.set(spelling, (person.spellings.get(spelling) ?? 0) + 1);
      if (person.entries.at(-1) !== e) person.entries.push(e);
    }
  }
  return [...people.values()].map((p) => ({ name: mostCommon(p.spellings), entries: p.entries }));
}

/** The spelling written most often; the first of those on a tie. */
function mostCommon(counts: Map<string, number>): string {
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
