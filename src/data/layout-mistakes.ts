import { t } from '../i18n/index.js';
import { FIELD_NAMES } from './field-names.js';
import type { LineRecord, SourceLine } from './source-lines.js';

/** A mistake in the shape of a record's lines, with the lines whose YAML errors follow from it. */
export interface Finding {
  line: number;
  col: number;
  code: string;
  message: string;
  hint: string;
  /** First and last line that the mistake throws YAML off on. */
  span: [number, number];
}

type Mode = 'empty' | 'block' | 'plain' | 'other' | 'parent' | 'list';

function modeOf(value: string): Mode {
  if (value === '' || value.startsWith('#')) return 'empty';
  if (/^[|>][-+0-9]*[ \t]*(#.*)?$/.test(value)) return 'block';
  return /^["'{[&*!]/.test(value) ? 'other' : 'plain';
}

/**
 * Lines of each record that stand where YAML cannot make sense of them: a field indented unlike
 * the others, an entry indented unlike the others, a value that goes on at a field's column, a
 * record that starts without its dash. Only trusted where YAML itself reports an error.
 */
export function layoutMistakes(lines: SourceLine[], records: LineRecord[]): Finding[] {
  return records.flatMap((r, i) => recordMistakes(lines.slice(r.from - 1, r.to), r, records[i + 1]?.from ?? r.to + 1));
}

/** The first line after the record (the next record's dash) is often where YAML notices. */
function recordMistakes(lines: SourceLine[], r: LineRecord, until: number): Finding[] {
  const v = t().validate;
  const out: Finding[] = [];
  const F = r.fieldIndent;
  let seen = new Set(lines[0]!.key ? [lines[0]!.key] : []);
  let prev = { key: lines[0]!.key ?? '', mode: modeOf(lines[0]!.value), n: r.from };
  let child: { indent: number; key?: string } | undefined;
  let skipDeeperThan = Infinity;
  let blank = false;
  const add = (l: SourceLine, code: string, message: string, hint: string, from = prev.n, col = l.indent + 1) =>
    out.push({ line: l.n, col, code, message, hint, span: [from, until] });

  for (const l of lines.slice(1)) {
    const J = l.indent;
    if (l.empty || l.tabCol !== undefined || J > skipDeeperThan) {
      blank ||= l.text.trim() === '';
      continue;
    }
    skipDeeperThan = Infinity;
    if ((prev.mode === 'block' && J > F) || (prev.mode === 'list' && (J > F || l.dash))) continue;
    if (child && J >= child.indent) {
      child.key ??= l.key;
    } else if (child && J > F && l.dash) {
      add(l, 'yaml/indentation', v.itemColumn(J + 1, child.indent + 1, prev.key), v.moveItemTo(child.indent + 1));
    } else if (child && J > F) {
      add(l, 'yaml/indentation', v.fieldColumn(l.key, J + 1, child.indent + 1, prev.key), v.moveTo(child.indent + 1, child.key ?? prev.key));
    } else if (J > F && prev.mode === 'empty') {
      child = { indent: J, key: l.key };
      prev.mode = 'parent';
    } else if (l.dash && J === F && prev.mode === 'empty') {
      prev.mode = 'list';
    } else if (l.dash && J !== r.dashIndent) {
      add(l, 'yaml/entry-indentation', v.entryColumn(J + 1, r.dashIndent + 1), v.moveEntryTo(r.dashIndent + 1));
      skipDeeperThan = J;
    } else if (l.key && J !== F) {
      add(l, 'yaml/indentation', v.fieldColumn(l.key, J + 1, F + 1), v.moveTo(F + 1, prev.key));
    } else if (!l.key && !l.dash && J <= F && FIELD_NAMES.has(/^\S+/.exec(l.text.trim())![0])) {
      const key = /^\S+/.exec(l.text.trim())![0];
      add(l, 'yaml/missing-colon', v.missingColon(key), v.addColon(`${key}:${l.text.trim().slice(key.length)}`), prev.n, J + key.length + 1);
    } else if (!l.key && !l.dash && J <= F && (prev.mode === 'plain' || prev.mode === 'block')) {
      add(l, 'yaml/split-value', v.splitValue(prev.key), prev.mode === 'block' ? v.blockLineHint(prev.key) : v.splitValueHint(prev.key));
    } else if (l.key && J === F) {
      if (seen.has(l.key) && (l.key === lines[0]!.key || blank)) {
        add(l, 'yaml/missing-dash', v.missingDash, v.missingDashHint(`- ${l.text.trim()}`, r.dashIndent + 1), l.n);
        seen = new Set();
      }
      seen.add(l.key);
      prev = { key: l.key, mode: modeOf(l.value), n: l.n };
      child = undefined;
    }
    blank = false;
  }
  return out;
}
