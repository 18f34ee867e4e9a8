// What a wrong value was most likely meant to be, so a hint can show the line as it should read.
import { COUNTRY_NAMES } from '../model/country-names.js';

/** `159,207`, `159 207`, `159.207` (text or number): the digits of a number written with thousands separators. */
export function thousandsDigits(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\d{1,3}([,. \u00a0\u202f\u2009']\d{3})+$/.test(text.trim())) return undefined;
  return text.replace(/\D/g, '');
}

/** `10.12.2026` or `10/12/2026` as `2026-12-10`. */
export function isoDate(value: string): string | undefined {
  const m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

/** A date with a time of day after it: `2026-12-10 kl. 18`, `2026-12-10T18:00`. */
export function hasTimeOfDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}[ T]/.test(value.trim());
}

/** `Julemarked i Odense` as the id `julemarked-i-odense`. */
export function slug(value: string): string {
  return value
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The country code for a name in English or bokmål (`Sverige`), or for a code in small letters. */
export function countryCode(value: string): string | undefined {
  const wanted = value.trim().toLowerCase();
  if (Object.hasOwn(COUNTRY_NAMES, wanted.toUpperCase())) return wanted.toUpperCase();
  return Object.entries(COUNTRY_NAMES).find(([, names]) => names.some((n) => n.toLowerCase() === wanted))?.[0];
}

/** Words people write for the format's fixed values, in bokmål and English. */
const WORDS: Record<string, string> = {
  vennskapsby: 'twin',
  'twin city': 'twin',
  intensjonsavtale: 'intent',
  'letter of intent': 'intent',
  solidaritet: 'solidarity',
  samarbeidspartner: 'partner',
  'adm.': 'adm',
  administrativ: 'adm',
  administrasjon: 'adm',
  administrative: 'adm',
  'pol.': 'pol',
  politisk: 'pol',
  political: 'pol',
  nettverk: 'network',
  plattform: 'platform',
  kontor: 'office',
  program: 'programme',
  strategi: 'strategy',
  oversikt: 'overview',
  side: 'page',
  nettside: 'page',
};

/** The allowed value meant by `given`: the same in small letters, or a word for it. */
export function allowedValue(given: string, allowed: readonly string[]): string | undefined {
  const lower = given.trim().toLowerCase();
  const value = allowed.includes(lower) ? lower : WORDS[lower];
  return value !== undefined && allowed.includes(value) ? value : undefined;
}

/** `oslo, bergen og tampere` as the items of a flow list: `[oslo, bergen, tampere]`. */
export function flowList(value: string): string {
  return `[${value
    .split(/\s*(?:,|;|\bog\b|\band\b)\s*/)
    .filter(Boolean)
    .join(', ')}]`;
}

/** `www.trondheim.kommune.no` with the https:// it lacks, when it looks like an address. */
export function withScheme(value: string): string | undefined {
  return /^(www\.)?[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value.trim()) ? `https://${value.trim()}` : undefined;
}
