import { textWidth } from './wrap.js';

/**
 * A message for a terminal of `width` columns: each line that does not fit is broken at spaces,
 * its continuation indented by four, so the terminal never wraps it mid-word. Words are never
 * cut (a `file:line:col` stays whole, and clickable), and indented lines, such as quoted source
 * lines, are left as they are.
 */
export function wrapMessage(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => (textWidth(line) <= width || /^\s/.test(line) ? [line] : breakLine(line, width)))
    .join('\n');
}

function breakLine(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(next) > width) {
      out.push(current);
      current = `    ${word}`;
    } else {
      current = next;
    }
  }
  return [...out, current];
}
