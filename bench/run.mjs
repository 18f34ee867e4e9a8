// The one benchmark command: builds intl, times its start-up (start-up.mjs) and, unless
// --startup, queries on the embedded data and on a regional and a national folder
// (data-scale.mjs), each against baselines measured in the same run, and writes BENCHMARKS.md.
// Other sections of BENCHMARKS.md (bench/merge.mjs writes one) are kept as they are.
// Usage: node bench/run.mjs [--startup] [--runs N]
//   --startup  start-up only (a few minutes at most); the section on data folders is kept as it was
//   --runs N   start-up runs per command (default 41)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { dataScale } from './data-scale.mjs';
import { startUp } from './start-up.mjs';

const root = new URL('..', import.meta.url).pathname;
const dataRoot = join(root, 'bench', '.data');
const output = join(root, 'BENCHMARKS.md');
const startupOnly = process.argv.includes('--startup');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 41;
// The file npm links as the `intl` command.
const intl = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.intl);
const say = (s) => process.stderr.write(`${s}\n`);
const today = new Date().toISOString().slice(0, 10);
const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const caCerts = process.env.NODE_EXTRA_CA_CERTS ? 'set here, removed for every command' : 'not set in this run';
// Gone from the environment of every child: the build, the generator and every timed command
// (bench/harness.mjs removes it too, for its other users).
delete process.env.NODE_EXTRA_CA_CERTS;

const fmt = (x, d = 0) => (x === undefined ? '' : x.toFixed(d));
const targetTable = (targets) =>
  ['| target | measured | met |', '| --- | ---: | --- |', ...targets.map(([t, ok, v]) => `| ${t} | ${v} | ${ok ? 'yes' : '**no**'} |`)].join('\n');

say('building');
execFileSync(process.execPath, [join(root, 'scripts/build.js')], { stdio: 'inherit' });

say(`start-up, ${runs} runs each, taking turns`);
const start = startUp(intl, join(dataRoot, 'cache'), runs);
const startSection = `## Start-up

Measured on ${today} on ${machine};
\`NODE_EXTRA_CA_CERTS\` ${caCerts}.
The median of ${runs} runs of each command, taking turns between commands, after a run that
fills the cache of validated records and one untimed run of each command that keeps its compiled
code. Data: the embedded Trondheim folder.

| command | median ms | ratio to \`node -e 0\` |
| --- | ---: | ---: |
${start.rows.map(([what, ms, ratio]) => `| ${what} | ${fmt(ms, 1)} | ${fmt(ratio, 2)} |`).join('\n')}

${targetTable(start.targets)}
`;

// The sections of BENCHMARKS.md as they are, by title: this script writes its own and keeps the
// others (bench/merge.mjs writes "Merge").
const before = Object.fromEntries(
  (existsSync(output) ? readFileSync(output, 'utf8') : '')
    .split(/\n(?=## )/)
    .slice(1)
    .map((section) => [section.slice(3, section.indexOf('\n')), `${section.trimEnd()}\n`]),
);
const OWN = ['Method', 'Start-up', 'Data folders', 'How intl gets there'];
const others = Object.entries(before)
  .filter(([title]) => !OWN.includes(title))
  .map(([, section]) => `\n${section}`)
  .join('');

let dataSection;
if (startupOnly) {
  dataSection = before['Data folders'] ?? '## Data folders\n\nNot measured yet: `node bench/run.mjs` without `--startup` measures them.\n';
} else {
  const data = dataScale(intl, join(root, 'data'), dataRoot, say);
  dataSection = `## Data folders

Measured on ${today} on ${machine};
\`NODE_EXTRA_CA_CERTS\` ${caCerts}.
The median of ${data.runs.embedded}, ${data.runs.regional} and ${data.runs.national} runs for the embedded, regional and national folders.

- Data: the embedded Trondheim folder (${data.files.embedded} files, ${data.records} records) and two folders made by
  \`bench/generate.mjs\` with a fixed seed: regional (36 municipalities, ${data.files.regional} files, 5,000 city
  relations, 10,000 calendar entries) and national (356 municipalities, ${data.files.national} files,
  50,000 city relations, 100,000 calendar entries, about 25 MB of YAML).
- The query is \`intl calendar 2017 --owner X --format csv\`: every file is read, checked
  against the cache or validated, the cross-file rules run, then the query and CSV output.
- Baselines: \`bench/baseline-yaml.mjs\` parses every YAML file of the folder with \`yaml\` in one
  process; \`bench/baseline-json.mjs\` starts node and \`JSON.parse\`s the same records from one
  JSON file. Cold runs empty intl's cache before each run; warm runs follow a run that filled it.
- The progress bar's cost (\`bench/progress-cost.mjs\`): the national cold query run through
  util-linux \`script\`, with stderr at the pseudo-terminal (the bar is drawn) and with stderr
  to /dev/null (not a terminal: no bar, no per-file messages from the worker threads), taking
  turns; stdout goes to /dev/null on both sides.

| | command | median ms | ratio to baseline | peak RSS MB |
| --- | --- | ---: | ---: | ---: |
${data.rows.map(([group, what, ms, ratio, rss]) => `| ${group} | ${what} | ${fmt(ms)} | ${fmt(ratio, 2)} | ${fmt(rss)} |`).join('\n')}

${targetTable(data.targets)}
`;
}

writeFileSync(
  output,
  `# Benchmarks

Produced by \`node bench/run.mjs\`; \`node bench/run.mjs --startup\` measures start-up alone in a
few minutes and keeps the section on data folders as it was. Each section says when and where
it was measured.

## Method

- Every command runs without \`NODE_EXTRA_CA_CERTS\` (\`bench/harness.mjs\` removes it from every
  child's environment), as on users' machines: where it is set, as on the machine these
  benchmarks were first made on, every node start reads a bundle of certificates (40-60 ms),
  which would hide intl's own cost behind node's.
- Every figure is the median wall time of whole processes started by \`bench/harness.mjs\`, with
  stdout sent to /dev/null. Peak RSS is the process's own \`maxRSS\`, written at exit by a
  preloaded module (\`bench/report-rss.mjs\`).
- Baselines are measured in the same run as what is compared with them.
- On a shared machine medians move by up to a fifth between runs of this script, most of all
  the ratios of short runs: a ratio within a few percent of its target is no margin. On the
  2-core machine these were made on, \`node -e 0\` alone took from 28 to 47 ms from one run
  to the next, with other work on it or on its host, and the ratios of the same build moved by
  0.05 (\`intl --version\`, which does next to nothing, from 1.00x to 1.05x). Changes to
  start-up were weighed by the instructions of the main thread instead, which callgrind counts
  the same from run to run (\`valgrind --tool=callgrind --separate-threads=yes node ...\`, less
  node's own primality tests, which vary).

${startSection}
${dataSection}
## How intl gets there

- A run of a command that prints the data loads one CommonJS bundle made for that command and
  the run's language (\`dist/cli-<command>.<lang>.cjs\`: its work, tsv and json output, one
  catalogue), which holds no commander: a plain command line is read from a spec that the build
  takes from the commander program (\`src/quick-parse.ts\`, \`src/commands/quick-spec.ts\`), and
  anything else, help and mistakes included, goes to the whole program
  (\`dist/cli.<lang>.cjs\`). The validator (yaml and zod), the table, chart and CSV renderers and
  the work of the commands that take seconds are bundles of their own, loaded when needed
  (\`scripts/build.js\`). A bundle imports its modules plainly: esbuild would set up a module
  reached through import() inside a bundle, with all it imports, in a wrapper at each start.
- Each bundle runs from the code V8 compiled for it in an earlier run, kept in the cache folder
  (\`src/load-bundle.ts\`): Node 20 would otherwise compile it from source at every start. A
  command's code is kept from a run served by the cache of records, whose paths are those of
  the runs after it; a warm run reads its cache files as text (the code in base64, the pack in
  ASCII), never setting up node's buffer machinery. The
  sections of the catalogues of messages are made on first read (\`scripts/lazy-sections.js\`),
  so V8 neither keeps nor reloads the code of the messages a run does not say.
- \`intl --help\` and \`intl --version\` write text made at build time (\`src/quick-answer.ts\`)
  without loading any bundle; help is 80 columns wide at most, at a terminal too.
- The run ends as soon as its work is done (\`src/start.ts\`): everything intl writes goes out
  with blocking writes, so nothing is left to flush, and the collection of garbage V8 plans for
  the end of a run and the taking apart of the heap are skipped.
- Validated records are cached per data folder, each file's records under the hash of its
  bytes and the build's id, with the file's size, mtime, ctime and inode: as in git's index, a
  warm run stats the files and reads one JSON pack, whose checksum runs as WebAssembly
  (\`src/data/hash-lanes.ts\`; as JavaScript it was a tenth of a warm run's own work, since V8
  still interprets it at that point), and reads a file again only when its stat
  changed or when it changed within 3 s of being read (a later edit in the same tick of the
  clock could keep its stat). The cross-file rules are memoised for an unchanged folder. Any
  changed file is parsed and validated again; errors keep their file:line:col (positions are
  found by parsing the files concerned when a problem is reported).
- On the way, nothing loads node:tty for a pipe (chalk's own look at the terminal included),
  date-fns for a day, zod for a distance or Unicode's property tables for plain text: each cost
  a short run half a millisecond or more.
- A first run over more than 2 MB of YAML parses and validates in worker threads, one per core
  (at most four, \`INTL_WORKERS\` sets fewer), which is why a cold run can beat the one-process
  baseline on a machine with more than one core.
${others}`,
);
process.stdout.write(`${startSection}\n${dataSection}`);
