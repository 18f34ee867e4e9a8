import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';

/** Now, or SOURCE_DATE_EPOCH when set, so the same data gives the same bytes. */
export function sourceDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) throw new UsageError(t().usage.sourceDateEpoch(epoch));
  return new Date(Number(epoch) * 1000);
}
