import { stringify } from 'yaml';

/**
 * A record as the data files write them, as lines at the given indent: `key: value`, lists of
 * plain values in brackets (`cities: [odense, tampere]`), lists of small mappings one per line as
 * `- { name: Gerhard Dalen, role: adm }`, other mappings as nested blocks.
 */
export function renderFields(record: Record<string, unknown>, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) {
      lines.push(`${indent}${key}:`, ...value.map((v) => `${indent}  - ${flowMap(v as Record<string, unknown>)}`));
    } else if (Array.isArray(value)) {
      lines.push(`${indent}${key}: [${value.map(flowScalar).join(', ')}]`);
    } else if (typeof value === 'object' && value !== null) {
      lines.push(`${indent}${key}:`, ...renderFields(value as Record<string, unknown>, `${indent}  `));
    } else {
      lines.push(`${indent}${key}: ${scalar(value)}`);
    }
  }
  return lines;
}

/** One list item: `- id: ...` then the other fields under it. */
export function renderItem(record: Record<string, unknown>, indent: string): string[] {
  const [first, ...rest] = renderFields(record, `${indent}  `);
  return [`${indent}- ${first!.trimStart()}`, ...rest];
}

function flowMap(map: Record<string, unknown>): string {
  const pairs = Object.entries(map).filter(([, v]) => v !== undefined);
  return `{ ${pairs.map(([k, v]) => `${k}: ${flowScalar(v)}`).join(', ')} }`;
}

/** Inside brackets and braces a comma or bracket ends a plain value: such text is quoted. */
function flowScalar(value: unknown): string {
  return typeof value === 'string' && /[,[\]{}]/.test(value) ? JSON.stringify(value) : scalar(value);
}

/**
 * A value as YAML writes it on one line: plain where that reads back as the same text, quoted
 * where it would not (a colon, a leading quote, `#`, text that looks like a number or a date).
 */
export function scalar(value: unknown): string {
  const text = stringify(value, { lineWidth: 0 }).trimEnd();
  const plain = typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value);
  return plain ? value : text.includes('\n') ? JSON.stringify(value) : text;
}
