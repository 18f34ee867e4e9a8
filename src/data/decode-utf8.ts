// Made at the first decoding: a run whose files all come from the cache decodes none.
let decoder: TextDecoder | undefined;

/**
 * The file's text, or where its first byte that is not UTF-8 stands (1-based line and column),
 * so an editor can jump there, with that line as it reads with the byte replaced by U+FFFD.
 * A leading BOM is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { line: number; col: number; source: string } {
  try {
    return { text: (decoder ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const lossy = new TextDecoder('utf-8');
    const lines = lossy.decode(bytes.subarray(0, offset)).split('\n');
    const source = lossy.decode(bytes).split('\n')[lines.length - 1]!.replace(/\r$/, '');
    return { line: lines.length, col: [...lines.at(-1)!].length + 1, source };
  }
}

function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const n = sequenceLength(b, i);
    if (n === 0) return i;
    i += n;
  }
  return b.length;
}

/** The length of the valid UTF-8 sequence at i, or 0 when there is none. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > b.length) return 0;
  for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return 0;
  const second = b[i + 1]!;
  // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
  if ((c === 0xe0 && second < 0xa0) || (c === 0xed && second > 0x9f)) return 0;
  if ((c === 0xf0 && second < 0x90) || (c === 0xf4 && second > 0x8f)) return 0;
  return n;
}
