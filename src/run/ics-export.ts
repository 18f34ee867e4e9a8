import { t } from '../i18n/index.js';
import type { CalendarEntry } from '../model/calendar-entry.js';
import { isMonthOnly } from '../model/dates.js';
import type { Dataset } from '../model/records.js';
import { DEFAULT_TIME_ZONE } from '../model/time-zone.js';
import { formatSpan } from '../output/dates.js';
import { VERSION } from '../version.js';
import type { GlobalOptions, OutputOptions } from './action-options.js';
import { emitText, requireFormat, warn } from './shared.js';
import { sourceDate } from './source-date.js';
import { mainMunicipality } from '../query/home.js';

/** The options of a command that can write an .ics (calendar and agenda). */
export interface IcsOptions {
  includeMonthOnly?: boolean;
  calendarName?: string;
  uidDomain?: string;
}

/** The .ics-only options are a usage error with any other format. */
export function checkIcsOptions(format: string, opts: IcsOptions): void {
  requireFormat(format, 'ics', {
    '--include-month-only': opts.includeMonthOnly,
    '--calendar-name': opts.calendarName,
    '--uid-domain': opts.uidDomain,
  });
}

/**
 * Writes entries as an .ics file, the one writer for calendar and agenda. Entries known only to
 * the month are left out, each named in a warning, unless --include-month-only.
 */
export async function emitIcs(
  entries: CalendarEntry[],
  data: Dataset,
  opts: IcsOptions & OutputOptions & GlobalOptions,
  defaultName: string,
): Promise<void> {
  const skipped = opts.includeMonthOnly ? [] : entries.filter((e) => isMonthOnly(e.start));
  for (const e of skipped) warn(t().run.leftOut(e.id, e.title, formatSpan(e.start)));
  const included = entries.filter((e) => !skipped.includes(e));
  const municipality = mainMunicipality(data);
  const names = new Map([...data.networks, ...data.cities].map((r) => [r.id, r.name]));
  const { toIcs } = await import('../output/ics.js');
  const ics = toIcs(included, {
    name: opts.calendarName ?? defaultName,
    uidDomain: opts.uidDomain ?? municipality?.uid_domain ?? 'intl.invalid',
    stamp: sourceDate(),
    version: VERSION,
    names,
    timeZone: municipality?.time_zone ?? DEFAULT_TIME_ZONE,
  });
  emitText(ics, opts, included.length, 'event');
}
