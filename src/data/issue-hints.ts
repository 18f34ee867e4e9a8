import type { z } from 'zod';
import { t } from '../i18n/index.js';
import type { Kind } from '../model/vocabulary.js';
import { fieldsAt } from './field-names.js';
import { quoteText } from './line-mistakes.js';
import { allowedValue, countryCode, flowList, hasTimeOfDay, isoDate, slug, thousandsDigits, withScheme } from './value-hints.js';
import { locate, type YamlFile } from './yaml-file.js';

/** The line as it should read: `key: value`, or the value alone for an item of a list. */
export function lineWith(path: readonly PropertyKey[], value: string): string {
  const last = path[path.length - 1];
  return typeof last === 'string' ? `${last}: ${value}` : value;
}

/** What to do about a value zod refused, shown as the corrected line where it can be guessed. */
export function issueHint(issue: z.core.$ZodIssue, input: unknown, f: YamlFile, path: PropertyKey[]): string {
  const v = t().validate;
  const line = (value: string) => lineWith(path, value);
  switch (issue.code) {
    case 'invalid_type':
      return typeHint(issue.expected, input, f, path);
    case 'invalid_value': {
      const meant = typeof input === 'string' ? allowedValue(input, issue.values.map(String)) : undefined;
      if (meant === undefined) return v.oneOf;
      return meant === (input as string).trim().toLowerCase() ? v.lowerCase(line(meant)) : v.word(String(input), line(meant));
    }
    case 'invalid_union':
      return input === null ? v.emptyValue : v.text;
    default:
      if (typeof input === 'number' && input < 0 && schemaKey(issue) === 'positive') return v.removeMinus(line(String(-input)));
      return schemaHint(schemaKey(issue), input, line);
  }
}

function typeHint(expected: string, input: unknown, f: YamlFile, path: PropertyKey[]): string {
  const v = t().validate;
  const line = (value: string) => lineWith(path, value);
  const fields = fieldsAt(path[0] as Kind, path.slice(2));
  if (input === null) return emptyHint(f, path);
  if (expected === 'number' || expected === 'int') {
    const digits = thousandsDigits(input);
    if (digits) return v.thousands(line(digits));
    if (typeof input === 'string' && /^-?\d+(\.\d+)?$/.test(input.trim())) return v.unquote(line(input.trim()));
    return typeof input === 'number' ? v.wholeNumber : v.number;
  }
  if (expected === 'string') return typeof input === 'number' || typeof input === 'boolean' ? v.quoteIt(line(quoteText(String(input)))) : v.text;
  if (expected === 'array') {
    if (fields.length > 0 || typeof input !== 'string') return v.itemLines(String(path[path.length - 1]));
    return v.squareBrackets(line(flowList(input)));
  }
  if (expected === 'object') {
    if (path.length === 2) return v.recordForm;
    return v.mappingForm(line(`{ ${fields.map((k) => `${k}: ...`).join(', ')} }`));
  }
  return v.checkValue;
}

/** An empty value: left empty, or emptied by a ` #` that YAML read as the start of a comment. */
function emptyHint(f: YamlFile, path: PropertyKey[]): string {
  const v = t().validate;
  const point = locate(f, path);
  const comment = /^([^#]*?:)[ \t]+(#.*)$/.exec(point.source.trim());
  return comment ? v.commentAte(`${comment[1]} ${quoteText(comment[2]!.trimEnd())}`) : v.emptyValue;
}

function schemaHint(key: string, input: unknown, line: (value: string) => string): string {
  const v = t().validate;
  const text = typeof input === 'string' ? input : undefined;
  switch (key) {
    case 'id':
      return text && slug(text) ? v.slug(line(slug(text))) : v.idForm;
    case 'country': {
      const code = text ? countryCode(text) : undefined;
      if (!code) return v.countryForm;
      return code === text!.trim().toUpperCase() ? v.countryCase(line(code)) : v.countryCode(text!, line(code));
    }
    case 'day':
    case 'dayOrMonth':
    case 'partialDate': {
      const iso = text ? isoDate(text) : undefined;
      if (iso) return v.isoDate(line(iso));
      return text && hasTimeOfDay(text) ? v.dateOnly : v.dateForm;
    }
    case 'url': {
      const fixed = text ? withScheme(text) : undefined;
      return fixed ? v.https(line(fixed)) : v.urlForm;
    }
    default:
      return (v.schemaHints as Record<string, string>)[key] ?? v.checkValue;
  }
}

/** The catalogue key of a check's message (see describe-issue.ts). */
export function schemaKey(issue: z.core.$ZodIssue): string {
  const params = (issue as { params?: { key?: string } }).params;
  return params?.key ?? (issue.code === 'too_small' && issue.minimum === 0 ? 'positive' : issue.message);
}
