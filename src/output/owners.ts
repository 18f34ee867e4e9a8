import type { Owner } from '../model/calendar-entry.js';
import { t } from '../i18n/index.js';
import type { Role } from '../model/vocabulary.js';


interface Person {
  /** The name, lower-cased, that tells one person from another; none for an office or a role. */
  key?: string;
  who: string;
  roles: Role[];
}

/**
 * Owners as people read them: each person once with all their roles, "Gerhard Dalen (pol.,
 * adm.)"; an office without a name as the office, "ordfører"; a bare role as the role, "adm.".
 */
export function ownersForPeople(owners: Owner[] | undefined): string {
  const ROLE_SHORT = t().words.role;
  const people: Person[] = [];
  for (const o of owners ?? []) {
    if (o.name === undefined) {
      people.push({ who: o.title ?? (o.role ? ROLE_SHORT[o.role] : ''), roles: [] });
      continue;
    }
    const key = o.name.normalize('NFC').toLowerCase();
    const known = people.find((p) => p.key === key);
    const person = known ?? { key, who: [o.title, o.name].filter(Boolean).join(' '), roles: [] };
    if (!known) people.push(person);
    if (o.role && !person.roles.includes(o.role)) person.roles.push(o.role);
  }
  return people.map((p) => (p.roles.length > 0 ? `${p.who} (${p.roles.map((r) => ROLE_SHORT[r]).join(', ')})` : p.who)).join(', ');
}
