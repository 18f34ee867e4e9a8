import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { renderFields, renderItem } from './render-record.js';

// Changes to a data file's text that leave every untouched line byte for byte as it was: the
// yaml Document finds where things are, and the change is spliced into the text there. (A
// Document written back would restyle brackets and refold long text elsewhere in the file.)

/** Adds a record at the end of the file's list of `kind`, in the style of the items before it. */
export function appendItem(text: string, kind: string, record: Record<string, unknown>): string {
  const doc = parseDocument(text);
  const pair = topPair(doc.contents, kind);
  const seq = pair?.value;
  if (!pair || !isSeq(seq) || seq.flow) {
    const head = pair ? text.slice(0, lineStart(text, start(pair.key))) : withNewline(text);
    const tail = pair ? text.slice(lineEnd(text, end(pair.value ?? pair.key))) : '';
    return `${head}${kind}:\n${renderItem(record, '  ').join('\n')}\n${tail.replace(/^\n/, '')}`;
  }
  const items = seq.items as Node[];
  const last = items.at(-1)!;
  const indent = ' '.repeat(column(text, start(last)) - 2);
  const spaced = items.length > 1 && /\n[ \t]*\n$/.test(text.slice(0, lineStart(text, start(items[1]!))));
  const at = lineEnd(text, end(last));
  const lines = renderItem(record, indent).join('\n');
  return `${text.slice(0, at)}\n${spaced ? '\n' : ''}${lines}${text.slice(at)}`;
}

/** Sets a field (`end`, `population.count`) of the record at `index`, adding it when missing. */
export function setField(text: string, kind: string, index: number, path: string[], value: unknown): string {
  const doc = parseDocument(text);
  let node: unknown = (topPair(doc.contents, kind)?.value as YAMLSeq | undefined)?.items[index];
  for (const [i, key] of path.entries()) {
    if (!isMap(node)) throw new Error(`cannot edit ${path.join('.')} here`);
    const pair = (node as YAMLMap).items.find((p) => keyOf(p) === key);
    if (!pair && node.flow) throw new Error(`cannot add ${key} inside { }`);
    if (!pair) return insertField(text, node as YAMLMap, path.slice(i), value);
    if (i < path.length - 1) {
      node = pair.value;
      continue;
    }
    const old = pair.value as Node | null;
    if (old && isScalar(old) || Array.isArray(value) && isSeq(old) && old.flow) {
      const rendered = renderFields({ [key]: value }, '')[0]!.slice(key.length + 2);
      return `${text.slice(0, start(old!))}${rendered}${text.slice(end(old!))}`;
    }
    const from = lineStart(text, start(pair.key as Node));
    const to = lineEnd(text, end(old ?? (pair.key as Node)));
    const indent = text.slice(from, start(pair.key as Node));
    return `${text.slice(0, from)}${renderFields({ [key]: value }, indent).join('\n')}${text.slice(to)}`;
  }
  throw new Error('nothing to set');
}

/** Removes a top-level field of the record at `index`, with all its lines; a missing field is no change. */
export function removeField(text: string, kind: string, index: number, key: string): string {
  const doc = parseDocument(text);
  const item = (topPair(doc.contents, kind)?.value as YAMLSeq | undefined)?.items[index];
  const pair = isMap(item) ? (item as YAMLMap).items.find((p) => keyOf(p) === key) : undefined;
  if (!pair || (item as YAMLMap).flow) return text;
  const from = lineStart(text, start(pair.key as Node));
  const to = lineEnd(text, end((pair.value as Node | null) ?? (pair.key as Node)));
  return `${text.slice(0, from)}${text.slice(Math.min(to + 1, text.length))}`;
}

/** Removes the record at `index`, with the blank line that set it apart. */
export function removeItem(text: string, kind: string, index: number): string {
  const doc = parseDocument(text);
  const seq = topPair(doc.contents, kind)?.value as YAMLSeq<Node>;
  const item = seq.items[index]!;
  const from = lineStart(text, start(item));
  const next = seq.items[index + 1];
  const to = next ? lineStart(text, start(next)) : lineEnd(text, end(item)) + 1;
  const removed = `${text.slice(0, from)}${text.slice(Math.min(to, text.length))}`;
  return next ? removed : removed.replace(/\n[ \t]*\n$/, '\n');
}

function insertField(text: string, map: YAMLMap, path: string[], value: unknown): string {
  const last = map.items.at(-1)!;
  const indent = ' '.repeat(column(text, start(last.key as Node)));
  const nested = path.reduceRight<unknown>((v, key) => ({ [key]: v }), value) as Record<string, unknown>;
  const at = lineEnd(text, end((last.value as Node | null) ?? (last.key as Node)));
  return `${text.slice(0, at)}\n${renderFields(nested, indent).join('\n')}${text.slice(at)}`;
}

function topPair(contents: unknown, kind: string): Pair<Node, Node | null> | undefined {
  return isMap(contents) ? (contents.items.find((p) => keyOf(p) === kind) as Pair<Node, Node | null> | undefined) : undefined;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

const start = (node: Node | unknown) => (node as Node).range![0];
/** Where a node's own text ends (before a trailing comment or line break). */
const end = (node: Node | unknown) => (node as Node).range![1];

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const at = text.indexOf('\n', Math.max(offset - 1, 0));
  return at === -1 ? text.length : at;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

