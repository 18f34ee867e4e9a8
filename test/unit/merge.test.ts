import { describe, expect, it } from 'vitest';
import { checkSource, validateTexts } from '../../src/data/check-sources.js';
import type { LoadedRecord } from '../../src/data/loaded-record.js';
import { reciprocity } from '../../src/data/reciprocity.js';
import { parseYamlFile } from '../../src/data/yaml-file.js';
import { idOffsets, insertNamespace, namespaceRecord, renderRecords } from '../../src/merge/namespace-ids.js';
import { placeOf, samePlaces } from '../../src/merge/places.js';

const city = (id: string, fields: Record<string, unknown>, index = 0): LoadedRecord => ({
  kind: 'cities',
  index,
  file: `${id.split('/')[0]}/cities.yaml`,
  record: { id, country: 'IS', relation: 'twin', since: 1946, ...fields } as LoadedRecord['record'],
});
const municipality = (id: string, fields: Record<string, unknown>): LoadedRecord => ({ kind: 'municipality', index: 0, file: `${id}/municipality.yaml`, record: { id, ...fields } as LoadedRecord['record'] });
const ids = (groups: LoadedRecord[][]) => groups.map((g) => g.map((r) => r.record.id));

describe('the places several records are', () => {
  it('are the same GeoNames id, or the same name and country ignoring case and accents', () => {
    const groups = samePlaces([
      city('trondheim/kopavogur', { name: 'Kópavogur', geonames: 3415212 }),
      city('odense/kopavogur', { name: 'KOPAVOGUR' }),
      municipality('kopavogur', { name: 'Kópavogsbær', country: 'IS', geonames: 3415212 }),
      city('trondheim/tampere', { name: 'Tampere', country: 'FI' }),
      city('odense/tammerfors', { name: 'Tammerfors', names: ['Tampere'], country: 'FI' }),
      city('odense/reykjavik', { name: 'Reykjavík' }),
    ]);
    expect(ids(groups)).toEqual([
      ['trondheim/kopavogur', 'kopavogur', 'odense/kopavogur'],
      ['trondheim/tampere', 'odense/tammerfors'],
    ]);
  });

  it('are never two GeoNames ids, even with one name; a name that fits both links to neither', () => {
    const groups = samePlaces([
      city('a/darmstadt', { name: 'Darmstadt', country: 'DE', geonames: 2938913 }),
      city('b/darmstadt', { name: 'Darmstadt', country: 'DE', geonames: 2938912 }),
      city('c/darmstadt', { name: 'Darmstadt', country: 'DE' }),
      city('d/darmstadt', { name: 'Darmstadt', country: 'AT' }),
    ]);
    expect(groups).toEqual([]);
  });

  it('become records named after their first city, with ids not yet taken', () => {
    const [group] = samePlaces([municipality('odense', { name: 'Odense Kommune', names: ['Odense'], country: 'DK' }), city('trondheim/odense', { name: 'Odense', country: 'DK' })]);
    const taken = new Set(['odense-dk']);
    expect(placeOf(group!, taken)).toEqual({ id: 'odense-dk-2', name: 'Odense', country: 'DK', municipality: 'odense', cities: ['trondheim/odense'] });
    expect(taken).toContain('odense-dk-2');
  });
});

describe('ids after the municipality id', () => {
  const namespacedText = (text: string) => {
    const parsed = parseYamlFile(text, 'x.yaml');
    const { records } = checkSource('x.yaml', text);
    const offsets = idOffsets(parsed.doc, records);
    return offsets && insertNamespace(text, offsets, 'kopavogur');
  };

  it('go where the ids stand, plain, quoted or in brackets, leaving every other byte', () => {
    const text = [
      '# Kópavogur',
      'cities:',
      "  - { id: 'tampere', name: Tampere, country: FI, relation: partner }  # in braces",
      'calendar:',
      '  - id: "2017-mot"',
      '    title: Mót',
      '    start: 2017-06-12',
      '    cities:',
      '      - tampere',
      'networks:',
      '  - id: vinabaer',
      '    name: Vinabæir',
      '    cities: [tampere]',
      '',
    ].join('\n');
    expect(namespacedText(text)).toBe(text.replace("'tampere'", "'kopavogur/tampere'").replace('"2017-mot"', '"kopavogur/2017-mot"').replace('- tampere', '- kopavogur/tampere').replace('id: vinabaer', 'id: kopavogur/vinabaer').replace('[tampere]', '[kopavogur/tampere]'));
  });

  it('leave the municipality its own id', () => {
    expect(namespacedText('municipality:\n  - { id: kopavogur, name: Kópavogsbær, country: IS }\n')).toBe('municipality:\n  - { id: kopavogur, name: Kópavogsbær, country: IS }\n');
  });

  it('write a file afresh from its records where an id is an alias, and it reads back the same', () => {
    const text = 'cities:\n  - { id: &t tampere, name: Tampere, country: FI, relation: partner }\nnetworks:\n  - { id: n, name: N, cities: [*t] }\n';
    expect(namespacedText(text)).toBeUndefined();
    const records = checkSource('x.yaml', text).records.map((r) => namespaceRecord(r, 'kopavogur'));
    const again = checkSource('x.yaml', renderRecords(records));
    expect(again.diagnostics).toEqual([]);
    expect(again.records.map((r) => r.record)).toEqual(records.map((r) => r.record));
    expect(records[1]!.record).toMatchObject({ id: 'kopavogur/n', cities: ['kopavogur/tampere'] });
  });
});

describe('a merged folder', () => {
  const MERGE = 'merge:\n  - { id: merge, municipalities: [a, b] }\n';
  const A = 'municipality:\n  - { id: a, name: A, country: NO }\n';
  const B = 'municipality:\n  - { id: b, name: B, country: SE }\n';
  const codes = (...files: string[]) => validateTexts(files.map((text, i) => ({ file: `${i}.yaml`, text }))).diagnostics.map((d) => d.code);

  it('may hold several municipalities, each with ids after its own', () => {
    expect(codes(MERGE, A, B, 'cities:\n  - { id: a/x, name: X, country: DK, relation: partner }\n  - { id: b/x, name: X, country: DK, relation: partner }\nplaces:\n  - { id: x-dk, name: X, country: DK, cities: [a/x, b/x] }\n')).toEqual([]);
  });

  it('holds no id without one, or after a municipality it does not list', () => {
    expect(codes(MERGE, A, B, 'cities:\n  - { id: x, name: X, country: DK, relation: partner }\n  - { id: c/x, name: X, country: DK, relation: partner }\n')).toEqual(['merge/namespace', 'merge/namespace']);
    expect(codes('merge:\n  - { id: merge, municipalities: [a] }\n', A, B)).toEqual(['merge/unlisted-municipality']);
  });

  it('has one merge record, and a city in one place', () => {
    expect(codes(MERGE, MERGE.replace('id: merge', 'id: merge-2'), A, B)).toEqual(['reference/second-merge']);
    expect(codes(MERGE, A, B, 'cities:\n  - { id: a/x, name: X, country: DK, relation: partner }\nplaces:\n  - { id: p, name: X, country: DK, cities: [a/x] }\n  - { id: q, name: X, country: DK, cities: [a/x] }\n')).toEqual(['merge/two-places']);
  });

  it('is the only folder with several municipalities, namespaced ids or places', () => {
    expect(codes(A, B)).toEqual(['reference/second-municipality']);
    expect(codes(A, 'cities:\n  - { id: a/x, name: X, country: DK, relation: partner }\nplaces:\n  - { id: p, name: X, country: DK, cities: [a/x] }\n')).toEqual(['merge/not-merged', 'merge/not-merged']);
  });
});

describe('twin links from both sides', () => {
  const merged = (...records: LoadedRecord[]): LoadedRecord[] => [
    { kind: 'merge', index: 0, file: 'merge.yaml', record: { id: 'merge', municipalities: ['trondheim', 'kopavogur'] } },
    municipality('trondheim', { name: 'Trondheim kommune' }),
    municipality('kopavogur', { name: 'Kópavogsbær' }),
    { kind: 'places', index: 0, file: 'merge.yaml', record: { id: 'kopavogur-is', municipality: 'kopavogur', cities: ['trondheim/kopavogur'] } },
    { kind: 'places', index: 1, file: 'merge.yaml', record: { id: 'trondheim-no', municipality: 'trondheim', cities: records.map((r) => r.record.id) } },
    city('trondheim/kopavogur', { since: 1946 }),
    ...records,
  ];
  const found = (records: LoadedRecord[]) => reciprocity(records).map((p) => [p.code, p.file, p.path.join('.'), p.also?.file, p.also?.path.join('.')]);

  it('agree on the year: nothing to say', () => {
    expect(found(merged(city('kopavogur/trondheim', { since: 1946 })))).toEqual([]);
  });

  it('disagree on the year: one warning, at the side merged first, pointing at the other', () => {
    expect(found(merged(city('kopavogur/trondheim', { since: 1964 })))).toEqual([
      ['reciprocity/since-differs', 'trondheim/cities.yaml', 'cities.0.since', 'kopavogur/cities.yaml', 'cities.0.since'],
    ]);
  });

  it('disagree on the relation, or one side is missing: a warning at the twin side', () => {
    expect(found(merged(city('kopavogur/trondheim', { relation: 'partner' })))).toEqual([
      ['reciprocity/relation-differs', 'trondheim/cities.yaml', 'cities.0.relation', 'kopavogur/cities.yaml', 'cities.0.relation'],
    ]);
    expect(found(merged())).toEqual([['reciprocity/one-sided', 'trondheim/cities.yaml', 'cities.0.relation', 'kopavogur/municipality.yaml', 'municipality.0.id']]);
  });

  it('are warnings', () => {
    expect(reciprocity(merged()).map((p) => p.severity)).toEqual(['warning']);
  });
});
