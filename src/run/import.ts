import { readFileSync } from 'node:fs';
import { resolveDataDir } from '../data/default-data-dir.js';
import { readFolder } from '../edit/data-folder.js';
import { readIcs, type IcsRead } from '../edit/ics-events.js';
import { planImport } from '../edit/import-plan.js';
import { OperationError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { DEFAULT_TIME_ZONE } from '../model/time-zone.js';
import type { GlobalOptions } from './action-options.js';
import { parseOwner } from './add.js';
import { commitChanges } from './edit-commit.js';
import { warn } from './shared.js';

export interface ImportOptions extends GlobalOptions {
  from?: string;
  to?: string;
  owner?: string[];
  dryRun?: boolean;
}

/** `intl import FILE.ics`: every change checked with the whole folder, then written safely. */
export async function importAction(file: string, opts: ImportOptions): Promise<void> {
  const owners = opts.owner?.map(parseOwner);
  const folder = readFolder(resolveDataDir(opts.data));
  const municipality = folder.records.find((r) => r.kind === 'municipality')?.record;
  const zone = (municipality?.time_zone as string | undefined) ?? DEFAULT_TIME_ZONE;
  const range = opts.from !== undefined || opts.to !== undefined ? { from: opts.from ?? '0000-01-01', to: opts.to ?? '9999-12-31' } : undefined;
  const read = readCalendar(file, zone, range);
  if (read.series.length > 0) throw new UsageError(t().import.series(read.series));
  for (const name of read.cancelled) warn(t().import.cancelled(name));
  const plan = planImport(folder, read, owners, municipality?.uid_domain as string | undefined);
  commitChanges(folder, plan.changes, opts.dryRun);
  warn(t().import.summary(plan.added, plan.updated, plan.unchanged, read.cancelled.length));
}

function readCalendar(file: string, zone: string, range: { from: string; to: string } | undefined): IcsRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new OperationError(t().import.unreadable(file, (e as Error).message));
  }
  try {
    return readIcs(text, zone, range);
  } catch (e) {
    throw new OperationError(t().import.unreadable(file, (e as Error).message));
  }
}
