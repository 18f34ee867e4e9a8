// Characters that pass for the plain ones the data format needs, or hide between them: pasted from
// Word, a web page or a PDF, they make a date, an id or a field name fail for no visible reason.

import { t } from '../i18n/index.js';

export type Plain = 'space' | 'hyphen' | 'invisible' | 'quote' | 'apostrophe' | 'colon';

const TABLE: Record<string, [name: string, plain: Plain]> = {
  '\u00a0': ['NO-BREAK SPACE', 'space'],
  '\u2007': ['FIGURE SPACE', 'space'],
  '\u2009': ['THIN SPACE', 'space'],
  '\u202f': ['NARROW NO-BREAK SPACE', 'space'],
  '\u3000': ['IDEOGRAPHIC SPACE', 'space'],
  '\u200b': ['ZERO WIDTH SPACE', 'invisible'],
  '\u200c': ['ZERO WIDTH NON-JOINER', 'invisible'],
  '\u200d': ['ZERO WIDTH JOINER', 'invisible'],
  '\u2060': ['WORD JOINER', 'invisible'],
  '\ufeff': ['ZERO WIDTH NO-BREAK SPACE', 'invisible'],
  '\u00ad': ['SOFT HYPHEN', 'invisible'],
  '\u2010': ['HYPHEN', 'hyphen'],
  '\u2011': ['NON-BREAKING HYPHEN', 'hyphen'],
  '\u2012': ['FIGURE DASH', 'hyphen'],
  '\u2013': ['EN DASH', 'hyphen'],
  '\u2014': ['EM DASH', 'hyphen'],
  '\u2212': ['MINUS SIGN', 'hyphen'],
  '\u2018': ['LEFT SINGLE QUOTATION MARK', 'apostrophe'],
  '\u2019': ['RIGHT SINGLE QUOTATION MARK', 'apostrophe'],
  '\u201c': ['LEFT DOUBLE QUOTATION MARK', 'quote'],
  '\u201d': ['RIGHT DOUBLE QUOTATION MARK', 'quote'],
  '\uff1a': ['FULLWIDTH COLON', 'colon'],
};

export interface Lookalike {
  /** `U+2011 NON-BREAKING HYPHEN`, with plain words for it where the language has them. */
  name: string;
  plain: Plain;
  /** 0-based index in the text searched. */
  at: number;
}

/** The first look-alike character in `text`, if any. */
export function findLookalike(text: string): Lookalike | undefined {
  for (let i = 0; i < text.length; i++) {
    const entry = TABLE[text[i]!];
    if (!entry) continue;
    const words = t().validate.charNames[entry[0]];
    const name = `U+${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')} ${entry[0]}${words ? ` (${words})` : ''}`;
    return { name, plain: entry[1], at: i };
  }
  return undefined;
}

/** The text with every look-alike character made plain (invisible ones removed). */
export function plainText(text: string): string {
  const plain: Record<Plain, string> = { space: ' ', hyphen: '-', invisible: '', quote: '"', apostrophe: "'", colon: ':' };
  return [...text].map((c) => (TABLE[c] ? plain[TABLE[c]![1]] : c)).join('');
}

export function isSpaceLike(c: string | undefined): boolean {
  return c !== undefined && TABLE[c]?.[1] === 'space';
}
