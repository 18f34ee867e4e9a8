import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/output/csv.js';
import type { Listing } from '../../src/output/columns.js';

const listing = (rows: { text: string; n?: number }[]): Listing<{ text: string; n?: number }> => ({
  records: rows,
  columns: [
    { header: 'text', value: (r) => r.text },
    { header: 'n', value: (r) => r.n },
  ],
});

describe('toCsv', () => {
  it('quotes commas, quotes and newlines per RFC 4180 and reads back the same', () => {
    const rows = [{ text: 'a, "b"\nc', n: 1 }, { text: 'æøå 😀', n: -5 }];
    const csv = toCsv(listing(rows));
    expect(csv).toBe('text,n\r\n"a, ""b""\nc",1\r\næøå 😀,-5\r\n');
    expect(parse(csv, { columns: true })).toEqual([
      { text: 'a, "b"\nc', n: '1' },
      { text: 'æøå 😀', n: '-5' },
    ]);
  });

  it('neutralises text cells that a spreadsheet would run as a formula, not numbers', () => {
    const csv = toCsv(listing(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx'].map((text) => ({ text, n: -3 }))), {
      excel: true,
    });
    const rows = parse(csv, { bom: true, delimiter: ';', columns: true }) as { text: string; n: string }[];
    expect(rows.map((r) => r.text)).toEqual(["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(rows.every((r) => r.n === '-3')).toBe(true);
  });

  it('gives Excel a BOM and semicolons, and no sep= line', () => {
    const csv = toCsv(listing([{ text: 'a;b' }]), { excel: true });
    expect(csv).toBe('\uFEFFtext;n\r\n"a;b";\r\n');
  });
});
