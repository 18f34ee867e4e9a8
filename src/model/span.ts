import type { z } from 'zod';

/**
 * Zod refinement shared by every record with `start` and an inclusive `end`. Dates of different
 * precision compare on what both know: `2016` to `2016-12-31` is fine, `2017-03` to `2017-02-28` is not.
 */
export function endNotBeforeStart(record: { start?: string; end?: string }, ctx: z.RefinementCtx): void {
  const { start, end } = record;
  if (start === undefined || end === undefined) return;
  const n = Math.min(start.length, end.length);
  if (end.slice(0, n) < start.slice(0, n)) {
    const params = { key: 'endBeforeStart', values: [start] };
    ctx.addIssue({ code: 'custom', path: ['end'], input: end, message: params.key, params });
  }
}
