import { isPair, isScalar, Scalar, visit, type Document } from 'yaml';
import { t } from '../i18n/index.js';
import { quoteText } from './line-mistakes.js';

export interface DroppedText {
  /** Offset of the `#` that starts what YAML took for a comment. */
  offset: number;
  message: string;
  hint: string;
}

/**
 * Unquoted texts followed by ` #` on their line: YAML ends the text there and drops the rest as a
 * comment (`title: Luciafeiring #2 med gjester` is only "Luciafeiring"). Numbers, dates and
 * empty values followed by a comment are left alone: that is how comments are meant to be used.
 */
export function droppedText(doc: Document, text: string): DroppedText[] {
  // Most files have no comment after a value at all: a look at the text spares the walk.
  if (!/\S[ \t]+#/.test(text)) return [];
  const v = t().validate;
  const out: DroppedText[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || node.type !== Scalar.PLAIN || typeof node.value !== 'string' || !node.range) return;
      const end = node.range[1];
      const eol = text.indexOf('\n', end);
      const rest = text.slice(end, eol < 0 ? text.length : eol).replace(/\r$/, '');
      const comment = /^[ \t]+#/.exec(rest);
      if (!comment) return;
      const parent = path.at(-1);
      const name = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : undefined;
      const whole = `${node.value}${rest}`.trimEnd();
      const fixed = name === undefined ? `- ${quoteText(whole)}` : `${name}: ${quoteText(whole)}`;
      out.push({ offset: end + comment[0].length - 1, message: v.droppedText(name, node.value), hint: v.droppedTextHint(fixed) });
    },
  });
  return out;
}
