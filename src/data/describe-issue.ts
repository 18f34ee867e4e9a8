import type { z } from 'zod';
import { t } from '../i18n/index.js';
import { suggest } from '../suggest.js';
import { fieldPath, type Diagnostic, type RecordRef } from '../model/diagnostic.js';
import type { Kind } from '../model/vocabulary.js';
import { fieldsAt, NORWEGIAN_FIELDS } from './field-names.js';
import { findLookalike, plainText } from './lookalikes.js';
import { issueHint, schemaKey } from './issue-hints.js';
import { hasKey, locate, type Point, type YamlFile } from './yaml-file.js';

/** One zod issue as a diagnostic, with what the record's other problems need to know of it. */
export interface Described {
  diagnostic: Diagnostic;
  /** The path of the mapping the problem is in. */
  parent: PropertyKey[];
  /** A required field that is not there. */
  missing?: string;
  /** An unknown field, and the field it was most likely meant to be. */
  unknown?: string;
  meant?: string;
  /** A field with nothing after its colon. */
  empty?: string;
  /** Fields whose own problems this one follows from (an end before a start that is itself wrong). */
  follows?: string[];
}

/** Turns one zod issue into diagnostics at the offending node, in words an editor of YAML understands. */
export function describeIssue(issue: z.core.$ZodIssue, f: YamlFile, kind: Kind, index: number, record?: RecordRef): Described[] {
  const path = [kind, index, ...issue.path];
  const d = t().diag;
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownField(f, path, key, record));
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  const input = 'input' in issue ? issue.input : undefined;
  const base = (point: Point, code: string) => ({ file: f.file, ...point, field: fieldPath(path), record, code });
  if (input === undefined && typeof last === 'string' && !hasKey(f, parent, last)) {
    const diagnostic = { ...base(locate(f, parent), 'schema/missing-field'), message: d.missingField(last), hint: t().validate.addField(last) };
    return [{ diagnostic, parent, missing: last }];
  }
  const point = locate(f, path);
  const odd = typeof input === 'string' && issue.code !== 'invalid_type' ? findLookalike(input) : undefined;
  if (odd) {
    const col = point.source.indexOf((input as string)[odd.at]!, point.col - 1) + 1 || point.col;
    const v = t().validate;
    const message = v.lookalike(v.what[lookalikeWhat(issue)] ?? v.what.value!, odd.name, col);
    return [{ diagnostic: { ...base({ ...point, col }, 'schema/lookalike'), message, hint: v.lookalikeHint[odd.plain]! }, parent }];
  }
  const diagnostic = { ...base(point, `schema/${issue.code.replaceAll('_', '-')}`), message: issueMessage(issue), hint: issueHint(issue, input, f, path) };
  const follows = ['endBeforeStart', 'monthOnlyEnd'].includes(schemaKey(issue)) ? ['start', 'end'] : undefined;
  // A rule that asks for a field (a twin needs 'since') is about a missing field too.
  const missing = issue.code === 'custom' && typeof last === 'string' && !hasKey(f, parent, last) ? last : undefined;
  return [{ diagnostic, parent, missing, empty: input === null && typeof last === 'string' ? last : undefined, follows }];
}

function unknownField(f: YamlFile, path: PropertyKey[], key: string, record?: RecordRef): Described {
  const v = t().validate;
  const allowed = fieldsAt(path[0] as Kind, path.slice(2));
  const point = locate(f, path, key);
  const base = { file: f.file, ...point, field: fieldPath([...path, key]), record, code: 'schema/unknown-field' };
  const plain = plainText(key).trim();
  const odd = findLookalike(key);
  if (odd && allowed.includes(plain)) {
    const col = point.col + odd.at;
    const message = v.lookalike(v.what.key!, odd.name, col);
    const diagnostic = { ...base, col, field: fieldPath([...path, plain]), code: 'schema/lookalike', message, hint: v.lookalikeHint[odd.plain]! };
    return { diagnostic, parent: path, unknown: key, meant: plain };
  }
  // Only a key of three digits can be the tail of `count: 159,207`, so only such a key goes into the pattern.
  const comma = /^\d{3}$/.test(key) ? new RegExp(`([^\\s{,:]+):\\s*(\\d{1,3})\\s*,\\s*${key}(?=\\s*[,}])`).exec(point.source) : null;
  if (comma) {
    const message = v.thousandsComma(`${comma[2]},${key}`, key);
    const col = comma.index + comma[0].indexOf(comma[2]!, comma[1]!.length) + 1;
    const diagnostic = { ...base, col, field: fieldPath([...path, comma[1]!]), code: 'schema/thousands', message };
    return { diagnostic: { ...diagnostic, hint: v.thousands(`${comma[1]}: ${comma[2]}${key}`) }, parent: path, unknown: key };
  }
  const lower = key.toLowerCase();
  const meant = [NORWEGIAN_FIELDS[lower], allowed.includes(lower) ? lower : undefined, suggest(key, allowed)].find((k) => k && allowed.includes(k));
  const value = /^[ \t]*:[ \t]*([^,}#]*)/.exec(point.source.slice(point.col - 1 + key.length))?.[1]?.trim() ?? '';
  const hint = meant ? v.ifYouMean(meant, `${meant}: ${value}`.trim()) : v.fieldsHere(allowed.join(', '));
  return { diagnostic: { ...base, message: t().diag.unknownField(key), hint }, parent: path, unknown: key, meant };
}

/** What a look-alike character spoils, by the check that failed. */
function lookalikeWhat(issue: z.core.$ZodIssue): string {
  const key = schemaKey(issue);
  if (['day', 'dayOrMonth', 'partialDate', 'realDate'].includes(key)) return 'date';
  return key === 'id' || key === 'country' || key === 'url' ? key : 'value';
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
 * diagnostic reads in the run's language. zod's own messages never reach the user: a check
 * without a key of ours is named in our words.
 */
function schemaMessage(issue: z.core.$ZodIssue): string {
  const texts = t().diag.schema as Record<string, string | ((...values: string[]) => string)>;
  const text = texts[schemaKey(issue)];
  if (typeof text === 'function') return text(...((issue as { params?: { values?: string[] } }).params?.values ?? []));
  return text ?? t().validate.notAllowed;
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
