import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTexts } from '../../src/data/check-sources.js';
import { FOLDER_KINDS } from '../../src/model/vocabulary.js';
import { ROOT } from '../helpers/run-cli.js';

/** The ```yaml blocks of a guide, each as a data file of its own. */
function examples(guide: string): { file: string; text: string }[] {
  const text = readFileSync(`${ROOT}docs/${guide}`, 'utf8');
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => ({ file: `${guide}#${i + 1}.yaml`, text: m[1]! }));
}

describe('the guides for the people who edit the data', () => {
  it.each(['redigering.md', 'editing.md'])('%s has a valid example of every record kind, and no warning', (guide) => {
    const { dataset, diagnostics } = validateTexts(examples(guide));
    expect(diagnostics).toEqual([]);
    // A municipality's own folder: the kinds intl merge writes are not kept by hand.
    for (const kind of FOLDER_KINDS) expect(dataset[kind].length, kind).toBeGreaterThan(0);
  });

  it('shows a valid municipality with the address of its site in site.md', () => {
    const { dataset, diagnostics } = validateTexts(examples('site.md'));
    expect(diagnostics).toEqual([]);
    expect(dataset.municipality?.[0]?.base_url).toMatch(/^https:/);
  });

  it('gives the same examples in both languages', () => {
    expect(examples('editing.md').map((e) => e.text)).toEqual(examples('redigering.md').map((e) => e.text));
  });
});
