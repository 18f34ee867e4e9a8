// Letters NFD does not take apart: Nordic and other Latin letters a user types without accents.
const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' };

// Below U+0370 the only marks are the combining accents U+0300-U+036F, and the only letters and
// digits of ASCII are A-Z, a-z and 0-9: text within those ranges is matched without Unicode's
// property tables (\p{...}), whose first use costs half a millisecond of a run.
const BEYOND_ACCENTS = /[^\u0000-\u036f]/;
const BEYOND_ASCII = /[^\u0000-\u007f]/;

/** A text in NFD without its marks: `Ko\u0301pavogur` as `Kopavogur`. */
export function withoutMarks(nfd: string): string {
  return nfd.replace(BEYOND_ACCENTS.test(nfd) ? /\p{M}/gu : /[\u0300-\u036f]/g, '');
}

/** Lower case without accents, so `Kopavogur` matches `Kópavogur` and `Helen` matches `Helén`. */
export function fold(text: string): string {
  return withoutMarks(text.toLowerCase().normalize('NFD')).replace(/[øæœðþßłđı]/g, (c) => LETTERS[c] ?? c);
}

/** The words of a text, folded: letters and digits, split on everything else. */
export function words(text: string): string[] {
  const folded = fold(text);
  return folded.split(BEYOND_ASCII.test(folded) ? /[^\p{L}\p{N}]+/u : /[^A-Za-z0-9]+/).filter(Boolean);
}

/** True when `query` occurs in any of the texts, ignoring case and accents. */
export function containsText(texts: Iterable<string | undefined>, query: string): boolean {
  const needle = fold(query.trim());
  for (const text of texts) if (text !== undefined && fold(text).includes(needle)) return true;
  return false;
}

/** True when every word of `query` is a whole word of `name`: `dalen` finds `Gerhard Dalen`, `dal` does not. */
export function matchesWords(name: string, query: string): boolean {
  const have = new Set(words(name));
  const want = words(query);
  return want.length > 0 && want.every((w) => have.has(w));
}
