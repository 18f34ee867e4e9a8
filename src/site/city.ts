import type { PlacedCity } from '../query/cities.js';
import type { Site } from './context.js';
import { entryTable } from './calendar.js';
import { html, outLink, type Part } from './html.js';
import { country, textIn, type Page } from './layout.js';
import { distance, population } from './overview.js';

/** A twin city: its facts, since when, how far, and the networks, projects and entries it shares. */
export function cityPage(site: Site, c: PlacedCity): Page {
  const { m, data } = site;
  const facts: [string, Part][] = [
    [m.country, country(site, c.country) + (c.territory ? ` (${c.territory})` : '')],
    [m.since, c.since],
    [m.population, population(site, c)],
    [m.distance, distance(site, c)],
    [m.location, textIn(site, c.location)],
    [m.founded, textIn(site, c.founded)],
    [m.universities, textIn(site, c.universities?.map((u) => u.name + (u.founded ? ` (${u.founded})` : '')).join(', '))],
    [m.industries, textIn(site, c.industries?.join(', '))],
  ];
  const list = (heading: string, items: Part[]) => (items.length === 0 ? '' : html`<h2>${heading}</h2><ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`);
  const entries = data.calendar.filter((e) => e.cities?.includes(c.id));
  const body = html`<dl class="facts">${facts.filter(([, v]) => v !== undefined && v !== false).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
${c.url ? html`<p>${outLink(c.url, c.url)}</p>` : ''}
${list(m.facts, (c.facts ?? []).map((f) => textIn(site, f)))}
${list(m.landmarks, (c.landmarks ?? []).map((l) => textIn(site, l)))}
${list(m.relatedNetworks, data.networks.filter((n) => n.cities?.includes(c.id)).map((n) => outLink(n.url, textIn(site, n.name, n.name_lang))))}
${list(m.relatedProjects, data.projects.filter((p) => p.cities?.includes(c.id)).map((p) => textIn(site, p.name, p.name_lang)))}
${entries.length > 0 ? html`<h2>${m.relatedEntries}</h2>${entryTable(site, m.relatedEntries, entries, `cities/${c.id}.html`)}` : ''}`;
  return { page: `cities/${c.id}.html`, title: c.name, body };
}
