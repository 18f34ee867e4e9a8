import { UsageError } from './errors.js';
import { t } from './i18n/index.js';
import { isDay } from './model/dates.js';

/** Today as YYYY-MM-DD: --today, else INTL_TODAY (for demos and tests), else the clock. */
export function today(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (option !== undefined) return option;
  const pinned = env.INTL_TODAY;
  if (pinned === undefined || pinned === '') return localDay(new Date());
  if (!isDay(pinned)) {
    throw new UsageError(t().usage.todayEnv(pinned));
  }
  return pinned;
}

/**
 * The day of a moment where the machine is, as YYYY-MM-DD: date-fns' format(d, 'yyyy-MM-dd'),
 * without the formatters and locale that format loads (a fifth of a bundle).
 */
export function localDay(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
