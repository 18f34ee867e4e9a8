import { groupDigits } from '../output/numbers.js';
import type { PlacedCity } from '../query/cities.js';
import type { Site } from './context.js';
import { html, outLink, type Html } from './html.js';
import { country, table, textIn, type Page } from './layout.js';
import { mainMunicipality } from '../query/home.js';

export const population = (site: Site, c: PlacedCity) =>
  c.population && site.m.populationIn(groupDigits(c.population.count, site.lang), c.population.year);

export const distance = (site: Site, c: PlacedCity) => c.distance_km !== undefined && site.m.km(groupDigits(c.distance_km, site.lang));

/** The overview: twin cities with their facts, other relations, networks, projects, links. */
export function overviewPage(site: Site): Page {
  const { m, data } = site;
  const twins = site.cities.filter((c) => c.relation === 'twin');
  const others = (relation: string, heading: string) => {
    const list = site.cities.filter((c) => c.relation === relation);
    return list.length === 0 ? '' : html`<h2>${heading}</h2><ul>${list.map((c) => html`<li>${c.name}, ${country(site, c.country)}${c.since ? ` (${c.since})` : ''}</li>`)}</ul>`;
  };
  const body = html`<p>${m.intro(mainMunicipality(data)?.name ?? '')}</p>
${data.sources.flatMap((s) => s.facts ?? []).map((f) => html`<p>${textIn(site, f)}</p>`)}
<h2 id="twins">${m.twins}</h2>
<p>${m.twinsIntro(twins.length)}</p>
${table(m.twins, [m.city, m.country, m.since, m.population, m.distance], twins.map((c) => [
  html`<a href="cities/${c.id}.html">${c.name}</a>`, country(site, c.country) + (c.territory ? ` (${c.territory})` : ''), c.since, population(site, c), distance(site, c),
]))}
${others('intent', m.intent)}
${others('solidarity', m.solidarity)}
${others('partner', m.partners)}
<h2>${m.networks}</h2>
<ul>${data.networks.map((n) => html`<li>${outLink(n.url, textIn(site, n.name, n.name_lang))}${n.full_name ? html` – ${textIn(site, n.full_name, n.name_lang)}` : ''}${n.purpose ? html`<br>${textIn(site, n.purpose)}` : ''}</li>`)}</ul>
<h2>${m.projects}</h2>
<ul>${data.projects.map((p) => html`<li>${textIn(site, p.name, p.name_lang)}${p.start ? ` (${p.start.slice(0, 4)})` : ''}</li>`)}</ul>
${linksSection(site)}`;
  return { page: 'index.html', title: m.home, body };
}

function linksSection(site: Site): Html {
  const { m, data } = site;
  return html`<h2>${m.links}</h2>
<ul>${data.links.map((l) => html`<li>${outLink(l.url, textIn(site, l.title))}${l.from ? ` (${l.from}${l.to ? `–${l.to}` : ''})` : ''}</li>`)}</ul>
<h2>${m.source}</h2>
<ul>${data.sources.map((s) => html`<li>${outLink(s.url, textIn(site, s.title))}${s.publisher ? html`, ${textIn(site, s.publisher)}` : ''}${s.updated ? ` (${s.updated})` : ''}</li>`)}</ul>`;
}
