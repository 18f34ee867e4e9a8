// A data file read line by line, the way a person sees it: indentation, dashes, `key: value`.
// YAML's own parser loses its way after a mistake; this view does not, so it can say which
// record a broken line belongs to and where its fields ought to start.
import { KIND_NAMES, type Kind } from '../model/vocabulary.js';

export interface SourceLine {
  /** 1-based. */
  n: number;
  /** Offset of the line's first character in the file. */
  start: number;
  text: string;
  /** Spaces before the first other character. */
  indent: number;
  /** 1-based column of a tab among the leading blanks. */
  tabCol?: number;
  /** Blank, or only a comment. */
  empty: boolean;
  /** Starts with a dash and a space (or is a lone dash): a list item. */
  dash: boolean;
  /** The key of `key: value` (after the dash, if any). */
  key?: string;
  /** 0-based index in `text` where the key starts. */
  keyAt: number;
  /** The text after `key:` without its leading blanks, or after the dash when there is no key. */
  value: string;
  /** 0-based index in `text` where `value` starts. */
  valueAt: number;
}

/** One list item under a top-level kind, by its lines. */
export interface LineRecord {
  kind: Kind | undefined;
  index: number;
  /** First and last line (the last line with content). */
  from: number;
  to: number;
  /** Indentation of its dash and of its fields. */
  dashIndent: number;
  fieldIndent: number;
  name?: string;
  id?: string;
}

const KEY = /^([^\s:#"'{}[\],&*!|>%@`-][^\s:]*)[ \t]*:(?=[ \t]|$)/;

export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  for (const [i, raw] of text.split('\n').entries()) {
    out.push(readLine(i + 1, start, raw.endsWith('\r') ? raw.slice(0, -1) : raw));
    start += raw.length + 1;
  }
  return out;
}

function readLine(n: number, start: number, text: string): SourceLine {
  const blanks = /^[ \t]*/.exec(text)![0];
  const tab = blanks.indexOf('\t');
  const indent = tab < 0 ? blanks.length : tab;
  const body = text.slice(blanks.length);
  const dash = /^-( |$)/.test(body);
  const afterDash = dash ? blanks.length + /^-\s*/.exec(body)![0].length : blanks.length;
  const key = KEY.exec(text.slice(afterDash));
  const valueAt = key ? afterDash + key[0].length + /^[ \t]*/.exec(text.slice(afterDash + key[0].length))![0].length : afterDash;
  return {
    n,
    start,
    text,
    indent,
    tabCol: tab < 0 ? undefined : tab + 1,
    empty: body === '' || body.startsWith('#'),
    dash,
    key: key?.[1],
    keyAt: afterDash,
    value: text.slice(valueAt),
    valueAt,
  };
}

/** The list items under each top-level `kind:`, found by the indentation of their dashes. */
export function lineRecords(lines: SourceLine[]): LineRecord[] {
  const records: LineRecord[] = [];
  let kind: Kind | undefined;
  let dashIndent: number | undefined;
  let index = 0;
  for (const line of lines) {
    if (line.empty) continue;
    if (line.tabCol !== undefined) {
      if (records.length > 0 && dashIndent !== undefined) records.at(-1)!.to = line.n;
      continue;
    }
    if (line.indent === 0 && !line.dash) {
      kind = KIND_NAMES.find((k) => k === line.key);
      dashIndent = undefined;
      index = 0;
      continue;
    }
    dashIndent ??= line.dash ? line.indent : undefined;
    const current = records.at(-1);
    if (line.dash && line.indent === dashIndent) {
      const id = idOf(line);
      records.push({ kind, index: index++, from: line.n, to: line.n, dashIndent, fieldIndent: line.keyAt, name: id ?? nameOf(line), id });
    } else if (current && dashIndent !== undefined) {
      current.to = line.n;
      if (line.keyAt !== current.fieldIndent) continue;
      if (line.key === 'id') current.id ??= nameOf(line);
      current.name = current.id ?? current.name ?? nameOf(line);
    }
  }
  return records;
}

/** The record's name from a line that gives its id, title or name. */
function nameOf(line: SourceLine): string | undefined {
  return line.key === 'id' || line.key === 'title' || line.key === 'name' ? scalarText(line.value) : undefined;
}

/** A one-line value as text: without a comment after it or the quotes around it. */
export function scalarText(value: string): string | undefined {
  const text = value.replace(/\s+#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2');
  return text === '' ? undefined : text;
}

/** The id a line gives: `id: x`, or `id: x` inside `{ }`. */
export function idOf(line: SourceLine): string | undefined {
  return line.key === 'id' ? scalarText(line.value) : /\{[^}]*\bid:[ \t]*([\w-]+)/.exec(line.text)?.[1];
}

/** Where the lines that a mistake in record `r` throws YAML off end: at the next record's dash. */
export function recordEnd(records: LineRecord[], n: number): number {
  const i = records.findIndex((r) => r.from <= n && n <= r.to);
  return i < 0 ? n : (records[i + 1]?.from ?? records[i]!.to + 1);
}

export function recordAtLine(records: LineRecord[], n: number): LineRecord | undefined {
  return records.find((r) => r.from <= n && n <= r.to);
}
