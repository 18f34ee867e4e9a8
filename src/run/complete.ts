import { realpathSync } from 'node:fs';
import type { DataValues } from '../completion/spec.js';
import { cacheDir } from '../data/cache-dir.js';
import { packPath, readPack } from '../data/cache.js';
import { resolveDataDir } from '../data/default-data-dir.js';
import { findDataFiles } from '../data/find-files.js';
import { loadDataset } from '../data/load-dataset.js';
import { toDataset } from '../data/loaded-record.js';
import type { Dataset } from '../model/records.js';
import { writeStdout } from '../output/write-stdout.js';
import { compareNorwegian } from '../query/norwegian-order.js';
import { byPerson } from '../query/people.js';
import { fold } from '../query/text.js';
import type { GlobalOptions } from './action-options.js';

/** Without a cache, a folder up to this size is read for a TAB; a larger one offers nothing. */
const READ_WITHOUT_CACHE = 2 * 1024 * 1024;

/**
 * The values a completion offers, those starting with PREFIX (ignoring case and accents), one a
 * line. A completion never complains: a missing folder or cache offers nothing.
 */
export async function completeAction(what: DataValues, prefix: string | undefined, opts: GlobalOptions): Promise<void> {
  let data: Dataset | undefined;
  try {
    data = await cachedDataset(resolveDataDir(opts.data), opts);
  } catch {
    return;
  }
  const wanted = fold(prefix ?? '');
  const values = data ? dataValues(data, what).filter((v) => fold(v).startsWith(wanted)) : [];
  writeStdout(values.map((v) => `${v}\n`).join(''));
}

/**
 * The records of the cache's pack for the folder, as they were when a run last validated its
 * files: a TAB must not wait for hashing or parsing, and a value a few edits old does no harm.
 * Without a pack, a small folder is loaded (filling the cache for the next TAB).
 */
async function cachedDataset(dir: string, opts: GlobalOptions): Promise<Dataset | undefined> {
  const cache = opts.cache === false ? undefined : cacheDir();
  const pack = cache ? readPack(packPath(cache, realpathSync(dir))) : undefined;
  if (pack) {
    return toDataset(Object.entries(pack.files).flatMap(([file, f]) => f.records.map(([kind, index, record]) => ({ kind, index, record, file }))));
  }
  const bytes = findDataFiles(dir).files.reduce((n, file) => n + file.stats.size, 0);
  return bytes <= READ_WITHOUT_CACHE ? (await loadDataset(dir, { cacheDir: cache })).dataset : undefined;
}

function dataValues(data: Dataset, what: DataValues): string[] {
  const sorted = (values: string[]) => [...new Set(values)].sort(compareNorwegian);
  switch (what) {
    case 'owners':
      return sorted(byPerson(data.calendar).map((p) => p.name));
    case 'countries':
      return sorted(data.cities.map((c) => c.country));
    case 'cities':
      return sorted(data.cities.map((c) => c.id));
    case 'networks':
      return sorted(data.networks.map((n) => n.id));
    case 'ids':
      return sorted(Object.values(data).flatMap((records: { id: string }[]) => records.map((r) => r.id)));
  }
}
