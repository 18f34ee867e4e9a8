/**
 * How many columns a text takes at a terminal: one per code point. The data holds no wide
 * (CJK) or combining characters; ANSI colour is added after measuring.
 */
export function textWidth(text: string): number {
  return [...text].length;
}

// Spaces, tabs and line breaks; not the no-break space inside `151 879`.
const SPACE = /[ \t\r\n]+/;

/**
 * The longest word of a text, a hyphenated word counting as its parts (`2017-`, `welcoming-`):
 * the narrowest a column holding it gets without cutting a word where there is no hyphen.
 */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(SPACE).flatMap((word) => word.split(/(?<=-)/)).map(textWidth));
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

/**
 * A word too long for a line, in lines: after a hyphen where there is one, else with a hyphen
 * added where the line ends (`Vennskapsbyutveksl-` / `ing`), so a cut word reads as one.
 */
function pieces(word: string, width: number): string[] {
  const out: string[] = [];
  let rest = [...word];
  while (rest.length > width && width > 0) {
    const hyphen = rest.slice(0, width).lastIndexOf('-');
    if (hyphen > 0 || width < 2) {
      const cut = hyphen > 0 ? hyphen + 1 : width;
      out.push(rest.slice(0, cut).join(''));
      rest = rest.slice(cut);
    } else {
      // Never leave two letters or fewer alone on the next line (`…utveksli-` / `ng`).
      const cut = rest.length - (width - 1) < 3 && rest.length > 5 ? rest.length - 3 : width - 1;
      out.push(`${rest.slice(0, cut).join('')}-`);
      rest = rest.slice(cut);
    }
  }
  return [...out, rest.join('')];
}

/** A table cell's lines: a list of names kept whole where they fit, other text by word. */
export function wrapCell(text: string, width: number, names = false): string[] {
  return names ? wrapNames(text, width) : wrapText(text, width);
}
