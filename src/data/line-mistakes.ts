import type { YAMLError } from 'yaml';
import { t } from '../i18n/index.js';
import { KIND_NAMES } from '../model/vocabulary.js';
import { suggest } from '../suggest.js';
import { FIELD_NAMES } from './field-names.js';
import { findLookalike } from './lookalikes.js';
import type { SourceLine } from './source-lines.js';
import type { Mistake } from './syntax-mistakes.js';

/** The text as a quoted YAML value a person can paste: double quotes, or single ones for text with " or \. */
export function quoteText(text: string): string {
  return /["\\]/.test(text) ? `'${text.replaceAll("'", "''")}'` : `"${text}"`;
}

const mistake = (l: SourceLine, at: number, code: string, message: string, hint: string, lastLine = l.n): Mistake => ({
  line: l.n,
  col: at + 1,
  code,
  message,
  hint,
  span: [l.n, lastLine],
});

/** `key: ` as written on the line, dash and indentation included, before a corrected value. */
const lead = (l: SourceLine) => `${l.text.slice(l.indent, l.valueAt).trimEnd()} `;
const withoutComment = (value: string) => value.replace(/[ \t]+#.*$/, '').trimEnd();

/** A mistake on the error's own line: tabs, colons, quotes, dashes, spaces. A tab throws YAML off `until` a line. */
export function lineMistake(e: YAMLError, lines: SourceLine[], n: number, until: number): Mistake | undefined {
  const l = lines[n - 1]!;
  const v = t().validate;
  if (l.tabCol !== undefined) return mistake(l, l.tabCol - 1, 'yaml/tab', v.tab, v.tabHint, until);
  const inBraces = colonInBraces(l, e.pos[0] - l.start);
  if (inBraces) return inBraces;
  if (!l.key) return keyless(l, n === 1 || l.indent === 0, until);
  const value = withoutComment(l.value);
  if (l.value.startsWith('- ')) return mistake(l, l.valueAt, 'yaml/dash-after-key', v.dashAfterKey(l.key), v.dashAfterKeyHint(l.key));
  if (e.code === 'BAD_SCALAR_START') {
    return mistake(l, l.valueAt, 'yaml/reserved-start', v.reservedStart(value[0] ?? ''), v.quoteIt(lead(l) + quoteText(value)));
  }
  const quoted = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*[^#\s]/.exec(value)?.[1];
  if (quoted) {
    const inner = quoted.startsWith("'") && value.endsWith("'") ? value.slice(1, -1) : value;
    return mistake(l, l.valueAt, 'yaml/leading-quote', v.leadingQuote(quoted), v.quoteIt(lead(l) + quoteText(inner)));
  }
  const colon = /:(?=[ \t]|$)/.exec(value);
  if (colon && !/^["'{[|>&*!]/.test(value)) {
    return mistake(l, l.valueAt + colon.index, 'yaml/colon-in-text', v.colonInText, v.quoteIt(lead(l) + quoteText(value)));
  }
  return undefined;
}

/** `{ title: rådgiver: internasjonalt }`: a colon in a text inside braces, where YAML stopped at `at`. */
function colonInBraces(l: SourceLine, at: number): Mistake | undefined {
  if (!l.text.slice(0, at).includes('{')) return undefined;
  const start = Math.max(l.text.lastIndexOf(',', at - 1), l.text.lastIndexOf('{', at - 1)) + 1;
  const end = /[,}]/.exec(l.text.slice(at))?.index;
  const item = l.text.slice(start, end === undefined ? undefined : at + end);
  const pair = /^([ \t]*)([^\s:]+):[ \t]+(.*?)[ \t]*$/.exec(item);
  const colon = pair ? /:(?=[ \t]|$)/.exec(pair[3]!) : null;
  if (!pair || !colon) return undefined;
  const valueAt = start + item.indexOf(pair[3]!, pair[1]!.length + pair[2]!.length + 1);
  return mistake(l, valueAt + colon.index, 'yaml/colon-in-text', t().validate.colonInText, t().validate.quoteIt(`${pair[2]}: ${quoteText(pair[3]!)}`));
}

/** A line YAML could not read as `key: value`: a missing space, a look-alike space, a kind without its colon. */
function keyless(l: SourceLine, top: boolean, until: number): Mistake | undefined {
  const v = t().validate;
  const body = l.text.slice(l.keyAt);
  const dash = /^-([^\s-][^\s:]*):[ \t]/.exec(l.text.slice(l.indent));
  if (dash && FIELD_NAMES.has(dash[1]!)) {
    return mistake(l, l.indent, 'yaml/dash-space', v.missingDashSpace, v.addDashSpace(`- ${l.text.slice(l.indent + 1)}`), until);
  }
  const glued = /^([^\s:]+):(.)/u.exec(body);
  if (glued && (FIELD_NAMES.has(glued[1]!) || KIND_NAMES.includes(glued[1] as never))) {
    const at = l.keyAt + glued[1]!.length + 1;
    const odd = findLookalike(glued[2]!);
    if (odd) return mistake(l, at, 'yaml/lookalike', v.lookalike(v.what.line!, odd.name, at + 1), v.lookalikeHint[odd.plain]!, l.n + 1);
    const fixed = `${l.text.slice(l.indent, at)} ${l.text.slice(at)}`;
    return mistake(l, at - 1, 'yaml/colon-space', v.missingSpace(glued[1]!), v.addSpace(fixed), l.n + 1);
  }
  const kind = top && /^[^\s:#]+$/.test(body) ? suggest(body, KIND_NAMES) : undefined;
  // Without its colon, the kind's whole list is read as something else.
  if (kind) return { ...mistake(l, l.keyAt + body.length, 'yaml/kind-colon', v.kindColon(body), v.kindColonHint(kind), Infinity), swallows: true };
  return undefined;
}

/**
 * A quote or a bracket left open (found from where YAML gave up), or a bracket that closes nothing.
 * YAML reads what follows as something else, `until` the end of the record at least.
 */
export function unclosed(e: YAMLError, text: string, lines: SourceLine[], until: number): Mistake | undefined {
  const v = t().validate;
  const errorLine = lineAt(lines, e.pos[0]);
  const bracket = /end with an? ([\]}])/.exec(e.message)?.[1];
  if (bracket) {
    const open = bracket === '}' ? '{' : '[';
    const at = openingBracket(text, e.pos[0], open, bracket);
    if (at < 0) return undefined;
    const l = lineAt(lines, at);
    const fixed = `${withoutComment(l.text.slice(l.indent))} ${bracket}`;
    return { ...mistake(l, at - l.start, 'yaml/unclosed-bracket', v.unclosed(open, bracket), v.closeIt(bracket, fixed), until), swallows: true };
  }
  const extra = /flow-(map|seq)-end/.exec(e.message);
  if (e.code === 'UNEXPECTED_TOKEN' && extra) {
    // YAML reads nothing after a bracket that closes nothing: every later error follows from it.
    const found = mistake(errorLine, e.pos[0] - errorLine.start, 'yaml/extra-bracket', v.extraClose(extra[1] === 'map' ? '}' : ']'), v.extraCloseHint, Infinity);
    return { ...found, swallows: true };
  }
  if (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) {
    const quote = e.message.includes('"') ? '"' : "'";
    const at = Math.max(text.lastIndexOf(quote, e.pos[0] - 1), 0);
    const l = lineAt(lines, at);
    const fixed = `${withoutComment(l.text.slice(l.indent))}${quote}`;
    return { ...mistake(l, at - l.start, 'yaml/unclosed-quote', t().diag.unclosedQuote(quote), v.closeQuote(quote, fixed), Math.max(errorLine.n, until)), swallows: true };
  }
  return undefined;
}

function lineAt(lines: SourceLine[], offset: number): SourceLine {
  let i = 0;
  while (i + 1 < lines.length && lines[i + 1]!.start <= offset) i++;
  return lines[i]!;
}

/** The offset of the `open` bracket left unclosed before `offset`, or -1. */
function openingBracket(text: string, offset: number, open: string, close: string): number {
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && depth-- === 0) return i;
  }
  return -1;
}
