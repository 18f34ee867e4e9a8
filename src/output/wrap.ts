/**
 * How many columns a text takes at a terminal: one per code point. The data holds no wide
 * (CJK) or combining characters; ANSI colour is added after measuring.
 */
export function textWidth(text: string): number {
  return [...text].length;
}

// Spaces, tabs and line breaks; not the no-break space inside `151 879`.
const SPACE = /[ \t\r\n]+/;

/** The longest word of a text: the narrowest a column holding it gets without cutting a word. */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(SPACE).map(textWidth));
}

/**
 * A text broken into lines of at most `width` columns at spaces; a word longer than a line is
 * cut into pieces, so that nothing is ever lost or spills into the next column.
 */
export function wrapText(text: string, width: number): string[] {
  return pack(text.split(SPACE).filter(Boolean).flatMap((w) => pieces(w, width)), width);
}

/**
 * The names of a list such as `Gerhard Dalen (pol., adm.), Helén Eliassen (adm.)` (a comma inside
 * brackets does not part names), as many to a line as fit; a name longer than a line wraps by word.
 */
export function wrapNames(text: string, width: number): string[] {
  return pack(namesOf(text).flatMap((name) => (textWidth(name) > width ? wrapText(name, width) : [name])), width);
}

/** How many more lines than one the names of a list take at a width, all told. */
export function nameBreaks(text: string, width: number): number {
  return namesOf(text).reduce((n, name) => n + wrapText(name, width).length - 1, 0);
}

/** The names of a list, each but the last with its comma. */
function namesOf(text: string): string[] {
  return text.split(/(?<=,) (?![^()]*\))/).filter((n) => n !== '');
}

/** Pieces of text joined by spaces into lines of at most `width`, a piece never split. */
function pack(parts: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (line !== '' && textWidth(line) + 1 + textWidth(part) > width) {
      lines.push(line);
      line = part;
    } else {
      line = line === '' ? part : `${line} ${part}`;
    }
  }
  return [...lines, line];
}

function pieces(word: string, width: number): string[] {
  const chars = [...word];
  if (chars.length <= width || width < 1) return [word];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

/** A table cell's lines: a list of names kept whole where they fit, other text by word. */
export function wrapCell(text: string, width: number, names = false): string[] {
  return names ? wrapNames(text, width) : wrapText(text, width);
}
