import { pagePath, relative, type Site } from './context.js';
import { html, type Html } from './html.js';
import type { Page } from './layout.js';
import { mainMunicipality } from '../query/home.js';

/** A webcal: address for a feed, when the site knows where it will live. */
function webcal(site: Site, file: string): string | undefined {
  const base = mainMunicipality(site.data)?.base_url;
  return base ? `${base.replace(/\/?$/, '/')}${file}`.replace(/^https?:/, 'webcal:') : undefined;
}

/** The calendar feeds and the data files beside the pages. */
export function downloadsPage(site: Site): Page {
  const { m } = site;
  const from = pagePath(site, site.lang, 'downloads.html');
  const link = (file: string, label: string): Html => {
    const sub = webcal(site, file);
    return html`<li><a href="${relative(from, file)}" download>${label}</a>${sub ? html` (<a href="${sub}">${m.subscribe}<span class="sr"> – ${label}</span></a>)` : ''}</li>`;
  };
  const body = html`<h2>${m.feeds}</h2>
<p>${m.feedsIntro}</p>
<ul>${site.feeds.map((f) => link(f.file, f.label))}</ul>
<h2>${m.data}</h2>
<ul>
${link('data/cities.csv', m.csv)}
${link('data/cities-excel.csv', m.excel)}
${link('data/cities.geojson', m.geojson)}
${link('data/intl.json', m.json)}
</ul>`;
  return { page: 'downloads.html', title: m.downloads, body };
}
