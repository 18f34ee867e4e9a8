import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Dataset } from '../../src/model/records.js';
import { embeddedDataDir } from '../../src/data/default-data-dir.js';
import { loadDataset } from '../../src/data/load-dataset.js';
import { parseYamlFile } from '../../src/data/yaml-file.js';
import { checkRecords } from '../../src/data/check-records.js';

describe('the embedded Trondheim data', () => {
  let dataset: Dataset;
  let diagnostics: Diagnostic[];
  beforeAll(async () => {
    ({ dataset, diagnostics } = await loadDataset(embeddedDataDir()));
  });

  it('is valid', () => {
    expect(diagnostics).toEqual([]);
  });

  it('keeps the doubts of the source as notes', () => {
    const entry = (id: string) => dataset.calendar.find((e) => e.id === id)!;
    expect(entry('2017-welfare-technology-seminar').owners).toEqual([{ name: 'Gerhard dalen', role: 'adm' }]);
    expect(entry('2017-welfare-technology-seminar').note).toMatch(/lower case/);
    expect(entry('2017-storbyens-hjerte-og-smerte')).toMatchObject({ start: '2017-10-04', end: '2017-10-06' });
    expect(entry('2017-storbyens-hjerte-og-smerte').note).toMatch(/September/);
    expect(entry('2017-smart-city-expo')).toMatchObject({ start: '2017-11' });
    expect(entry('2017-smart-sustainable-cities').owners).toEqual([{ role: 'adm' }]);
    expect(dataset.cities.find((c) => c.id === 'kopavogur')!.note).toMatch(/Kopavógur/);
  });

  it('has every calendar entry in 2017 with a unique id', () => {
    expect(dataset.calendar).toHaveLength(23);
    expect(dataset.calendar.every((e) => e.start.startsWith('2017-'))).toBe(true);
    expect(new Set(dataset.calendar.map((e) => e.id)).size).toBe(23);
  });
});

describe('YAML 1.2 keeps what a Norwegian user means', () => {
  it('reads country NO as Norway, dates as text and quoted codes as text', () => {
    const f = parseYamlFile('cities:\n  - { id: oslo, name: Oslo, country: NO, relation: partner, note: "0150" }\n', 'x.yaml');
    const { records, diagnostics } = checkRecords(f);
    expect(diagnostics).toEqual([]);
    expect(records[0]!.record).toMatchObject({ country: 'NO', note: '0150' });
  });

  it('takes a kind with nothing under it yet (a new year\'s calendar file) as no records', () => {
    const f = parseYamlFile('calendar:\n', 'calendar/2027.yaml');
    expect(checkRecords(f)).toMatchObject({ records: [], diagnostics: [] });
  });

  it('accepts an integer year where a partial date is expected', () => {
    const f = parseYamlFile('projects:\n  - { id: p, name: P, start: 2015, end: 2016-03 }\n', 'x.yaml');
    expect(checkRecords(f).records[0]!.record).toMatchObject({ start: '2015', end: '2016-03' });
  });

  it('rejects a month-only start with an end day, and an end before a year start', () => {
    const f = parseYamlFile(
      'calendar:\n  - { id: a, title: A, start: 2017-11, end: 2017-11-03 }\nprojects:\n  - { id: p, name: P, start: 2016, end: 2015-12 }\n',
      'x.yaml',
    );
    const messages = checkRecords(f).diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);
    expect(messages).toEqual([
      "2:45 an entry known only to the month (2017-11) cannot have an 'end' day, got the text \"2017-11-03\"",
      "4:41 'end' is before 'start' (2016), got the text \"2015-12\"",
    ]);
  });
});
