import type { YAMLError } from 'yaml';
import { t } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Unavailable } from './loaded-record.js';
import { layoutMistakes, type Finding } from './layout-mistakes.js';
import { lineMistake, unclosed } from './line-mistakes.js';
import { LIMITS } from './limits.js';
import { idOf, lineRecords, recordAtLine, recordEnd, sourceLines, type LineRecord, type SourceLine } from './source-lines.js';

/** A mistake found behind one or more of YAML's errors, with the lines whose errors it explains. */
export interface Mistake extends Finding {
  /** Whether it makes YAML read the lines after it as something else (an unclosed quote or bracket). */
  swallows?: boolean;
}

interface Cause {
  mistake: Mistake;
  followers: Diagnostic[];
  /** Lines with an error already counted: YAML often reports one line's trouble several times. */
  lines: Set<number>;
}

/**
 * Every syntax error of a file, in line order, each said as the mistake a person made and what to
 * do about it. YAML's errors that follow from one mistake (a misindented line throws off the lines
 * after it) are kept as its followers.
 */
export function explainSyntax(file: string, text: string, errors: readonly YAMLError[], lineOf: (offset: number) => number): Diagnostic[] {
  const lines = sourceLines(text);
  const records = lineRecords(lines);
  const findings = layoutMistakes(lines, records);
  const causes: Cause[] = [];
  const within = (m: Mistake, n: number) => m.span[0] <= n && n <= m.span[1];
  const causeOf = (m: Mistake) => causes.find((c) => c.mistake === m || (c.mistake.line === m.line && c.mistake.code === m.code));

  for (const e of [...errors].sort((a, b) => a.pos[0] - b.pos[0])) {
    const n = Math.min(lineOf(e.pos[0]), lines.length);
    const raw = rawDiagnostic(file, e, lines[n - 1]!, e.pos[0] - lines[n - 1]!.start);
    const swallowed = causes.find((c) => c.mistake.swallows && within(c.mistake, n))?.mistake;
    const recognised = swallowed ? undefined : recognise(e, text, lines, n, recordEnd(records, n));
    const mistake = swallowed ?? recognised ?? findings.find((f) => within(f, n)) ?? causes.find((c) => within(c.mistake, n))?.mistake;

    const found = mistake ?? generic(e, raw, lines);
    const cause = causeOf(found) ?? causes[causes.push({ mistake: found, followers: [], lines: new Set([found.line]) }) - 1]!;
    // The error a mistake was recognised by is that mistake itself; so are the others on its lines.
    if (!cause.lines.has(n) && !recognised) cause.followers.push(raw);
    cause.lines.add(n);
  }
  return causes
    .sort((a, b) => a.mistake.line - b.mistake.line || a.mistake.col - b.mistake.col)
    .map((c) => toDiagnostic(file, c, lines, records));
}

function recognise(e: YAMLError, text: string, lines: SourceLine[], n: number, until: number): Mistake | undefined {
  const d = t().diag;
  if (e.code === 'RESOURCE_EXHAUSTION') {
    return { line: n, col: 1, code: 'yaml/too-deep', message: d.nestedTooDeep(LIMITS.maxDepth), hint: t().validate.tooDeepHint, span: [n, n] };
  }
  return unclosed(e, text, lines, until) ?? lineMistake(e, lines, n, until);
}

function generic(e: YAMLError, raw: Diagnostic, lines: SourceLine[]): Mistake {
  const v = t().validate;
  if (e.code === 'DUPLICATE_KEY') {
    const l = lines[raw.line - 1]!;
    const first = lines.slice(0, raw.line - 1).reverse().find((o) => o.key === l.key && o.keyAt === l.keyAt);
    const hint = first ? v.duplicateKeyHint(first.n) : v.duplicateKeyHint();
    return { line: raw.line, col: raw.col, code: 'yaml/duplicate-key', message: raw.message, hint, span: [raw.line, raw.line] };
  }
  return { line: raw.line, col: raw.col, code: raw.code!, message: raw.message, hint: v.yamlHint, span: [raw.line, raw.line] };
}

/** One of YAML's errors in plain words, without its own text (which speaks of YAML's grammar). */
function rawDiagnostic(file: string, e: YAMLError, line: SourceLine, at: number): Diagnostic {
  const d = t().diag;
  const col = Math.max(1, Math.min(at, line.text.length) + 1);
  const message =
    e.code === 'DUPLICATE_KEY' ? d.duplicateKey(line.key ?? '') : t().validate.yamlLine(d.yamlCodes[e.code] ?? t().validate.yamlUnknown);
  return { file, line: line.n, col, code: `yaml/${e.code.toLowerCase().replaceAll('_', '-')}`, message, source: line.text };
}

function toDiagnostic(file: string, c: Cause, lines: SourceLine[], records: LineRecord[]): Diagnostic {
  const m = c.mistake;
  const line = lines[m.line - 1]!;
  const r = recordAtLine(records, m.line);
  const own = r?.kind !== undefined && line.key !== undefined && line.keyAt === r.fieldIndent;
  return {
    file,
    line: m.line,
    col: m.col,
    code: m.code,
    ...(r?.kind ? { record: { kind: r.kind, index: r.index, line: r.from, name: r.name } } : {}),
    ...(own ? { field: `${r.kind}[${r.index}].${line.key}` } : {}),
    message: m.message,
    hint: m.hint,
    source: line.text,
    ...(c.followers.length > 0 ? { followers: c.followers } : {}),
  };
}

/** The records of a file that did not parse, by id, each kept out by the last mistake up to its end. */
export function idsOfBrokenFile(text: string, causes: Diagnostic[]): Unavailable[] {
  if (causes.length === 0) return [];
  const lines = sourceLines(text);
  const records = lineRecords(lines);
  const out: Unavailable[] = [];
  let r = 0;
  let c = 0;
  for (const l of lines) {
    const id = idOf(l);
    if (id === undefined) continue;
    while (r < records.length && records[r]!.to < l.n) r++;
    const record = records[r] && records[r]!.from <= l.n ? records[r] : undefined;
    while (c + 1 < causes.length && causes[c + 1]!.line <= (record?.to ?? l.n)) c++;
    out.push({ kind: record?.kind, id, cause: causes[c]! });
  }
  return out;
}
