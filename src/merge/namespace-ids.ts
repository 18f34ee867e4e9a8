import { isScalar, isSeq, Scalar, type Document } from 'yaml';
import { REFERENCES } from '../data/cross-rules.js';
import type { LoadedRecord } from '../data/loaded-record.js';
import { renderItem } from '../edit/render-record.js';
import { namespaced } from '../model/namespace.js';
import type { Kind } from '../model/vocabulary.js';

/** The fields of a kind that hold ids: its own, unless it is the municipality the ids go after, and its references. */
function idFields(kind: Kind): string[] {
  return [...(kind === 'municipality' ? [] : ['id']), ...REFERENCES.filter((r) => r.from === kind).map((r) => r.field)];
}

/** A record with its id and its references after `namespace/`. */
export function namespaceRecord(r: LoadedRecord, namespace: string): LoadedRecord {
  const record = { ...r.record };
  for (const field of idFields(r.kind)) {
    const value = record[field];
    if (typeof value === 'string') record[field] = namespaced(namespace, value);
    else if (Array.isArray(value)) record[field] = value.map((id: string) => namespaced(namespace, id));
  }
  return { ...r, record: record as LoadedRecord['record'] };
}

/**
 * Where in a file's text each id and each reference to an id begins, so that `namespace/` can be
 * put there while every other byte (comments, quoting, brackets) stays as it was. Undefined when
 * one is not written as plain or quoted text (an alias, a block scalar): such a file is written
 * afresh from its records.
 */
export function idOffsets(doc: Document, records: LoadedRecord[]): number[] | undefined {
  const offsets: number[] = [];
  for (const r of records) {
    for (const field of idFields(r.kind)) {
      const value = r.record[field];
      if (value === undefined) continue;
      const node = doc.getIn([r.kind, r.index, field], true);
      const ids = Array.isArray(value) ? value : [value];
      const nodes = isSeq(node) ? node.items : [node];
      if (nodes.length !== ids.length) return undefined;
      for (const [i, n] of nodes.entries()) {
        const at = startOfText(n, ids[i]);
        if (at === undefined) return undefined;
        offsets.push(at);
      }
    }
  }
  return offsets.sort((a, b) => a - b);
}

function startOfText(node: unknown, id: unknown): number | undefined {
  if (!isScalar(node) || node.value !== id || !node.range) return undefined;
  if (node.type === Scalar.PLAIN) return node.range[0];
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) return node.range[0] + 1;
  return undefined;
}

/** The text with `namespace/` put at each offset (in order). */
export function insertNamespace(text: string, offsets: number[], namespace: string): string {
  const parts: string[] = [];
  let from = 0;
  for (const at of offsets) {
    parts.push(text.slice(from, at), `${namespace}/`);
    from = at;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** A file written afresh from its (namespaced) records, kind by kind in their order. */
export function renderRecords(records: LoadedRecord[]): string {
  const kinds = [...new Set(records.map((r) => r.kind))];
  return kinds.map((kind) => `${kind}:\n${records.filter((r) => r.kind === kind).map((r) => renderItem(r.record, '  ').join('\n')).join('\n\n')}\n`).join('\n');
}
