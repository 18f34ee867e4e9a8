import { describe, expect, it } from 'vitest';
import type { City } from '../../src/model/city.js';
import type { Network } from '../../src/model/network.js';
import { findJubilees } from '../../src/query/anniversaries.js';

const city = (id: string, relation: City['relation'], since?: number): City => ({ id, name: id, country: 'SE', relation, since });
const network = (id: string, type: Network['type'], since?: number): Network => ({ id, name: id, type, since });

describe('findJubilees', () => {
  const data = {
    cities: [city('old', 'twin', 1950), city('letter', 'intent', 2000), city('partner', 'partner'), city('young', 'twin', 2020)],
    networks: [network('forum', 'forum', 1975), network('undated', 'network')],
  };
  const ages = (from: number, to: number, every = 5) => findJubilees(data, { from, to, every }).map((j) => `${j.year} ${j.id} ${j.age}`);

  it('takes every dated relation of any kind, and nothing without a since-year', () => {
    expect(ages(2025, 2025)).toEqual(['2025 old 75', '2025 forum 50', '2025 letter 25']);
  });

  it('starts at ten years, whatever --every says', () => {
    expect(ages(2025, 2030, 5).filter((a) => a.includes('young'))).toEqual(['2030 young 10']);
    expect(ages(2021, 2029, 1).filter((a) => a.includes('young'))).toEqual([]);
  });

  it('orders by year, then the oldest first', () => {
    expect(ages(2030, 2040, 10)).toEqual(['2030 old 80', '2030 letter 30', '2030 young 10', '2035 forum 60', '2040 old 90', '2040 letter 40', '2040 young 20']);
  });
});
