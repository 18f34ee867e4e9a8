import { countryName } from '../model/countries.js';
import { LANGS, pagePath, publicUrl, relative, type Site } from './context.js';
import { html, type Html, type Part } from './html.js';
import { mainMunicipality } from '../query/home.js';

export interface Page {
  /** The page's path within its language: `index.html`, `cities/odense.html`. */
  page: string;
  title: string;
  body: Html;
}

/** A whole HTML document: landmarks, a skip link, the menu, the translation link, the footer. */
export function layout(site: Site, p: Page): string {
  const path = pagePath(site, site.lang, p.page);
  const link = (to: string) => relative(path, pagePath(site, site.lang, to));
  const other = LANGS.find((l) => l !== site.lang)!;
  // Absolute where the site's address is known: search engines want them so.
  const address = (file: string) => publicUrl(site, file) ?? relative(path, file);
  const canonical = publicUrl(site, path);
  const alternates = LANGS.map((l) => html`<link rel="alternate" hreflang="${l}" href="${address(pagePath(site, l, p.page))}">`);
  const menu: [string, string][] = [
    ['index.html', site.m.home],
    ['calendar.html', site.m.calendar],
    ['map.html', site.m.map],
    ['downloads.html', site.m.downloads],
  ];
  const name = mainMunicipality(site.data)?.name ?? '';
  const doc = html`<!doctype html>
<html lang="${site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} – ${name}</title>
<link rel="stylesheet" href="${relative(path, 'site.css')}">
<link rel="icon" href="${relative(path, 'favicon.svg')}" type="image/svg+xml">
${canonical ? html`<link rel="canonical" href="${canonical}">
` : ''}${alternates}
</head>
<body>
<a class="skip" href="#main">${site.m.skip}</a>
<header class="top">
<p class="brand">${name}</p>
<nav aria-label="${site.m.nav}"><ul>
${menu.map(([to, label]) => html`<li><a href="${link(to)}"${to === p.page ? html` aria-current="page"` : ''}>${label}</a></li>`)}
<li><a href="${relative(path, pagePath(site, other, p.page))}" hreflang="${other}" lang="${other}">${site.m.otherLanguage}</a></li>
</ul></nav>
</header>
<main id="main">
<h1>${p.title}</h1>
${p.body}
</main>
<footer>
${footer(site)}
</footer>
</body>
</html>
`;
  return doc.text;
}

function footer(site: Site): Html {
  const source = site.data.sources.find((s) => s.updated);
  const on = (words: string, day: string) => html`${words} <time datetime="${day}">${day}</time>.`;
  return html`<p>${on(site.m.pagesUpdated, site.today)}${source?.updated ? html` ${on(site.m.sourceUpdated, source.updated)}` : ''}</p>
<p>${site.m.credit}</p>`;
}

/**
 * A text from the data, marked with its language where that is not the page's, so that a screen
 * reader reads "Nordic City Network" in English on a Norwegian page and "Nordisk plattform" in
 * Norwegian on an English one. Names of cities and people are left as they are.
 */
export function textIn(site: Site, text: Part, lang: string = site.main): Html | undefined {
  if (text === undefined || text === null || text === false || text === '') return undefined;
  return lang.split('-')[0] === site.lang ? html`${text}` : html`<span lang="${lang}">${text}</span>`;
}

/** A country's name in the page's language. */
export const country = (site: Site, code: string): string => countryName(code, site.lang);

/**
 * A table with its own horizontal scroll, so a wide one never makes the page scroll sideways. Each
 * cell carries its column's name: on a narrow screen the rows stack and show it beside the value.
 * The caption is for screen readers: every table stands under a heading that says the same.
 */
export function table(caption: Part, head: string[], rows: Part[][]): Html {
  const cell = (c: Part, i: number) => (i === 0 ? html`<th scope="row" data-label="${head[i]}">${c}</th>` : html`<td data-label="${head[i]}">${c}</td>`);
  return html`<div class="scroll" role="region" aria-label="${caption}" tabindex="0"><table>
<caption class="sr">${caption}</caption>
<thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>
${rows.map((r) => html`<tr>${r.map(cell)}</tr>\n`)}</tbody>
</table></div>`;
}
