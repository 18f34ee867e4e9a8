import type { z } from 'zod';
import { KINDS } from '../model/dataset.js';
import { suggest } from '../suggest.js';
import { fieldPath, type Diagnostic } from './diagnostic.js';
import { hasKey, locate, type YamlFile } from './yaml-file.js';

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  array: 'a list',
  object: 'a mapping',
  boolean: 'true or false',
};

/** Turns one zod issue into a diagnostic at the offending node, in words an editor of YAML understands. */
export function describeIssue(issue: z.core.$ZodIssue, f: YamlFile, base: PropertyKey[]): Diagnostic {
  const path = [...base, ...issue.path];
  const at = (p: PropertyKey[], key?: string) => ({ file: f.file, ...locate(f, p, key), field: fieldPath(p) });

  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const hint = suggest(key, FIELD_NAMES);
    const more = issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).map((k) => `'${k}'`).join(', ')})` : '';
    return { ...at(path, key), field: fieldPath([...path, key]), message: `unknown field '${key}'${more}${hint ? `; did you mean '${hint}'?` : ''}` };
  }
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  const input = 'input' in issue ? issue.input : undefined;
  if (input === undefined && typeof last === 'string' && !hasKey(f, parent, last)) {
    return { ...at(parent), field: fieldPath(path), message: `missing required field '${last}'` };
  }
  return { ...at(path), message: issueMessage(issue) };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeValue(input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}, got ${describeValue(input)}`;
    case 'invalid_union':
      return `expected a year or text, got ${describeValue(input)}`;
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
      // A refinement of a whole record carries the record as input: naming it would not help.
      return input === undefined || typeof input === 'object' ? issue.message : `${issue.message}, got ${describeValue(input)}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
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
