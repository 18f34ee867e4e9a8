// RFC 5545 content lines: TEXT escaping (3.3.11) and folding at 75 octets (3.1).

const MAX_OCTETS = 75;

/**
 * Escapes a TEXT value: backslash, semicolon, comma and newlines. Other control characters are
 * not allowed in TEXT and become spaces, so no input can start a new property or component.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ' ')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * Folds one content line into lines of at most 75 octets, each continuation starting with a
 * space. A cut never falls inside a UTF-8 character or between a backslash and what it escapes.
 */
export function foldLine(line: string): string {
  const units = line.match(/\\.|[\s\S]/gu) ?? [];
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const unit of units) {
    const size = Buffer.byteLength(unit);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}
