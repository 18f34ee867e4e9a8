import { mainMunicipality } from '../query/home.js';
import { catalogue, type Catalogue } from '../i18n/index.js';
import type { Lang } from '../i18n/lang.js';
import type { Dataset } from '../model/records.js';
import type { PlacedCity } from '../query/cities.js';

/** What every page of one language is built from. */
export interface Site {
  data: Dataset;
  cities: PlacedCity[];
  lang: Lang;
  /**
   * The municipality's language: its pages are at the root, the other language's under `<lang>/`.
   * The data's texts are in it, but for names and titles whose record says otherwise.
   */
  main: Lang;
  m: Catalogue['site'];
  /** The build's date, `YYYY-MM-DD` (SOURCE_DATE_EPOCH or today). */
  today: string;
  /** The calendar feeds, as [path under data/, label]. */
  feeds: Feed[];
}

export interface Feed {
  file: string;
  label: string;
}

export const LANGS: readonly Lang[] = ['nb', 'en'];

export function siteFor(base: Omit<Site, 'lang' | 'm'>, lang: Lang): Site {
  return { ...base, lang, m: catalogue(lang).site };
}

/** Where a page of a language lives: `cities/odense.html`, or `en/cities/odense.html`. */
export function pagePath(site: Pick<Site, 'main'>, lang: Lang, page: string): string {
  return lang === site.main ? page : `${lang}/${page}`;
}

/** A file's public address, when the municipality says where the site lives (`base_url`). */
export function publicUrl(site: Site, file: string): string | undefined {
  const base = mainMunicipality(site.data)?.base_url;
  return base && `${base.replace(/\/?$/, '/')}${file}`;
}

/** The webcal: address of a feed, which calendar programs open as a subscription. */
export const webcalUrl = (site: Site, file: string) => publicUrl(site, file)?.replace(/^https?:/, 'webcal:');

/** A link from one file of the site to another, relative so that the folder works anywhere. */
export function relative(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth) + to;
}
