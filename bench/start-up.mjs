// Start-up of intl on the embedded data with a warm cache, in both languages, against `node -e 0`
// measured in the same run: the section "Start-up" of BENCHMARKS.md. Used by run.mjs.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { interleaved } from './harness.mjs';

const LANGS = ['en', 'nb'];
const STARTS = {
  version: ['--version'],
  help: ['--help'],
  cities: ['cities'],
  calendar: ['calendar', '2017', '--owner', 'Gerhard Dalen'],
  validate: ['validate'],
};
/** The command line as typed in a shell, as code in Markdown. */
const shown = (args) => `\`intl ${args.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ')}\``;
/** The most each may take, as a multiple of `node -e 0`. */
const BUDGET = { help: 1.2, cities: 1.3, calendar: 1.3 };
/**
 * The other commands that read the data and print, in English: they keep to the budget of
 * `intl cities`. Dates are given where the embedded data (2017) would otherwise have nothing.
 */
const OTHERS = {
  networks: ['networks'],
  projects: ['projects'],
  links: ['links'],
  agenda: ['agenda', '--today', '2017-06-01'],
  conflicts: ['conflicts', '2017'],
  anniversaries: ['anniversaries', '2026'],
  stats: ['stats', '2017'],
};

/**
 * Times every command `runs` times, taking turns, after a run that fills the cache of records in
 * `cacheDir` and one untimed run of each command that keeps its compiled code there. Returns the rows of the results table and the targets, met or not.
 */
export function startUp(intl, cacheDir, runs) {
  const env = { INTL_CACHE_DIR: cacheDir };
  const commands = { node: { args: ['-e', '0'] } };
  for (const [name, args] of Object.entries(STARTS)) {
    for (const lang of LANGS) commands[`${name}.${lang}`] = { args: [intl, ...args, '--lang', lang], env };
  }
  for (const [name, args] of Object.entries(OTHERS)) commands[name] = { args: [intl, ...args], env };
  // A TAB after `--owner`: completion scripts run this, in no language.
  commands.complete = { args: [intl, '__complete', 'owners'], env };
  rmSync(cacheDir, { recursive: true, force: true });
  // A first run parses the data into the cache of records; the untimed run of each command then
  // keeps its compiled code (src/start.ts keeps none from a run that parsed).
  spawnSync(process.execPath, [intl, 'validate'], { env: { ...process.env, ...env }, stdio: 'ignore' });
  const ms = interleaved(commands, runs);
  const ratio = (name) => ms[name] / ms.node;

  const rows = [['`node -e 0` (baseline)', ms.node, 1]];
  for (const [name, args] of Object.entries(STARTS)) {
    for (const lang of LANGS) rows.push([shown([...args, '--lang', lang]), ms[`${name}.${lang}`], ratio(`${name}.${lang}`)]);
  }
  for (const [name, args] of Object.entries(OTHERS)) rows.push([shown(args), ms[name], ratio(name)]);
  rows.push(['`intl __complete owners` (a TAB after `--owner`)', ms.complete, ratio('complete')]);

  const targets = Object.entries(BUDGET).flatMap(([name, most]) =>
    LANGS.map((lang) => [`${shown([...STARTS[name], '--lang', lang])} <= ${most}x \`node -e 0\``, ratio(`${name}.${lang}`) <= most, `${ratio(`${name}.${lang}`).toFixed(2)}x`]),
  );
  const slowest = Object.keys(OTHERS).reduce((a, b) => (ms[a] >= ms[b] ? a : b));
  targets.push([`the other commands that print the data <= ${BUDGET.cities}x (slowest: \`${slowest}\`)`, ratio(slowest) <= BUDGET.cities, `${ratio(slowest).toFixed(2)}x`]);
  const nbToEn = (name) => ms[`${name}.nb`] / ms[`${name}.en`];
  targets.push(
    ['bokmål within 5% of English: `--help`', Math.abs(nbToEn('help') - 1) <= 0.05, `${nbToEn('help').toFixed(3)}x`],
    ['... and `intl cities`', Math.abs(nbToEn('cities') - 1) <= 0.05, `${nbToEn('cities').toFixed(3)}x`],
    ['a TAB (`intl __complete owners`) < 100 ms', ms.complete < 100, `${ms.complete.toFixed(0)} ms`],
  );
  return { rows, targets };
}
