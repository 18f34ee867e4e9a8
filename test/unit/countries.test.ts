import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from '../../src/model/country-names.js';
import { countryName, isCountryCode } from '../../src/model/countries.js';

describe('country codes and names', () => {
  it('has the names ICU gives, in English and Norwegian', () => {
    const en = new Intl.DisplayNames(['en'], { type: 'region' });
    const nb = new Intl.DisplayNames(['nb'], { type: 'region' });
    for (const [code, [english, norwegian]] of Object.entries(COUNTRY_NAMES)) {
      expect([code, english, norwegian]).toEqual([code, en.of(code), nb.of(code)]);
    }
    expect(countryName('SE', 'nb')).toBe('Sverige');
  });

  it('knows ISO 3166-1 codes and nothing else', () => {
    expect(Object.keys(COUNTRY_NAMES)).toHaveLength(249);
    for (const code of ['NO', 'FO', 'PS', 'GB', 'ER']) expect(isCountryCode(code)).toBe(true);
    for (const code of ['EU', 'XK', 'UK', 'no', 'NOR', 'constructor', 'toString']) expect(isCountryCode(code)).toBe(false);
  });
});
