import { afterEach, describe, expect, it } from 'vitest';
import { progressLine } from '../../src/output/progress-bar.js';
import { progressReporter, SHOW_AFTER_MS } from '../../src/run/progress.js';

describe('progressLine', () => {
  afterEach(() => {
    delete process.env.INTL_LANG;
  });

  it('shows files done of all and an estimate, fitted to the width with a column spare', () => {
    const line = progressLine(1204, 3916, 10_000, 80, 'en');
    expect(line).toBe('intl: reading data ███████▋░░░░░░░░░░░░░░░░░ 1,204/3,916 files, about 23 s left');
    expect([...line].length).toBeLessThanOrEqual(79);
    expect([...progressLine(1204, 3916, 10_000, 60, 'en')].length).toBe(59);
  });

  it('speaks bokmål, with minutes for a long wait, and drops the bar where there is no room', () => {
    process.env.INTL_LANG = 'nb';
    expect(progressLine(10, 400, 5000, 80, 'nb')).toMatch(/^intl: leser data ▋░+ 10\/400 filer, omtrent 3 min 15 s igjen$/);
    expect(progressLine(10, 400, 5000, 40, 'nb')).toBe('intl: 10/400 filer, omtrent 3 min 15 s');
  });
});

describe('progressReporter', () => {
  const fake = () => {
    const written: string[] = [];
    let time = 0;
    return { written, tick: (ms: number) => (time += ms), target: { write: (s: string) => written.push(s), width: () => 80, now: () => time } };
  };

  it('draws nothing for a run that parses in under a second', () => {
    const { written, tick, target } = fake();
    const parsed = progressReporter(target);
    for (let i = 1; i <= 10; i++) {
      tick(SHOW_AFTER_MS / 20);
      parsed(i, 10);
    }
    expect(written).toEqual([]);
  });

  it('draws after a second, at most ten times a second, and clears its line at the end', () => {
    const { written, tick, target } = fake();
    const parsed = progressReporter(target);
    tick(SHOW_AFTER_MS);
    for (let i = 1; i < 100; i++) {
      tick(10);
      parsed(i, 100);
    }
    parsed(100, 100);
    expect(written.length).toBe(10 + 1);
    expect(written[0]).toMatch(/^\rintl: reading data .* 1\/100 files, about 1 min 40 s left\x1b\[K$/);
    expect(written.at(-1)).toBe('\r\x1b[K');
  });
});
