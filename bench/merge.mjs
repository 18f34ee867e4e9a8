// The merge benchmark: generates 400 municipality folders (fixed seed) and times `intl merge`
// over the first 50, 100, 200 and 400 of them against a plain `yaml` parse of the same files
// measured in the same run; writes the figures into the "Merge" section of BENCHMARKS.md and
// leaves the rest of the file as it is.
// Usage: node bench/merge.mjs [--runs N]   (N: runs per figure, default 3)
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { measure } from './harness.mjs';

const root = new URL('..', import.meta.url).pathname;
const bench = join(root, 'bench');
const data = join(bench, '.data', 'municipalities');
const out = join(bench, '.data', 'merged');
const intl = join(root, 'bin/intl.cjs');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const SIZES = [50, 100, 200, 400];
const say = (s) => process.stderr.write(`${s}\n`);

say('building');
execFileSync(process.execPath, [join(root, 'scripts/build.js')], { stdio: 'inherit' });
say('generating 400 municipality folders');
execFileSync(process.execPath, [join(bench, 'generate-municipalities.mjs'), data, String(SIZES.at(-1))], { stdio: 'ignore' });
const folders = readdirSync(data).sort().map((f) => join(data, f));
const yamlFiles = (dirs) => dirs.flatMap((d) => readdirSync(d, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml')).map((f) => join(d, f)));

const rows = [];
for (const n of SIZES) {
  const dirs = folders.slice(0, n);
  const args = [intl, 'merge', ...dirs, '-o', out];
  say(`${n} folders: baseline and merge, ${runs} runs each`);
  // One untimed run, for the file system cache and for what the merge says.
  rmSync(out, { recursive: true, force: true });
  const said = spawnSync(process.execPath, [...args, '--lang', 'en'], { encoding: 'utf8', maxBuffer: 1 << 26 }).stderr.trimEnd().split('\n').at(-1);
  const [, places, warnings] = /, (\d+) places? .*; (\d+) warnings?$/.exec(said) ?? [];
  const files = yamlFiles(dirs);
  const yaml = measure([join(bench, 'baseline-yaml.mjs'), ...dirs], { runs });
  const merge = measure(args, { runs, before: () => rmSync(out, { recursive: true, force: true }) });
  rows.push({ n, files: files.length, mb: files.reduce((s, f) => s + statSync(f).size, 0) / 1e6, yaml, merge, places, warnings });
}
rmSync(out, { recursive: true, force: true });

const fmt = (x, d = 0) => x.toFixed(d);
const growth = (i, key) => (i === 0 ? '' : `${fmt(rows[i][key].cpuMs / rows[i - 1][key].cpuMs, 2)}x`);
/** What each folder added since the size before costs: the same at every size when growth is linear. */
const marginal = (i) => (rows[i].merge.cpuMs - rows[i - 1].merge.cpuMs) / (rows[i].n - rows[i - 1].n);
const table = [
  '| folders | files | MB of YAML | `intl merge` ms | its processor ms | growth (2x folders) | ms per added folder | peak RSS MB | baseline processor ms | baseline growth | merge / baseline | places | warnings |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r, i) =>
    `| ${r.n} | ${r.files} | ${fmt(r.mb, 1)} | ${fmt(r.merge.ms)} | ${fmt(r.merge.cpuMs)} | ${growth(i, 'merge')} | ${i === 0 ? '' : fmt(marginal(i), 1)} | ${fmt(r.merge.rssMb)} | ${fmt(r.yaml.cpuMs)} | ${growth(i, 'yaml')} | ${fmt(r.merge.cpuMs / r.yaml.cpuMs, 2)} | ${r.places} | ${r.warnings} |`),
].join('\n');
const [first, last] = [rows[0], rows.at(-1)];
const scale = last.n / first.n;
// Linear: each doubling of the folders at most 2.2 times the processor time, and no added folder
// costing much more than those added before (a quadratic part would make the last cost double).
const steps = rows.slice(1).map((r, i) => r.merge.cpuMs / rows[i].merge.cpuMs);
const added = rows.slice(1).map((_, i) => marginal(i + 1));
const linear = steps.every((x) => x <= 2.2) && added.at(-1) <= 1.5 * Math.min(...added);
const ratios = rows.map((r) => r.merge.cpuMs / r.yaml.cpuMs);
const cpu = cpus();
const section = `## Merge

Produced by \`node bench/merge.mjs\` on ${new Date().toISOString().slice(0, 10)}, which rewrites only this section
(\`bench/run.mjs\` writes the rest). Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}.

- Data: \`bench/generate-municipalities.mjs\` with a fixed seed writes 400 municipality folders of 5
  files (the municipality record, 26 city relations, 2 networks, 100 calendar entries over two
  years), about ${fmt((last.mb / last.n) * 1000)} KB each. Each municipality is twinned with those 1, 3 and 7 places away
  in the list, both ways, but some folders give a year one apart and some lack the link back;
  20 cities each come from a shared pool of 1,500 foreign cities; 30% of the records carry no
  GeoNames id, so they are matched by name and country. The first N folders are merged.
- \`intl merge DIR... -o OUT\`: every file read, parsed and validated once, ids namespaced, places
  linked, twin links checked from both sides (the warnings located at the input files' lines:
  stderr goes to a pipe), the folder written and renamed into place. The output folder is
  removed before each run, untimed.
- Median of ${runs} runs of whole processes (\`bench/harness.mjs\`), after one untimed run: wall time,
  and the processor time the process used (user and system), which the other work on this
  shared machine disturbs less: growth and ratios are of processor time. Peak RSS is the
  process's own \`maxRSS\` (\`bench/report-rss.mjs\`). Baseline, in the same run:
  \`bench/baseline-yaml.mjs\` reads and parses the same files with \`yaml\` in one process.

${table}

From ${first.n} to ${last.n} folders (${scale}x) the merge takes ${fmt(last.merge.cpuMs / first.merge.cpuMs, 1)}x the processor time (the baseline ${fmt(last.yaml.cpuMs / first.yaml.cpuMs, 1)}x) and
${fmt(last.merge.rssMb / first.merge.rssMb, 1)}x the peak memory: ${linear ? 'it grows linearly' : `**it grows faster than linearly** (doublings: ${steps.map((x) => fmt(x, 2)).join(', ')})`}. Each folder added costs
${fmt(Math.min(...added))}–${fmt(Math.max(...added))} ms of processor time whatever the size; the rest is the fixed cost of a run (start-up, and
code not yet optimised by V8), which is why a doubling costs less than twice. The merge is
${fmt(Math.min(...ratios), 1)}–${fmt(Math.max(...ratios), 1)} times the plain parse, in one thread. Memory grows by the texts and records it holds
until the folder is written (the parsed documents are let go file by file).
`;

const file = join(root, 'BENCHMARKS.md');
const old = readFileSync(file, 'utf8');
const at = old.indexOf('\n## Merge\n');
const next = at < 0 ? -1 : old.indexOf('\n## ', at + 1);
const before = (at < 0 ? old : old.slice(0, at)).trimEnd();
const after = next < 0 ? '' : old.slice(next);
writeFileSync(file, `${before}\n\n${section}${after}`);
process.stdout.write(`${table}\n`);
