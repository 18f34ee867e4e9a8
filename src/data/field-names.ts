import type { z } from 'zod';
import { KINDS } from '../model/dataset.js';
import type { Kind } from '../model/vocabulary.js';

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; out?: z.ZodType; options?: z.ZodType[] };
const defOf = (s: unknown) => (s as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The mapping a field holds, seen through optional, default, preprocessing and lists. */
function shapeOf(schema: unknown): Record<string, z.ZodType> | undefined {
  let def = defOf(schema);
  while (def && def.type !== 'object') {
    const inner = def.innerType ?? def.out ?? def.element;
    if (!inner) return undefined;
    def = defOf(inner);
  }
  return def?.shape;
}

/** The field names allowed at `path` inside a record of `kind` (list indexes left out). */
export function fieldsAt(kind: Kind, path: readonly PropertyKey[]): string[] {
  let shape = shapeOf(KINDS[kind]);
  for (const segment of path) {
    if (typeof segment !== 'string') continue;
    shape = shapeOf(shape?.[segment]);
  }
  return Object.keys(shape ?? {});
}

/** Every field name any record kind knows, at any depth, for "did you mean" hints. */
export const FIELD_NAMES = new Set<string>();
const collect = (schema: unknown): void => {
  const def = defOf(schema);
  if (!def) return;
  if (def.shape) {
    for (const [key, inner] of Object.entries(def.shape)) {
      FIELD_NAMES.add(key);
      collect(inner);
    }
  } else {
    for (const inner of [def.innerType, def.out, def.element, ...(def.options ?? [])]) collect(inner);
  }
};
Object.values(KINDS).forEach(collect);

/** Field names as a Norwegian adviser may write them, and the names the format uses. */
export const NORWEGIAN_FIELDS: Record<string, string> = {
  tittel: 'title',
  navn: 'name',
  sted: 'location',
  land: 'country',
  slutt: 'end',
  dato: 'start',
  arrangør: 'organiser',
  arrangor: 'organiser',
  ansvarlig: 'owners',
  ansvarlige: 'owners',
  eiere: 'owners',
  rolle: 'role',
  byer: 'cities',
  nettverk: 'networks',
  beskrivelse: 'description',
  merknad: 'note',
  notat: 'note',
  lenke: 'url',
  nettside: 'url',
  befolkning: 'population',
  innbyggere: 'population',
  siden: 'since',
  år: 'year',
};
