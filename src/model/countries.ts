import { COUNTRY_NAMES } from './country-names.js';

export function isCountryCode(value: string): boolean {
  return Object.hasOwn(COUNTRY_NAMES, value);
}

/** The country's name in English (default) or Norwegian Bokmål, for display and for --country. */
export function countryName(code: string, language: 'en' | 'nb' = 'en'): string {
  return COUNTRY_NAMES[code]?.[language === 'en' ? 0 : 1] ?? code;
}
