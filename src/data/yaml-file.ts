import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { t } from '../i18n/index.js';
import type { Diagnostic, RecordRef } from '../model/diagnostic.js';
import { KIND_NAMES, type Kind } from '../model/vocabulary.js';
import { droppedText } from './dropped-text.js';
import { LIMITS } from './limits.js';
import { explainSyntax } from './syntax-mistakes.js';

/** A data file parsed with positions, so any field can be traced back to its line and column. */
export interface YamlFile {
  file: string;
  text: string;
  doc: Document;
  lines: LineCounter;
  /** The plain value, or undefined when the file could not be read as YAML. */
  value: unknown;
  /** Its problems; warnings only when the value could be read. */
  diagnostics: Diagnostic[];
}

/** Where an offset stands: line and column, and the text of the line, for the code frame. */
export interface Point {
  line: number;
  col: number;
  source: string;
}

export function parseYamlFile(text: string, file: string): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  const f: YamlFile = { file, text, doc, lines, value: undefined, diagnostics: [] };
  if (doc.errors.length > 0) {
    f.diagnostics = explainSyntax(file, text, doc.errors, (offset) => lines.linePos(offset).line);
    return f;
  }
  const v = t().validate;
  const tooDeep = nodeDeeperThan(doc.contents, LIMITS.maxDepth);
  if (tooDeep) {
    f.diagnostics.push({ file, ...pointAt(f, tooDeep.range?.[0] ?? 0), code: 'yaml/too-deep', message: t().diag.tooDeep(LIMITS.maxDepth), hint: v.tooDeepHint });
    return f;
  }
  try {
    f.value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (e) {
    const aliases = /alias/i.test(e instanceof Error ? e.message : String(e));
    const message = aliases ? t().diag.aliases(LIMITS.maxAliasCount) : v.unreadable;
    f.diagnostics.push({ file, line: 1, col: 1, code: aliases ? 'yaml/aliases' : 'yaml/unreadable', message, hint: aliases ? v.aliasesHint : v.yamlHint });
    return f;
  }
  for (const w of droppedText(doc, text)) {
    f.diagnostics.push({ file, ...pointAt(f, w.offset), severity: 'warning', code: 'yaml/dropped-text', record: recordAt(f, w.offset), message: w.message, hint: w.hint });
  }
  return f;
}

export function pointAt(f: Pick<YamlFile, 'text' | 'lines'>, offset: number): Point {
  const { line, col } = f.lines.linePos(Math.min(offset, f.text.length));
  const start = f.lines.lineStarts[line - 1] ?? 0;
  const end = f.text.indexOf('\n', start);
  return { line, col, source: f.text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '') };
}

/** The position of the node at `path`, or of its closest existing parent; of the key itself with `key`. */
export function locate(f: YamlFile, path: readonly PropertyKey[], key?: string): Point {
  let node: unknown = f.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    const pair = isMap(node) ? node.items.find((p) => keyName(p.key) === String(segment)) : undefined;
    const next = pair ? pair.value ?? pair.key : isSeq(node) ? node.items[Number(segment)] : undefined;
    if (next === undefined || next === null) break;
    node = next;
    offset = rangeStart(node) ?? offset;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => keyName(p.key) === key);
    offset = rangeStart(pair?.key) ?? offset;
  }
  return pointAt(f, offset);
}

/** The record `index` of `kind`, named by its id, else its title or name. */
export function recordRef(f: YamlFile, kind: Kind, index: number): RecordRef | undefined {
  const node = f.doc.getIn([kind, index], true) as Node | undefined;
  if (!node?.range) return undefined;
  const name = isMap(node) ? ['id', 'title', 'name'].map((k) => node.get(k)).find((v) => typeof v === 'string' || typeof v === 'number') : undefined;
  return { kind, index, line: pointAt(f, node.range[0]).line, ...(name !== undefined ? { name: String(name) } : {}) };
}

/** The record whose lines hold `offset`, if it is one. */
function recordAt(f: YamlFile, offset: number): RecordRef | undefined {
  if (!isMap(f.doc.contents)) return undefined;
  for (const pair of f.doc.contents.items) {
    if (!isSeq(pair.value)) continue;
    const index = pair.value.items.findIndex((item) => {
      const range = (item as Node | null)?.range;
      return !!range && range[0] <= offset && offset <= range[2];
    });
    const kind = KIND_NAMES.find((k) => k === keyName(pair.key));
    if (index >= 0 && kind) return recordRef(f, kind, index);
  }
  return undefined;
}

/** The first node nested deeper than `limit`, found without recursion so no depth can overflow. */
function nodeDeeperThan(root: unknown, limit: number): Node | undefined {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > limit) return node;
    for (const item of node.items) stack.push([isPair(item) ? item.value : item, depth + 1]);
  }
  return undefined;
}

/** Whether the mapping at `path` has `key`, to tell a missing field from one with a wrong value. */
export function hasKey(f: YamlFile, path: readonly PropertyKey[], key: string): boolean {
  const node = f.doc.getIn(path, true);
  return isMap(node) && node.items.some((p) => isPair(p) && keyName(p.key) === key);
}

function keyName(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | undefined)?.range?.[0];
}
