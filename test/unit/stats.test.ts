import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../../src/model/calendar-entry.js';
import { regionOf } from '../../src/model/regions.js';
import { bar, drawCharts } from '../../src/output/bar-chart.js';
import { calendarStats } from '../../src/query/stats.js';

describe('bar', () => {
  it('draws eighths of a block, the largest value across the width', () => {
    expect(bar(8, 8, 4)).toBe('████');
    expect(bar(1, 8, 4)).toBe('▌');
    expect(bar(3, 8, 1)).toBe('▍');
    expect(bar(1, 1000, 4)).toBe('▏');
    expect(bar(0, 8, 4)).toBe('');
  });
});

describe('drawCharts', () => {
  it('lines labels and numbers up across charts and fits the width', () => {
    const text = drawCharts(
      [
        { title: 'A', bars: [{ label: 'short', value: 1500 }, { label: 'a label far too long to keep', value: 3 }] },
        { title: 'B', bars: [{ label: 'x', value: 0 }], note: 'how to read it' },
      ],
      { width: 30, language: 'nb' },
    );
    expect(text).toBe(
      ['A', '  short       1\u00a0500 ██████████', '  a label fa…     3 ▏', '', 'B', '  x               0', '  how to read it', ''].join('\n'),
    );
  });
});

describe('regionOf', () => {
  it('counts the Nordic islands as Nordic, Moldova as Europe, Israel and Cyprus outside', () => {
    expect(['SE', 'FO', 'GL', 'AX'].map(regionOf)).toEqual(['nordic', 'nordic', 'nordic', 'nordic']);
    expect(['MD', 'HR', 'GB'].map(regionOf)).toEqual(['europe', 'europe', 'europe']);
    expect(['IL', 'PS', 'US', 'CY'].map(regionOf)).toEqual(['outside', 'outside', 'outside', 'outside']);
  });
});

describe('calendarStats', () => {
  const entry = (id: string, start: string, end: string | undefined, ...names: string[]): CalendarEntry => ({
    id,
    title: id,
    start,
    end,
    owners: names.map((name) => ({ name })),
  });

  it('counts an entry in every month it touches within the year, and each owner\'s days once', () => {
    const stats = calendarStats(
      [
        entry('new-year', '2016-12-30', '2017-01-02', 'Åse Berg'),
        entry('overlap', '2017-01-02', '2017-01-03', 'åse berg', 'Åse Berg'),
        entry('month', '2017-03', undefined, 'Åse Berg'),
      ],
      2017,
    );
    expect(stats.byMonth.slice(0, 3).map((m) => m.count)).toEqual([2, 0, 1]);
    expect(stats.byOwner).toEqual([{ owner: 'Åse Berg', entries: 3, days: 3 }]);
  });
});
