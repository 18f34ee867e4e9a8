import { format } from 'date-fns';
import { UsageError } from './errors.js';
import { t } from './i18n/index.js';
import { isDay } from './model/dates.js';

/** Today as YYYY-MM-DD: --today, else INTL_TODAY (for demos and tests), else the clock. */
export function today(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (option !== undefined) return option;
  const pinned = env.INTL_TODAY;
  if (pinned === undefined || pinned === '') return format(new Date(), 'yyyy-MM-dd');
  if (!isDay(pinned)) {
    throw new UsageError(t().usage.todayEnv(pinned));
  }
  return pinned;
}
