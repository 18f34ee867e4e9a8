import { input } from '@inquirer/prompts';
import { resolveDataDir } from '../data/default-data-dir.js';
import { fileFor, readFolder, siblingModeline, type Folder } from '../edit/data-folder.js';
import { newId } from '../edit/ids.js';
import { appendItem } from '../edit/splice.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { ROLES, type Kind, type Role } from '../model/vocabulary.js';
import type { GlobalOptions } from './action-options.js';
import { commitChange } from './edit-commit.js';

/** What `intl add` adds, and the record kind it becomes. */
export const ADDABLE = { city: 'cities', network: 'networks', project: 'projects', entry: 'calendar' } as const satisfies Record<string, Kind>;
export type Addable = keyof typeof ADDABLE;

/** The fields each kind needs before it can be written; asked for at a terminal. */
const REQUIRED: Record<Addable, string[]> = {
  entry: ['title', 'start'],
  city: ['name', 'country', 'relation'],
  network: ['name'],
  project: ['name'],
};

export interface AddOptions extends GlobalOptions {
  id?: string;
  file?: string;
  dryRun?: boolean;
  owner?: string[];
  city?: string[];
  network?: string[];
  country?: string[] | string;
  [field: string]: unknown;
}

export async function addAction(what: Addable, opts: AddOptions): Promise<void> {
  await askMissing(what, opts);
  const folder = readFolder(resolveDataDir(opts.data));
  const kind = ADDABLE[what];
  const record = buildRecord(what, opts, folder);
  const year = typeof record.start === 'string' ? record.start.slice(0, 4) : undefined;
  const file = opts.file ?? fileFor(folder, kind, year);
  const after = appendItem(folder.texts.get(file) ?? siblingModeline(folder, file), kind, record);
  commitChange(folder, { file, after, done: t().edit.added(what, String(record.id), file) }, opts.dryRun);
}

/** The record in the data format's field order, with an id made from its title and date if none is given. */
function buildRecord(what: Addable, o: AddOptions, folder: Folder): Record<string, unknown> {
  const taken = new Set(folder.records.map((r) => r.record.id));
  const list = (v: unknown) => (v === undefined || (Array.isArray(v) && v.length === 0) ? undefined : ([] as string[]).concat(v as string));
  const number = (v: unknown) => (v === undefined ? undefined : Number(v));
  const name = String(o.title ?? o.name);
  const id = o.id ?? newId(what === 'entry' ? [String(o.start).slice(0, 4), name] : [name], taken);
  switch (what) {
    case 'entry':
      return {
        id, title: o.title, subtitle: o.subtitle, start: o.start, end: o.end, time: o.time, location: o.location,
        organiser: o.organiser, owners: list(o.owner)?.map(parseOwner), description: o.description,
        cities: list(o.city), networks: list(o.network), url: o.url, visibility: o.visibility,
      };
    case 'city':
      return { id, name: o.name, country: o.country, relation: o.relation, since: number(o.since), url: o.url, visibility: o.visibility };
    case 'network':
      return { id, name: o.name, type: o.type, cities: list(o.city), since: number(o.since), purpose: o.purpose, url: o.url, visibility: o.visibility };
    case 'project':
      return {
        id, name: o.name, countries: list(o.country), cities: list(o.city), start: o.start, end: o.end, goal: o.goal,
        url: o.url, visibility: o.visibility,
      };
  }
}

/** `Gerhard Dalen:adm` -> a name and a role; a name alone is an owner without a role. */
export function parseOwner(text: string): { name?: string; role?: Role } {
  const at = text.lastIndexOf(':');
  if (at === -1) return { name: text.trim() };
  const role = text.slice(at + 1).trim();
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(t().edit.badRole(text, ROLES.join(', ')));
  const name = text.slice(0, at).trim();
  return name ? { name, role: role as Role } : { role: role as Role };
}

/** At a terminal, asks for what is missing; elsewhere, a missing field is a usage error. */
async function askMissing(what: Addable, opts: AddOptions): Promise<void> {
  const missing = REQUIRED[what].filter((f) => opts[f] === undefined);
  if (missing.length === 0) return;
  if (!process.stdin.isTTY || !process.stderr.isTTY) throw new UsageError(t().edit.missing(what, missing.map((f) => `--${f}`)));
  for (const field of missing) opts[field] = await input({ message: t().edit.ask[field] ?? field, required: true }, { output: process.stderr });
}
