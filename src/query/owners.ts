import type { Owner } from '../model/calendar-entry.js';
import type { Role } from '../model/vocabulary.js';
import { fold, matchesWords } from './text.js';

interface Owned {
  owners?: Owner[];
}

/** True when a named owner matches NAME on whole words (and has ROLE, when given). */
export function hasOwner(e: Owned, name: string | undefined, role: Role | undefined): boolean {
  return (e.owners ?? []).some(
    (o) =>
      (role === undefined || o.role === role) &&
      (name === undefined || matchesWords(o.name ?? o.title ?? '', name)),
  );
}

/**
 * Who an owner is, for telling whether two entries have the same person: the folded name, or
 * the office ("ordfører") where no name is given; a bare role ("(Adm.)") is nobody in particular.
 */
export function ownerKey(o: Owner): string | undefined {
  const who = o.name ?? o.title;
  return who === undefined ? undefined : fold(who);
}
