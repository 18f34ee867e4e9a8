import { inLanguage } from '../i18n/index.js';
import type { Lang } from '../i18n/lang.js';
import { calendarPage } from './calendar.js';
import { cityPage } from './city.js';
import { LANGS, pagePath, siteFor, type Site } from './context.js';
import { downloadsPage } from './downloads.js';
import { layout, type Page } from './layout.js';
import { mapPage } from './map-page.js';
import { overviewPage } from './overview.js';
import { ICON, STYLE } from './style.js';

/** Every page of the site in both languages, and its stylesheet, by path in the folder. */
export function sitePages(base: Omit<Site, 'lang' | 'm'>): Map<string, string> {
  const files = new Map<string, string>([['site.css', STYLE], ['favicon.svg', ICON]]);
  for (const lang of LANGS) {
    const site = siteFor(base, lang);
    const pages = inLanguage(lang, () => pagesOf(site));
    for (const p of pages) files.set(pagePath(site, lang, p.page), inLanguage(lang, () => layout(site, p)));
  }
  return files;
}

function pagesOf(site: Site): Page[] {
  const twins = site.cities.filter((c) => c.relation === 'twin');
  return [overviewPage(site), calendarPage(site), mapPage(site), downloadsPage(site), ...twins.map((c) => cityPage(site, c))];
}

export type { Lang };
