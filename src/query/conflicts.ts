import type { CalendarEntry } from '../model/calendar-entry.js';
import { isMonthOnly } from '../model/dates.js';
import { ownerKey } from './owners.js';
import { compareNorwegian } from './norwegian-order.js';
import { byDate, compareText, firstDay, lastDay, moments } from './span.js';
import { matchesWords } from './text.js';

export interface Conflict {
  /** The owner as written in the first entry. */
  owner: string;
  first: CalendarEntry;
  second: CalendarEntry;
  /** The shared days, inclusive. */
  from: string;
  to: string;
}

/**
 * Pairs of entries whose days overlap for the same person, by the first shared day and owner. Entries known only to the month are
 * left out: their days are unknown, so they cannot be said to clash.
 */
export function findConflicts(entries: CalendarEntry[], owner?: string): Conflict[] {
  const dated = entries.filter((e) => !isMonthOnly(e.start)).sort(byDate);
  const out: Conflict[] = [];
  for (const [i, a] of dated.entries()) {
    for (const b of dated.slice(i + 1)) {
      if (firstDay(b) > lastDay(a)) break;
      if (!meet(a, b)) continue;
      for (const name of sharedOwners(a, b)) {
        if (owner !== undefined && !matchesWords(name, owner)) continue;
        const to = lastDay(a) < lastDay(b) ? lastDay(a) : lastDay(b);
        out.push({ owner: name, first: a, second: b, from: firstDay(b), to });
      }
    }
  }
  return out.sort((x, y) => compareText(x.from, y.from) || compareNorwegian(x.owner, y.owner));
}

/** Two meetings on one day at different hours do not clash; 09-10 and 10-11 only touch. */
function meet(a: CalendarEntry, b: CalendarEntry): boolean {
  const [aStart, aEnd] = moments(a);
  const [bStart, bEnd] = moments(b);
  return aStart < bEnd && bStart < aEnd;
}

function sharedOwners(a: CalendarEntry, b: CalendarEntry): string[] {
  const inB = new Set((b.owners ?? []).map(ownerKey).filter(Boolean));
  const names = new Map<string, string>();
  for (const o of a.owners ?? []) {
    const key = ownerKey(o);
    if (key !== undefined && inB.has(key) && !names.has(key)) names.set(key, (o.name ?? o.title)!);
  }
  return [...names.values()];
}
