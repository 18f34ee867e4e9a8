// The one benchmark command: builds intl, generates the test folders, times start-up and
// queries on the embedded data and on a regional and a national folder against baselines
// measured in the same run, and writes the results to BENCHMARKS.md.
// Usage: node bench/run.mjs [--runs N]   (N: start-up runs per command, default 41)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { interleaved, measure } from './harness.mjs';
import { progressCost } from './progress-cost.mjs';

const root = new URL('..', import.meta.url).pathname;
const bench = join(root, 'bench');
const dataRoot = join(bench, '.data');
const cache = join(dataRoot, 'cache');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 41;
// The file npm links as the `intl` command.
const intl = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.intl);
const env = { INTL_CACHE_DIR: cache };
const emptyCache = () => rmSync(cache, { recursive: true, force: true });
const say = (s) => process.stderr.write(`${s}\n`);

say('building');
execFileSync(process.execPath, [join(root, 'scripts/build.js')], { stdio: 'inherit' });
mkdirSync(dataRoot, { recursive: true });
say('generating the regional and national folders');
for (const [name, scale] of [['regional', '0.1'], ['national', '1']]) {
  execFileSync(process.execPath, [join(bench, 'generate.mjs'), join(dataRoot, name), scale], { stdio: 'ignore' });
}
// The embedded data as one JSON array, for its JSON.parse baseline.
const embedded = readdirSync(join(root, 'data'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => Object.values(parse(readFileSync(join(root, 'data', f), 'utf8'))).flat());
writeFileSync(join(dataRoot, 'embedded.all-records.json'), JSON.stringify(embedded));

const rows = [];
const row = (group, what, ms, base, rssMb) => rows.push({ group, what, ms, ratio: base ? ms / base : undefined, rssMb });

// Start-up on the embedded data with a warm cache (the harness's first, untimed run of each
// command fills it), in both languages; `node -e 0` is the baseline.
const OWNER = ['calendar', '2017', '--owner', 'Gerhard Dalen'];
const STARTS = {
  version: ['`intl --version`', ['--version']],
  help: ['`intl --help`', ['--help']],
  cities: ['`intl cities`', ['cities']],
  calendar: ['`intl calendar 2017 --owner "Gerhard Dalen"`', OWNER],
  validate: ['`intl validate`', ['validate']],
};
const commands = { node: { args: ['-e', '0'] } };
for (const [name, [, args]] of Object.entries(STARTS)) {
  for (const lang of ['en', 'nb']) commands[`${name}.${lang}`] = { args: [intl, ...args, '--lang', lang], env };
}
// A TAB after `--owner`: completion scripts run this, in no language.
commands.complete = { args: [intl, '__complete', 'owners'], env };
say(`start-up, ${runs} runs each, taking turns`);
emptyCache();
const start = interleaved(commands, runs);
row('start-up', '`node -e 0` (baseline)', start.node, start.node);
for (const [name, [what]] of Object.entries(STARTS)) {
  for (const lang of ['en', 'nb']) row('start-up', `${what} --lang ${lang}`, start[`${name}.${lang}`], start.node);
}
row('start-up', '`intl __complete owners` (a TAB after `--owner`)', start.complete, start.node);

const QUERIES = {
  embedded: { data: join(root, 'data'), owner: 'Gerhard Dalen', runs: 9 },
  regional: { data: join(dataRoot, 'regional'), owner: 'Kari Nordmann', runs: 5 },
  national: { data: join(dataRoot, 'national'), owner: 'Kari Nordmann', runs: 3 },
};
const results = {};
for (const [name, q] of Object.entries(QUERIES)) {
  say(`${name}: baselines and cold and warm queries`);
  const json = name === 'embedded' ? join(dataRoot, 'embedded.all-records.json') : join(dataRoot, `${name}.all-records.json`);
  const yaml = measure([join(bench, 'baseline-yaml.mjs'), q.data], { runs: q.runs });
  const jsonParse = measure([join(bench, 'baseline-json.mjs'), json], { runs: q.runs });
  const args = [intl, 'calendar', '2017', '--owner', q.owner, '--format', 'csv', '--data', q.data];
  const cold = measure(args, { runs: q.runs, env, before: emptyCache });
  emptyCache();
  measure(args, { runs: 1, env });
  const warm = measure(args, { runs: q.runs, env });
  results[name] = { yaml, jsonParse, cold, warm };
  const group = `${name} data`;
  row(group, 'plain `yaml` parse of every file, one process (baseline for cold)', yaml.ms, yaml.ms, yaml.rssMb);
  row(group, 'node start + `JSON.parse` of the same records (baseline for warm)', jsonParse.ms, jsonParse.ms, jsonParse.rssMb);
  row(group, '`intl calendar 2017 --owner X --format csv`, cold (empty cache)', cold.ms, yaml.ms, cold.rssMb);
  row(group, 'the same, warm (second run)', warm.ms, jsonParse.ms, warm.rssMb);
}

say('national: the progress bar, cold runs with and without a terminal on stderr');
const progress = progressCost(QUERIES.national.data, QUERIES.national.runs);
row('national data', 'the cold query with stderr on a terminal: progress bar drawn (through `script`)', progress.terminal, progress.piped);
row('national data', 'the same with stderr not a terminal: no bar (baseline, through `script`)', progress.piped, progress.piped);

const n = results.national;
const r = results.regional;
const ratio = (name) => start[name] / start.node;
const startTargets = [
  ['help', 1.2],
  ['cities', 1.3],
  ['calendar', 1.3],
].flatMap(([name, most]) =>
  ['en', 'nb'].map((lang) => [`${STARTS[name][0]} --lang ${lang} <= ${most}x \`node -e 0\``, ratio(`${name}.${lang}`) <= most, `${ratio(`${name}.${lang}`).toFixed(2)}x`]),
);
const nbToEn = (name) => start[`${name}.nb`] / start[`${name}.en`];
const targets = [
  ...startTargets,
  ['bokmål within 5% of English: `--help`', Math.abs(nbToEn('help') - 1) <= 0.05, `${nbToEn('help').toFixed(3)}x`],
  ['... and `intl cities`', Math.abs(nbToEn('cities') - 1) <= 0.05, `${nbToEn('cities').toFixed(3)}x`],
  ['a TAB (`intl __complete owners`) < 100 ms', start.complete < 100, `${start.complete.toFixed(0)} ms`],
  ['progress bar: national cold on a terminal <= 1.02x without one', progress.ratio <= 1.02, `${progress.ratio.toFixed(3)}x`],
  ['national cold <= 1.25x plain yaml parse', n.cold.ms / n.yaml.ms <= 1.25, `${(n.cold.ms / n.yaml.ms).toFixed(2)}x`],
  ['national warm <= 2 s', n.warm.ms <= 2000, `${(n.warm.ms / 1000).toFixed(2)} s`],
  ['national warm <= 3x node + JSON.parse', n.warm.ms / n.jsonParse.ms <= 3, `${(n.warm.ms / n.jsonParse.ms).toFixed(2)}x`],
  ['peak memory <= 1.5 GB', Math.max(n.cold.rssMb, n.warm.rssMb) <= 1536, `${Math.max(n.cold.rssMb, n.warm.rssMb).toFixed(0)} MB`],
  ['10x data -> <= 11x time, cold', n.cold.ms / r.cold.ms <= 11, `${(n.cold.ms / r.cold.ms).toFixed(1)}x`],
  ['10x data -> <= 11x time, warm', n.warm.ms / r.warm.ms <= 11, `${(n.warm.ms / r.warm.ms).toFixed(1)}x`],
];

const fmt = (x, d = 0) => (x === undefined ? '' : x.toFixed(d));
const table = [
  '| | command | median ms | ratio to baseline | peak RSS MB |',
  '| --- | --- | ---: | ---: | ---: |',
  ...rows.map((x) => `| ${x.group} | ${x.what} | ${fmt(x.ms)} | ${fmt(x.ratio, 2)} | ${fmt(x.rssMb)} |`),
].join('\n');
const targetTable = [
  '| target | measured | met |',
  '| --- | ---: | --- |',
  ...targets.map(([t, ok, v]) => `| ${t} | ${v} | ${ok ? 'yes' : '**no**'} |`),
].join('\n');
const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const count = (dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.yaml')).length;

writeFileSync(
  join(root, 'BENCHMARKS.md'),
  `# Benchmarks

Produced by \`node bench/run.mjs\` on ${new Date().toISOString().slice(0, 10)}; run it again to
refresh every figure here. Machine: ${machine}.

## Method

- Every command runs without \`NODE_EXTRA_CA_CERTS\`, as on users' machines: the environment
  here sets it${process.env.NODE_EXTRA_CA_CERTS ? '' : ' (not in this run)'}, and it makes every node start read a bundle of
  certificates (40-60 ms), which would hide intl's own cost behind node's.
- Every figure is the median wall time of whole processes started by \`bench/harness.mjs\`, with
  stdout sent to /dev/null (${runs} runs for start-up, taking turns between commands, after one
  untimed run of each that fills the cache; ${QUERIES.embedded.runs}, ${QUERIES.regional.runs} and
  ${QUERIES.national.runs} runs for the embedded, regional and national queries). Peak RSS is the
  process's own \`maxRSS\`, written at exit by a preloaded module (\`bench/report-rss.mjs\`).
- Baselines are measured in the same run: \`node -e 0\`; \`bench/baseline-yaml.mjs\` parses
  every YAML file of the folder with \`yaml\` in one process; \`bench/baseline-json.mjs\` starts
  node and \`JSON.parse\`s the same records from one JSON file.
- Cold runs empty intl's cache before each run; warm runs follow a run that filled it.
- The progress bar's cost (\`bench/progress-cost.mjs\`): the national cold query run through
  util-linux \`script\`, with stderr at the pseudo-terminal (the bar is drawn) and with stderr
  to /dev/null (not a terminal: no bar, no per-file messages from the worker threads), taking
  turns, ${QUERIES.national.runs} runs each; stdout goes to /dev/null on both sides.
- The machine is shared: medians moved by up to a fifth between runs of this script, most of
  all the ratios of short runs, so a ratio within a few percent of its target is no margin.
- Data: the embedded Trondheim folder (${count(join(root, 'data'))} files, ${embedded.length} records) and two folders made by
  \`bench/generate.mjs\` with a fixed seed: regional (36 municipalities, ${count(join(dataRoot, 'regional'))} files, 5,000 city
  relations, 10,000 calendar entries) and national (356 municipalities, ${count(join(dataRoot, 'national'))} files,
  50,000 city relations, 100,000 calendar entries, about 25 MB of YAML).
- The query is \`intl calendar 2017 --owner X --format csv\`: every file is read, checked
  against the cache or validated, the cross-file rules run, then the query and CSV output.

## Results

${table}

## Targets

${targetTable}

## How intl gets there

- A run of a command loads one CommonJS bundle made for that command and the run's language
  (\`dist/cli-<command>.<lang>.cjs\`: commander, the command definitions, the command's work,
  tsv and json output, one catalogue); the validator (yaml and zod) and the other renderers are
  bundles of their own, loaded when needed (\`scripts/build.js\`). Help loads
  \`dist/cli.<lang>.cjs\`, and the program defines only the command that runs.
- Each bundle runs from the code V8 compiled for it in an earlier run, kept in the cache folder
  (\`src/load-bundle.ts\`): Node 20 would otherwise compile it from source at every start.
- Validated records are cached per data folder, each file's records under the hash of its
  bytes and the build's id, with the file's size, mtime, ctime and inode: as in git's index, a
  warm run stats the files and reads one JSON pack, and reads a file again only when its stat
  changed or when it changed within 3 s of being read (a later edit in the same tick of the
  clock could keep its stat). The cross-file rules are memoised for an unchanged folder. Any
  changed file is parsed and validated again; errors keep their file:line:col (positions are
  found by parsing the files concerned when a problem is reported).
- On the way, nothing loads node:tty for a pipe, date-fns for a day or Unicode's property
  tables for plain text: each cost a short run half a millisecond or more.
- A first run over more than 2 MB of YAML parses and validates in worker threads, one per core
  (at most four, \`INTL_WORKERS\` sets fewer), which is why a cold run can beat the one-process
  baseline on a machine with more than one core.
`,
);
process.stdout.write(`${table}\n\n${targetTable}\n`);
