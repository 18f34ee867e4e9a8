import { t } from '../i18n/index.js';
import { bar } from './bar-chart.js';
import { groupDigits, type NumberLanguage } from './numbers.js';

const MAX_BAR = 30;

/**
 * One line of progress, fitted to the width (one column spare, so that the terminal never
 * wraps it): `intl: reading data ████▌░░░░ 1,204/3,916 files, about 20 s left`. The estimate
 * assumes the files left go as fast as those done.
 */
export function progressLine(done: number, total: number, elapsedMs: number, width: number, language: NumberLanguage): string {
  const p = t().progress;
  const count = p.files(groupDigits(done, language), groupDigits(total, language), total);
  const text = done > 0 ? `${count}, ${p.left(duration((elapsedMs / done) * (total - done)))}` : count;
  const prefix = `intl: ${p.reading} `;
  const barWidth = Math.min(MAX_BAR, width - 1 - prefix.length - text.length - 1);
  if (barWidth < 5) return [...`intl: ${text}`].slice(0, Math.max(0, width - 1)).join('').trimEnd();
  const filled = bar(done, total, barWidth);
  return `${prefix}${filled}${'░'.repeat(barWidth - [...filled].length)} ${text}`;
}

/** `8 s`, `2 min 5 s`: whole seconds, at least one. */
function duration(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
