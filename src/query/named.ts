import { compareNorwegian } from './norwegian-order.js';
import { containsText } from './text.js';

interface Named {
  name: string;
}

/** Records whose texts hold `search` (all without one), by name in Norwegian order. */
export function searchByName<T extends Named>(records: T[], search: string | undefined, texts: (r: T) => (string | undefined)[]): T[] {
  return records
    .filter((r) => search === undefined || containsText(texts(r), search))
    .sort((a, b) => compareNorwegian(a.name, b.name));
}
