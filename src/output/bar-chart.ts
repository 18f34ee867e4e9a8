import chalk from 'chalk';
import { groupDigits, type NumberLanguage } from './numbers.js';
import { textWidth, wrapText } from './wrap.js';

export interface Chart {
  title: string;
  bars: { label: string; value: number }[];
  /** A sentence under the chart on how to read it. */
  note?: string;
}

export interface ChartOptions {
  /** The width to fit, in characters. */
  width: number;
  language: NumberLanguage;
  /** Colour level (see colour.ts); 0 is none, and the chart reads the same without it. */
  level?: 0 | 1 | 2 | 3;
}

// A bar is whole blocks and one of these for the last eighth-steps: `███▍` is 3 3/8.
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const INDENT = '  ';
/** The room a bar keeps however long the labels are: a label is cut (`…`) before the bar is. */
const MIN_BAR = 10;

/**
 * Horizontal bar charts for a terminal: each bar's label, its number, and the bar in Unicode
 * blocks, scaled to the chart's largest value and fitted to the width. Every chart shares one
 * label column so that they line up; a label longer than leaves a bar its room ends in `…`.
 */
export function drawCharts(charts: Chart[], options: ChartOptions): string {
  chalk.level = options.level ?? 0;
  const { width, language } = options;
  const all = charts.flatMap((c) => c.bars);
  const numberWidth = Math.max(1, ...all.map((b) => groupDigits(b.value, language).length));
  const labelWidth = Math.max(4, Math.min(Math.max(0, ...all.map((b) => textWidth(b.label))), width - INDENT.length - numberWidth - 2 - MIN_BAR));
  const barWidth = Math.max(1, width - INDENT.length - labelWidth - numberWidth - 2);
  return charts
    .map((chart) => {
      const max = Math.max(0, ...chart.bars.map((b) => b.value));
      const lines = chart.bars.map(
        (b) => `${INDENT}${fit(b.label, labelWidth)} ${groupDigits(b.value, language).padStart(numberWidth)} ${chalk.cyan(bar(b.value, max, barWidth))}`.trimEnd(),
      );
      const note = chart.note ? wrapText(chart.note, width - INDENT.length).map((l) => chalk.dim(`${INDENT}${l}`)) : [];
      const title = wrapText(chart.title, width).map((l) => chalk.bold(l));
      return [...title, ...lines, ...note].map((l) => `${l}\n`).join('');
    })
    .join('\n');
}

/** A bar of `value / max` of the width in eighths of a block; anything above nothing shows. */
export function bar(value: number, max: number, width: number): string {
  if (value <= 0 || max <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

function fit(label: string, width: number): string {
  const chars = [...label];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : label + ' '.repeat(width - chars.length);
}
