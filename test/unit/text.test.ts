import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsText, fold, matchesWords, words } from '../../src/query/text.js';
import { suggest } from '../../src/suggest.js';
import { compareNorwegian } from '../../src/query/norwegian-order.js';

describe('text matching', () => {
  it('folds case, accents and Nordic letters', () => {
    expect(fold('Kópavogur')).toBe('kopavogur');
    expect(fold('Østersund')).toBe('ostersund');
    expect(fold('Bessastaðir')).toBe('bessastadir');
    expect(fold('Helén')).toBe('helen');
  });

  it('finds text anywhere, ignoring accents', () => {
    expect(containsText(['Norrköping'], 'KÖPING')).toBe(true);
    expect(containsText(['Norrköping'], 'koping')).toBe(true);
    expect(containsText([undefined, 'Graz'], 'oslo')).toBe(false);
  });

  it('matches names on whole words only', () => {
    expect(matchesWords('Gerhard Dalen', 'dalen')).toBe(true);
    expect(matchesWords('Gerhard dalen', 'Gerhard Dalen')).toBe(true);
    expect(matchesWords('Helén Eliassen', 'Helen Eliassen')).toBe(true);
    expect(matchesWords('Gerhard Dalen', 'dal')).toBe(false);
    expect(matchesWords('Gerhard Dalen', 'Amund Dalen')).toBe(false);
    expect(matchesWords('Gerhard Dalen', '  ')).toBe(false);
  });
});

describe('suggest', () => {
  it('offers the closest known word for a typo and nothing for a stranger', () => {
    expect(suggest('sinse', ['since', 'name', 'country'])).toBe('since');
    expect(suggest('citites', ['cities', 'networks'])).toBe('cities');
    expect(suggest('conutry', ['since', 'country'])).toBe('country');
    expect(suggest('banana', ['since', 'country'])).toBeUndefined();
  });
});

describe('Norwegian order', () => {
  it('puts æ, ø, å after z, reads ä and ö as æ and ø, and ignores other accents', () => {
    const names = ['Østersund', 'Zagreb', 'Århus', 'Ærø', 'Écully', 'Odense', 'Örebro', 'Ängelholm', 'Eda'];
    expect([...names].sort(compareNorwegian)).toEqual(['Écully', 'Eda', 'Odense', 'Zagreb', 'Ängelholm', 'Ærø', 'Örebro', 'Østersund', 'Århus']);
  });
});

describe('the ASCII and Latin shortcuts of folding', () => {
  // The definitions the shortcuts stand in for, with Unicode's property tables for every text.
  const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' };
  const foldByProperties = (text: string) =>
    text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[øæœðþßłđı]/g, (c) => LETTERS[c] ?? c);
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', '-', 'é', 'Ö', 'ø', '\u0301', '\u0483', 'Ω', 'д', '×', '٣', '_'), maxLength: 12 }),
  );

  it('fold as with \\p{M} everywhere', () => {
    fc.assert(fc.property(text, (s) => fold(s) === foldByProperties(s)), { seed: 20171125, numRuns: Number(process.env.FC_RUNS ?? 200) });
  });

  it('split words as with \\p{L} and \\p{N} everywhere', () => {
    fc.assert(
      fc.property(text, (s) => JSON.stringify(words(s)) === JSON.stringify(foldByProperties(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean))),
      { seed: 20171125, numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });
});
