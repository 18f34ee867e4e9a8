import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTexts } from '../../src/data/check-sources.js';
import { ROOT } from '../helpers/run-cli.js';
import { STOCK_PHRASES } from '../helpers/stock-phrases.js';

// Fixed seed and bounded runs in CI. A long local run:
//   FC_RUNS=20000 npx vitest run test/unit/fuzz-loader.test.ts --testTimeout=0
const SETTINGS = { seed: 4242, numRuns: Number(process.env.FC_RUNS ?? 300) };

const REAL = ['cities.yaml', 'networks.yaml', 'projects.yaml', 'calendar/2017.yaml'].map((f) =>
  readFileSync(`${ROOT}data/${f}`, 'utf8'),
);

const YAML_BITS = [':', '- ', ' ', '  ', '\t', '"', "'", '&a ', '*a', '[', ']', '{', '}', '\n', '#', '|', '>', '!!str ', '---\n', '...\n', '? ', ',', '%YAML 1.1\n', '\uFEFF', '\u0000', '😀', 'ø'];

/** A real data file with a few edits of the kind a hand or a broken tool makes. */
const mutated = fc
  .tuple(
    fc.constantFrom(...REAL),
    fc.array(
      fc.record({
        at: fc.nat(),
        cut: fc.nat({ max: 40 }),
        insert: fc.oneof(fc.constantFrom(...YAML_BITS), fc.string({ maxLength: 8 })),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([text, edits]) =>
    edits.reduce((t, e) => {
      const at = e.at % (t.length + 1);
      return t.slice(0, at) + e.insert + t.slice(at + e.cut);
    }, text),
  );

const randomYaml = fc.array(fc.oneof(fc.constantFrom(...YAML_BITS), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((a) => a.join(''));

function assertDiagnosed(text: string): void {
  const { diagnostics } = validateTexts([{ file: 'fuzz.yaml', text }]);
  const lines = text.split('\n').length;
  const all = (list: typeof diagnostics): typeof diagnostics => list.flatMap((d) => [d, ...all(d.followers ?? [])]);
  for (const d of all(diagnostics)) {
    expect(d.file).toBe('fuzz.yaml');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines + 1);
    expect(d.col).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
    for (const phrase of STOCK_PHRASES) expect(`${d.message}; ${d.hint}`).not.toContain(phrase);
  }
  for (const d of diagnostics) expect(d.hint, d.message).toBeTruthy();
}

describe('the loader under fuzzing', () => {
  it('loads or diagnoses mutated real data files with positions, and never throws', () => {
    fc.assert(fc.property(mutated, assertDiagnosed), SETTINGS);
  });

  it('loads or diagnoses random YAML-like text with positions, and never throws', () => {
    fc.assert(fc.property(randomYaml, assertDiagnosed), SETTINGS);
  });
});
