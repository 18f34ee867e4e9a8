import { describe, expect, it } from 'vitest';
import { fitWidths, type ColumnText } from '../../src/output/fit-widths.js';
import { groupDigits } from '../../src/output/numbers.js';
import { outputWidth } from '../../src/output/terminal-width.js';
import { longestWord, textWidth, wrapNames, wrapText } from '../../src/output/wrap.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('groupDigits', () => {
  it('groups as Intl.NumberFormat does in English and Norwegian, without loading it', () => {
    for (const n of [0, 7, 999, 4668, 33205, 151879, 1234567, -1234567, 1234.5]) {
      expect(groupDigits(n, 'en')).toBe(new Intl.NumberFormat('en').format(n));
      expect(groupDigits(n, 'nb')).toBe(new Intl.NumberFormat('nb').format(n));
    }
  });

  it('writes 151879 as 151,879 by default and as 151 879 with a no-break space in Norwegian', () => {
    expect(groupDigits(151879)).toBe('151,879');
    expect(groupDigits(151879, 'nb')).toBe('151\u00a0879');
  });
});

describe('wrapText and wrapNames', () => {
  it('breaks at spaces, cuts only a word longer than the line, with a hyphen, and loses nothing', () => {
    expect(wrapText('Nordic City Network: Den regionale by', 12)).toEqual(['Nordic City', 'Network: Den', 'regionale by']);
    const cut = wrapText('heimevernsdistriktene i', 10);
    expect(cut).toEqual(['heimevern-', 'sdistrikt-', 'ene i']);
    expect(cut.map((l) => l.replace(/-$/, '')).join('')).toBe('heimevernsdistriktene i');
    // No piece of two letters or fewer is left on a line of its own.
    expect(wrapText('Vennskapsbyutveksling mellom', 20)).toEqual(['Vennskapsbyutveksl-', 'ing mellom']);
    expect(wrapText('', 5)).toEqual(['']);
    expect(wrapText('2017-yugoslav-prisoners-memorial', 15)).toEqual(['2017-yugoslav-', 'prisoners-', 'memorial']);
  });

  it('takes the parts of a hyphenated word as its longest words', () => {
    expect(longestWord('2017-yugoslav-prisoners-memorial')).toBe('prisoners-'.length);
  });

  it('never breaks at the no-break space of a Norwegian number', () => {
    expect(wrapText('151\u00a0879 (2014)', 8)).toEqual(['151\u00a0879', '(2014)']);
  });

  it('keeps each name of a list on one line where it fits, commas in brackets included', () => {
    const owners = 'ordfører, Gerhard Dalen (pol., adm.), Helén Eliassen (adm.)';
    expect(wrapNames(owners, 27)).toEqual(['ordfører,', 'Gerhard Dalen (pol., adm.),', 'Helén Eliassen (adm.)']);
    expect(wrapText(owners, 27)).toContain('ordfører, Gerhard Dalen');
    expect(wrapNames('Gerhard Dalen (pol., adm.)', 14)).toEqual(['Gerhard Dalen', '(pol., adm.)']);
  });

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(textWidth('Kópavogur – Østersund')).toBe(21);
  });
});

describe('fitWidths', () => {
  const column = (header: string, cells: string[], more: Partial<ColumnText> = {}): ColumnText => ({ header, cells, ...more });

  it('leaves a table that fits as it is', () => {
    expect(fitWidths([column('name', ['Graz']), column('since', ['1968'])], 80)).toEqual([4, 5]);
  });

  it('fits the room by wrapping long text, not dates or short columns', () => {
    const title = 'Vennskapsbyutveksling mellom heimevernsdistriktene i Norrköping, Odense og Trondheim';
    const widths = fitWidths([column('when', ['15–18 Jun'], { nowrap: true }), column('title', [title]), column('type', ['twin'])], 40);
    expect(sum(widths)).toBe(40);
    expect(widths[0]).toBe(9);
    expect(widths[2]).toBe(4);
  });

  it('never makes a column narrower than its header, even when the table then overflows', () => {
    const widths = fitWidths([column('population', ['1']), column('country', ['Moldova (Transnistria)'])], 10);
    expect(widths).toEqual([10, 7]);
  });

  it('cuts no word while narrowing other columns is enough', () => {
    const widths = fitWidths([column('a', ['kunstindustrimuseum, Trondheim']), column('b', ['short words only here and there'])], 30);
    expect(widths[0]).toBeGreaterThanOrEqual('kunstindustrimuseum,'.length);
    expect(sum(widths)).toBeLessThanOrEqual(30);
  });

  it('lets a cell wrap beside a taller one before making a row taller', () => {
    const title = column('title', ['one two three four five six seven eight nine ten', 'short']);
    const owners = column('owners', ['Gerhard Dalen (adm.)', 'Gerhard Dalen (adm.)'], { names: true });
    const [t, o] = fitWidths([title, owners], 40);
    expect(o).toBeGreaterThanOrEqual(20);
    expect(t! + o!).toBe(40);
  });
});

describe('outputWidth', () => {
  it('takes the terminal width on a terminal, else COLUMNS, else 80', () => {
    expect(outputWidth({ isTTY: true, columns: 132 }, { COLUMNS: '60' })).toBe(132);
    expect(outputWidth({ isTTY: false }, { COLUMNS: '60' })).toBe(60);
    expect(outputWidth({}, { COLUMNS: 'wide' })).toBe(80);
    expect(outputWidth({}, {})).toBe(80);
  });
});
