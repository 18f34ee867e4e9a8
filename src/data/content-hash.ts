// A fast 53-bit hash (after cyrb53, over 32-bit words taken in turns by two lanes) for telling
// whether content changed. node:crypto would cost more to set up (5-15 ms for its first hash)
// than hashing a national-scale folder takes, and a run checks its cache files at every start.
// Not for security: see SECURITY.md.
import { latin1Lanes, lanes } from './hash-lanes.js';

function mix(h1: number, h2: number): string {
  let a = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  a ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  let b = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  b ^= Math.imul(a ^ (a >>> 13), 3266489909);
  return (4294967296 * (2097151 & b) + (a >>> 0)).toString(36);
}

/** The hash of some bytes, with their length, as a short string. */
export function hashBytes(bytes: Uint8Array): string {
  return `${bytes.length.toString(36)}-${mix(...lanes(bytes))}`;
}

/** The hash of a string of ASCII or Latin-1 characters: that of its bytes, which it never needs made. */
export function hashLatin1(text: string): string {
  return `${text.length.toString(36)}-${mix(...latin1Lanes(text))}`;
}

/** The hash of a string's UTF-8 bytes, with their length. */
export function hashText(text: string): string {
  return hashBytes(Buffer.from(text));
}
