import type { z } from 'zod';
import { KINDS } from '../model/dataset.js';
import { t } from '../i18n/index.js';
import { suggest } from '../suggest.js';
import { fieldPath, type Diagnostic } from '../model/diagnostic.js';
import { hasKey, locate, type YamlFile } from './yaml-file.js';

/** Turns one zod issue into a diagnostic at the offending node, in words an editor of YAML understands. */
export function describeIssue(issue: z.core.$ZodIssue, f: YamlFile, base: PropertyKey[]): Diagnostic {
  const path = [...base, ...issue.path];
  const at = (p: PropertyKey[], key?: string) => ({ file: f.file, ...locate(f, p, key), field: fieldPath(p) });

  const d = t().diag;
  if (issue.code === 'unrecognized_keys') {
    const [key, ...more] = issue.keys as [string, ...string[]];
    return { ...at(path, key), field: fieldPath([...path, key]), message: d.unknownField(key, more, suggest(key, FIELD_NAMES)) };
  }
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  const input = 'input' in issue ? issue.input : undefined;
  if (input === undefined && typeof last === 'string' && !hasKey(f, parent, last)) {
    return { ...at(parent), field: fieldPath(path), message: d.missingField(last) };
  }
  return { ...at(path), message: issueMessage(issue) };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const d = t().diag;
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return d.expectedType(d.type[issue.expected] ?? issue.expected, describeValue(input));
    case 'invalid_value':
      return d.expectedOneOf(issue.values.map(String).join(', '), describeValue(input));
    case 'invalid_union':
      return d.expectedYearOrText(describeValue(input));
    default: {
      const message = schemaMessage(issue);
      // A refinement of a whole record carries the record as input: naming it would not help.
      return input === undefined || typeof input === 'object' ? message : d.withGot(message, describeValue(input));
    }
  }
}

/**
 * The schemas give their messages as keys of the catalogue's `schema` part (`message: 'day'`),
 * or as a key with values (`params: { key: 'needsSince', values: ['twin'] }`), so every
 * diagnostic reads in the run's language. zod's own messages (bounds) are named by their check.
 */
function schemaMessage(issue: z.core.$ZodIssue): string {
  const texts = t().diag.schema as Record<string, string | ((...values: string[]) => string)>;
  const params = (issue as { params?: { key?: string; values?: string[] } }).params;
  const key = params?.key ?? issue.message;
  const text = texts[key] ?? (issue.code === 'too_small' && issue.minimum === 0 ? texts.positive : undefined);
  if (typeof text === 'function') return text(...(params?.values ?? []));
  return text ?? issue.message;
}

export function describeValue(value: unknown): string {
  const v = t().diag.value;
  if (value === null || value === undefined) return v.empty;
  if (Array.isArray(value)) return v.list;
  if (typeof value === 'object') return v.mapping;
  if (typeof value === 'string') return v.text(JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value));
  if (typeof value === 'number' || typeof value === 'bigint') return v.number(String(value));
  return v.boolean(String(value));
}

/** Every field name any record kind knows, for "did you mean" hints on unknown keys. */
const FIELD_NAMES = new Set<string>();
collectKeys(Object.values(KINDS));

function collectKeys(schemas: unknown[]): void {
  for (const schema of schemas) {
    const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
    if (!def) continue;
    if (def.type === 'object') {
      const shape = def.shape as Record<string, unknown>;
      for (const key of Object.keys(shape)) FIELD_NAMES.add(key);
      collectKeys(Object.values(shape));
    } else {
      collectKeys([def.innerType, def.element, ...((def.options as unknown[]) ?? [])]);
    }
  }
}
