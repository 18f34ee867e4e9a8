import { fold } from '../query/text.js';

/** A slug for an id: `Besøk fra Odense` -> `besok-fra-odense`. */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** An id made from the words given (`2026`, `Besøk fra Odense`), not yet taken: `-2`, `-3` after a taken one. */
export function newId(parts: string[], taken: Set<string>): string {
  const base = slug(parts.join(' ')) || 'record';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
