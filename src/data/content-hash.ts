// A fast 53-bit hash (after cyrb53, over 32-bit words taken in turns by two lanes) for telling
// whether content changed. node:crypto would cost more to set up (5-15 ms for its first hash)
// than hashing a national-scale folder takes, and a run checks its cache files at every start.
// Not for security: see SECURITY.md.

function mix(h1: number, h2: number): string {
  let a = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  a ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  let b = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  b ^= Math.imul(a ^ (a >>> 13), 3266489909);
  return (4294967296 * (2097151 & b) + (a >>> 0)).toString(36);
}

/**
 * The hash of some bytes, with their length, as a short string. Words are read in the machine's
 * byte order: a hash is only compared with one made on the same machine.
 */
export function hashBytes(bytes: Uint8Array): string {
  const whole = bytes.length & ~3;
  // An Int32Array needs an aligned start, which a part of a buffer may not have: then a copy
  // (Uint8Array's slice copies; Buffer's does not).
  const source = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.prototype.slice.call(bytes, 0, whole);
  const words = new Int32Array(source.buffer, source.byteOffset, whole / 4);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // Each word goes to one lane: half the work of mixing it into both, which a start feels.
  const pairs = words.length & ~1;
  for (let i = 0; i < pairs; i += 2) {
    h1 = Math.imul(h1 ^ words[i]!, 2654435761);
    h2 = Math.imul(h2 ^ words[i + 1]!, 1597334677);
  }
  for (let i = pairs * 4; i < bytes.length; i++) h1 = Math.imul(h1 ^ bytes[i]!, 2654435761);
  return `${bytes.length.toString(36)}-${mix(h1, h2)}`;
}

/** The hash of a string's UTF-8 bytes, with their length. */
export function hashText(text: string): string {
  return hashBytes(Buffer.from(text));
}
