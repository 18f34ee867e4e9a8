import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../src/output/ics-text.js';

const octets = (s: string) => Buffer.byteLength(s);

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('turns other control characters into spaces and keeps tabs out of the line structure', () => {
    expect(escapeText('a\x00b\x1bc\x7fd')).toBe('a b c d');
    expect(escapeText('a\tb')).toBe('a\tb');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a multi-byte character and keeps every line within 75 octets', () => {
    const line = `SUMMARY:${'æøå😀'.repeat(30)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('never separates a backslash from the character it escapes', () => {
    for (let pad = 0; pad < 4; pad++) {
      const line = `DESCRIPTION:${'y'.repeat(60 + pad)}${'\\n\\,\\;\\\\'.repeat(10)}`;
      const parts = foldLine(line).split('\r\n');
      for (const part of parts.slice(0, -1)) expect(part.match(/\\+$/)?.[0].length ?? 0).toSatisfy((n: number) => n % 2 === 0);
      expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
    }
  });
});
