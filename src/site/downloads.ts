import { pagePath, relative, webcalUrl, type Site } from './context.js';
import { ALL_FEED } from './feeds.js';
import { html, type Html } from './html.js';
import type { Page } from './layout.js';
import { mainMunicipality } from '../query/home.js';

/** The calendar feeds and the data files beside the pages. */
export function downloadsPage(site: Site): Page {
  const { m } = site;
  const from = pagePath(site, site.lang, 'downloads.html');
  const link = (file: string, label: string): Html => html`<li><a href="${relative(from, file)}" download>${label}</a></li>`;
  const feed = (file: string, label: string): Html => {
    const sub = webcalUrl(site, file);
    return html`<li><a href="${relative(from, file)}" download>${label}</a>${sub ? html` (<a href="${sub}">${m.subscribe}<span class="sr"> – ${label}</span></a>)` : ''}</li>`;
  };
  const body = html`<h2>${m.feeds}</h2>
<p>${mainMunicipality(site.data)?.base_url ? m.feedsIntro : m.feedsIntroNoAddress}</p>
<ul>${site.feeds.map((f) => feed(f.file, f.file === ALL_FEED ? m.feedAll : f.label))}</ul>
<h2>${m.data}</h2>
<ul>
${link('data/cities.csv', m.csv)}
${link('data/cities-excel.csv', m.excel)}
${link('data/cities.geojson', m.geojson)}
${link('data/intl.json', m.json)}
</ul>`;
  return { page: 'downloads.html', title: m.downloads, body };
}
