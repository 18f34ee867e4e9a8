import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashBytes, hashLatin1, hashText } from '../../src/data/content-hash.js';
import { lanes } from '../../src/data/hash-lanes.js';

describe('the content hash', () => {
  it('gives the same lanes in WebAssembly as in JavaScript, for any bytes at any offset', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(7), (bytes, offset) => {
        const placed = new Uint8Array(bytes.length + offset);
        placed.set(bytes, offset);
        const view = placed.subarray(offset);
        expect(lanes(view)).toEqual(lanes(view, false));
      }),
      { seed: 1946, numRuns: 500 },
    );
  });

  it('hashes input larger than the memory the module starts with, and shorter input after it', () => {
    const big = new Uint8Array(200_000).map((_, i) => (i * 31) & 0xff);
    expect(lanes(big)).toEqual(lanes(big, false));
    expect(lanes(big.subarray(0, 3))).toEqual(lanes(big.subarray(0, 3), false));
  });

  it('hashes a Latin-1 string as its bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)), maxLength: 200 }), (text) => {
        expect(hashLatin1(text)).toBe(hashBytes(Buffer.from(text, 'latin1')));
      }),
      { seed: 1946, numRuns: 300 },
    );
  });

  it('keeps the values it had, so fingerprints in CI reports stay the same', () => {
    // Made by the earlier hash, in JavaScript alone.
    expect(hashText('')).toBe('0-wvjl67o803');
    expect(hashText('Trondheim')).toBe('9-asqwy8hz0e');
    expect(hashText('Tromsø, Ålesund og Kópavogur')).toBe('v-bp8l5tn2bw');
  });

  it('tells apart texts of one length that differ in a letter', () => {
    expect(hashText('name: Oslo')).not.toBe(hashText('name: Olso'));
    expect(hashLatin1('Oslo')).not.toBe(hashLatin1('Evil'));
  });
});
