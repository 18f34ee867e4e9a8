// A fast 53-bit hash (cyrb53) for telling whether content changed. The cache compares content
// with it on every run; node:crypto would cost more to load (15-20 ms where NODE_EXTRA_CA_CERTS
// is set) than hashing a national-scale folder takes. Not for security: see SECURITY.md.

function mix(h1: number, h2: number): string {
  let a = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  a ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  let b = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  b ^= Math.imul(a ^ (a >>> 13), 3266489909);
  return (4294967296 * (2097151 & b) + (a >>> 0)).toString(36);
}

/** The hash of some bytes, with their length, as a short string. */
export function hashBytes(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return `${bytes.length.toString(36)}-${mix(h1, h2)}`;
}

/** The hash of a string's UTF-16 code units, with its length. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return `${text.length.toString(36)}-${mix(h1, h2)}`;
}
