import { t } from '../i18n/index.js';
import { isWarning, type Diagnostic, type RecordRef } from '../model/diagnostic.js';

/** How many problems a list holds: causes, problems that follow from them, and warnings. */
export interface Counts {
  causes: number;
  followers: number;
  warnings: number;
}

export function countDiagnostics(diagnostics: Diagnostic[]): Counts {
  const errors = diagnostics.filter((d) => !isWarning(d));
  return { causes: errors.length, followers: followersOf(errors).length, warnings: diagnostics.length - errors.length };
}

/**
 * Every diagnostic as a person reads it: the first line `file:line:col: record, field: message;
 * what to do` (the form editors make clickable), then the line of the file with a caret under
 * the column, then the problems that follow from it: counted, or listed with `all`.
 */
export function formatDiagnostics(diagnostics: Diagnostic[], all = false): string {
  return diagnostics.map((d) => formatDiagnostic(d, all)).join('\n');
}

function formatDiagnostic(d: Diagnostic, all: boolean): string {
  const v = t().validate;
  const out = [headline(d), ...codeFrame(d)];
  const followers = followersOf([d]);
  // A follower's own hint would send the reader the wrong way: its cause's hint is the fix.
  if (followers.length > 0 && all) out.push(`  ${v.followersListed(followers.length)}`, ...followers.map((f) => `    ${headline({ ...f, hint: undefined })}`));
  else if (followers.length > 0) out.push(`  ${v.followers(followers.length)}`);
  return out.join('\n');
}

export function headline(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${isWarning(d) ? t().validate.warning : ''}${problemText(d)}`;
}

/** The problem in words, without its place: `record, field: message; what to do`. */
export function problemText(d: Diagnostic): string {
  const v = t().validate;
  const where = [d.record && recordLabel(d.record), innerField(d)].filter(Boolean).join(', ');
  const text = d.hint ? v.withHint(d.message, d.hint) : d.message;
  return `${where ? `${where}: ` : ''}${text}`;
}

/** Every diagnostic and, after each, the problems that follow from it, at any depth. */
export function withFollowers(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.flatMap((d) => [d, ...followersOf([d])]);
}

function followersOf(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.flatMap((d) => (d.followers ?? []).flatMap((f) => [f, ...followersOf([f])]));
}

function recordLabel(r: RecordRef): string {
  const v = t().validate;
  const noun = v.kinds[r.kind] ?? r.kind;
  return r.name !== undefined ? v.recordNamed(noun, r.name, r.line) : v.recordAt(noun, r.line);
}

/** The field inside its record, without list positions: `population.count`, `owners.role`. */
function innerField(d: Diagnostic): string | undefined {
  if (!d.field) return undefined;
  const inner = d.record ? d.field.replace(/^[^.[]+\[\d+\]\.?/, '') : d.field;
  return inner.replace(/\[\d+\]/g, '') || undefined;
}

const WIDTH = 100;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad\u0300-\u036f]/;

/** The line of the file, cut to a window around the column when long, and a caret under the column. */
function codeFrame(d: Diagnostic): string[] {
  if (d.source === undefined) return [];
  const chars = [...d.source];
  let caret = [...d.source.slice(0, d.col - 1)].length;
  let shown = chars;
  if (chars.length > WIDTH) {
    const start = Math.max(0, Math.min(caret - WIDTH / 2, chars.length - WIDTH));
    shown = [...(start > 0 ? ['…'] : []), ...chars.slice(start, start + WIDTH), ...(start + WIDTH < chars.length ? ['…'] : [])];
    caret += start > 0 ? 1 - start : 0;
  }
  const number = String(d.line);
  const pad = shown
    .slice(0, caret)
    .map((c) => (c === '\t' ? '\t' : ZERO_WIDTH.test(c) ? '' : ' '))
    .join('');
  return [`  ${number} | ${shown.join('')}`.trimEnd(), `  ${' '.repeat(number.length)} | ${pad}^`];
}
