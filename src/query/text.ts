// Letters NFD does not take apart: Nordic and other Latin letters a user types without accents.
const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' };

/** Lower case without accents, so `Kopavogur` matches `Kópavogur` and `Helen` matches `Helén`. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœðþßłđı]/g, (c) => LETTERS[c] ?? c);
}

/** The words of a text, folded: letters and digits, split on everything else. */
export function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
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
