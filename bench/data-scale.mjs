// Queries on the embedded data and on a regional and a national folder, cold and warm, against
// a plain yaml parse and a JSON.parse of the same records measured in the same run; and the
// progress bar's cost: the section "Data folders" of BENCHMARKS.md. Used by run.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { measure } from './harness.mjs';
import { progressCost } from './progress-cost.mjs';

const bench = new URL('.', import.meta.url).pathname;
const count = (dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.yaml')).length;

/** Generates the folders under `dataRoot`, times the queries, returns rows, targets and what the data was. */
export function dataScale(intl, embeddedDir, dataRoot, say) {
  const cache = join(dataRoot, 'cache');
  const env = { INTL_CACHE_DIR: cache };
  const emptyCache = () => rmSync(cache, { recursive: true, force: true });
  mkdirSync(dataRoot, { recursive: true });
  say('generating the regional and national folders');
  for (const [name, scale] of [['regional', '0.1'], ['national', '1']]) {
    execFileSync(process.execPath, [join(bench, 'generate.mjs'), join(dataRoot, name), scale], { stdio: 'ignore' });
  }
  // The embedded data as one JSON array, for its JSON.parse baseline.
  const embedded = readdirSync(embeddedDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => Object.values(parse(readFileSync(join(embeddedDir, f), 'utf8')) ?? {}).flat());
  writeFileSync(join(dataRoot, 'embedded.all-records.json'), JSON.stringify(embedded));

  const queries = {
    embedded: { data: embeddedDir, owner: 'Gerhard Dalen', runs: 9 },
    regional: { data: join(dataRoot, 'regional'), owner: 'Kari Nordmann', runs: 5 },
    national: { data: join(dataRoot, 'national'), owner: 'Kari Nordmann', runs: 3 },
  };
  const rows = [];
  const results = {};
  for (const [name, q] of Object.entries(queries)) {
    say(`${name}: baselines and cold and warm queries`);
    const json = join(dataRoot, `${name}.all-records.json`);
    const yaml = measure([join(bench, 'baseline-yaml.mjs'), q.data], { runs: q.runs });
    const jsonParse = measure([join(bench, 'baseline-json.mjs'), json], { runs: q.runs });
    const args = [intl, 'calendar', '2017', '--owner', q.owner, '--format', 'csv', '--data', q.data];
    const cold = measure(args, { runs: q.runs, env, before: emptyCache });
    emptyCache();
    measure(args, { runs: 1, env });
    const warm = measure(args, { runs: q.runs, env });
    results[name] = { yaml, jsonParse, cold, warm };
    const group = `${name} data`;
    rows.push(
      [group, 'plain `yaml` parse of every file, one process (baseline for cold)', yaml.ms, 1, yaml.rssMb],
      [group, 'node start + `JSON.parse` of the same records (baseline for warm)', jsonParse.ms, 1, jsonParse.rssMb],
      [group, '`intl calendar 2017 --owner X --format csv`, cold (empty cache)', cold.ms, cold.ms / yaml.ms, cold.rssMb],
      [group, 'the same, warm (second run)', warm.ms, warm.ms / jsonParse.ms, warm.rssMb],
    );
  }

  say('national: the progress bar, cold runs with and without a terminal on stderr');
  const progress = progressCost(queries.national.data, queries.national.runs);
  rows.push(
    ['national data', 'the cold query with stderr on a terminal: progress bar drawn (through `script`)', progress.terminal, progress.ratio],
    ['national data', 'the same with stderr not a terminal: no bar (baseline, through `script`)', progress.piped, 1],
  );

  const n = results.national;
  const r = results.regional;
  const peak = Math.max(n.cold.rssMb, n.warm.rssMb);
  const targets = [
    ['progress bar: national cold on a terminal <= 1.02x without one', progress.ratio <= 1.02, `${progress.ratio.toFixed(3)}x`],
    ['national cold <= 1.25x plain yaml parse', n.cold.ms / n.yaml.ms <= 1.25, `${(n.cold.ms / n.yaml.ms).toFixed(2)}x`],
    ['national warm <= 2 s', n.warm.ms <= 2000, `${(n.warm.ms / 1000).toFixed(2)} s`],
    ['national warm <= 3x node + JSON.parse', n.warm.ms / n.jsonParse.ms <= 3, `${(n.warm.ms / n.jsonParse.ms).toFixed(2)}x`],
    ['peak memory <= 1.5 GB', peak <= 1536, `${peak.toFixed(0)} MB`],
    ['10x data -> <= 11x time, cold', n.cold.ms / r.cold.ms <= 11, `${(n.cold.ms / r.cold.ms).toFixed(1)}x`],
    ['10x data -> <= 11x time, warm', n.warm.ms / r.warm.ms <= 11, `${(n.warm.ms / r.warm.ms).toFixed(1)}x`],
  ];
  const files = { embedded: count(embeddedDir), regional: count(queries.regional.data), national: count(queries.national.data) };
  return { rows, targets, runs: Object.fromEntries(Object.entries(queries).map(([k, q]) => [k, q.runs])), files, records: embedded.length };
}
