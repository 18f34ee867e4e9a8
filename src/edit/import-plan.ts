import { isDeepStrictEqual } from 'node:util';
import { en } from '../i18n/en.js';
import { nb } from '../i18n/nb.js';
import type { Owner } from '../model/calendar-entry.js';
import { ROLES, type Role } from '../model/vocabulary.js';
import { fileFor, siblingModeline, type Folder } from './data-folder.js';
import type { IcsEvent, IcsRead } from './ics-events.js';
import { newId } from './ids.js';
import { appendItem, removeField, setField } from './splice.js';

/** The new texts of the files an import changes, and how many entries it added, updated or left. */
export interface ImportPlan {
  changes: Map<string, string>;
  added: number;
  updated: number;
  unchanged: number;
}

/** The fields an import writes and, on a new import of the same event, compares and updates. */
const FIELDS = ['title', 'start', 'end', 'time', 'location', 'owners', 'description', 'url', 'uid'] as const;
/** Fields an updated event may no longer have: an event now on one day, or now all-day. */
const SPAN_FIELDS = ['end', 'time'] as const;

/**
 * Turns events into calendar entries: an event whose uid (or, from a file intl wrote, whose
 * `<id>@<domain>` UID) matches an entry updates its changed fields; any other is added to the
 * file of its year. `owners` (from --owner) go on every entry; without them, the owners line
 * intl writes into a description ("Owners:" / "Ansvarlig:") gives them back.
 */
export function planImport(folder: Folder, read: IcsRead, owners: Owner[] | undefined, domain: string | undefined): ImportPlan {
  const plan: ImportPlan = { changes: new Map(), added: 0, updated: 0, unchanged: 0 };
  const text = (file: string) => plan.changes.get(file) ?? folder.texts.get(file) ?? siblingModeline(folder, file);
  const entries = folder.records.filter((r) => r.kind === 'calendar');
  const taken = new Set(folder.records.map((r) => String(r.record.id)));
  for (const event of read.events) {
    const ownId = intlId(event.uid, read.fromIntl, domain);
    const fields = entryFields(event, owners, ownId === undefined);
    const found = entries.find((r) => (ownId !== undefined ? r.record.id === ownId : r.record.uid === event.uid));
    if (found) {
      const changed = FIELDS.filter((f) => fields[f] !== undefined && !isDeepStrictEqual(fields[f], found.record[f]));
      const gone = SPAN_FIELDS.filter((f) => fields[f] === undefined && found.record[f] !== undefined);
      if (changed.length + gone.length === 0) plan.unchanged++;
      else plan.updated++;
      for (const f of changed) plan.changes.set(found.file, setField(text(found.file), 'calendar', found.index, [f], fields[f]));
      for (const f of gone) plan.changes.set(found.file, removeField(text(found.file), 'calendar', found.index, f));
      continue;
    }
    const id = ownId && !taken.has(ownId) ? ownId : newId([event.start.slice(0, 4), event.title], taken);
    taken.add(id);
    const file = fileFor(folder, 'calendar', event.start.slice(0, 4));
    plan.changes.set(file, appendItem(text(file), 'calendar', { id, ...fields }));
    plan.added++;
  }
  return plan;
}

/** The entry id in a UID intl wrote, `<id>@<domain>`: any domain in a file from intl, else this folder's. */
function intlId(uid: string, fromIntl: boolean, domain: string | undefined): string | undefined {
  const at = uid.lastIndexOf('@');
  if (at < 1 || uid.includes('#')) return undefined;
  return fromIntl || uid.slice(at + 1) === domain ? uid.slice(0, at) : undefined;
}

function entryFields(e: IcsEvent, owners: Owner[] | undefined, keepUid: boolean): Record<(typeof FIELDS)[number], unknown> {
  const lines = (e.description ?? '').split('\n');
  const ownersLine = lines.findIndex((l) => OWNERS_LINE.test(l));
  const fromText = ownersLine === -1 ? undefined : parseOwners(lines[ownersLine]!.replace(OWNERS_LINE, ''));
  const description = lines.filter((_, i) => i !== ownersLine).join('\n').trim() || undefined;
  return {
    title: e.title, start: e.start, end: e.end, time: e.time, location: e.location,
    owners: owners ?? fromText, description, url: e.url, uid: keepUid ? e.uid : undefined,
  };
}

/** The owners line the .ics writer puts in a description, in either language. */
const OWNERS_LINE = new RegExp(`^(?:${en.words.owners}|${nb.words.owners}): `);
const ROLE_WORD = new Map<string, Role>(ROLES.flatMap((r) => [[en.words.role[r], r], [nb.words.role[r], r]]));

/** "Gerhard Dalen (pol., adm.), adm." as the .ics writer wrote it -> owners again. */
export function parseOwners(text: string): Owner[] {
  const owners: Owner[] = [];
  for (const [, who, roles] of text.matchAll(/\s*([^,(]+?)\s*(?:\(([^)]*)\))?\s*(?:,|$)/g)) {
    if (!who) continue;
    const role = ROLE_WORD.get(who);
    if (role) owners.push({ role });
    else if (!roles) owners.push({ name: who });
    else for (const r of roles.split(',')) owners.push({ name: who, role: ROLE_WORD.get(r.trim()) });
  }
  return owners;
}
