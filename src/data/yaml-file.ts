import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { t } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { LIMITS } from './limits.js';

/** A data file parsed with positions, so any field can be traced back to its line and column. */
export interface YamlFile {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** The plain value, or undefined when the file could not be read as YAML. */
  value: unknown;
  diagnostics: Diagnostic[];
}

export function parseYamlFile(text: string, file: string): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const yamlFile: YamlFile = { file, doc, lines, value: undefined, diagnostics: [] };
  const at = (offset: number) => position(yamlFile, offset);
  for (const e of doc.errors) {
    const { offset, message } = explain(e, text);
    yamlFile.diagnostics.push({ file, ...at(offset), message });
  }
  if (yamlFile.diagnostics.length > 0) return yamlFile;
  const tooDeep = nodeDeeperThan(doc.contents, LIMITS.maxDepth);
  if (tooDeep) {
    const message = t().diag.tooDeep(LIMITS.maxDepth);
    yamlFile.diagnostics.push({ file, ...at(tooDeep.range?.[0] ?? 0), message });
    return yamlFile;
  }
  try {
    yamlFile.value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    yamlFile.diagnostics.push({
      file,
      line: 1,
      col: 1,
      message: /alias/i.test(message) ? t().diag.aliases(LIMITS.maxAliasCount) : t().diag.unreadableYaml(message),
    });
  }
  return yamlFile;
}

/** The position of the node at `path`, or of its closest existing parent; of the key itself with `key`. */
export function locate(f: YamlFile, path: readonly PropertyKey[], key?: string): { line: number; col: number } {
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
  return position(f, offset);
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

function position(f: YamlFile, offset: number): { line: number; col: number } {
  const { line, col } = f.lines.linePos(offset);
  return { line, col };
}

/** A syntax error in words for people who edit YAML by hand, at the place to fix. */
function explain(e: YAMLError, text: string): { offset: number; message: string } {
  const offset = e.pos[0];
  const d = t().diag;
  switch (e.code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(text.slice(offset))?.[0].trim() ?? '';
      return { offset, message: d.duplicateKey(key) };
    }
    case 'TAB_AS_INDENT':
      return { offset, message: d.tabIndent };
    case 'RESOURCE_EXHAUSTION':
      return { offset, message: d.nestedTooDeep(LIMITS.maxDepth) };
    case 'BAD_INDENT':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return { offset, message: d.checkIndentation(plainWords(e)) };
    case 'MISSING_CHAR':
      if (/quote/.test(e.message)) {
        const quote = e.message.includes('"') ? '"' : "'";
        const opening = text.lastIndexOf(quote, offset - 1);
        return { offset: Math.max(opening, 0), message: d.unclosedQuote(quote) };
      }
      break;
  }
  return { offset, message: plainWords(e) };
}

function plainWords(e: YAMLError): string {
  return t().diag.yamlCodes[e.code] ?? t().diag.yaml(firstLine(e.message));
}

/** yaml's messages go on with a code excerpt; the first line, less its position, says it all. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
