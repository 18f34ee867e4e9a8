import type { Site } from './context.js';
import { html } from './html.js';
import { country, type Page } from './layout.js';
import { mapSvg, NEAR_KM } from './map-svg.js';
import { distance } from './overview.js';
import { mainMunicipality } from '../query/home.js';

/** The map: the near cities around home, a world view for the far ones, and the same as a list. */
export function mapPage(site: Site): Page {
  const { m } = site;
  const municipality = mainMunicipality(site.data);
  const home = municipality?.coordinates && { name: municipality.name.replace(/ kommune$/, ''), coordinates: municipality.coordinates };
  const twins = site.cities.filter((c) => c.relation === 'twin');
  const far = twins.filter((c) => (c.distance_km ?? 0) > NEAR_KM);
  const byDistance = [...twins].sort((a, b) => (a.distance_km ?? 0) - (b.distance_km ?? 0));
  const body = html`${home ? mapSvg(home, twins, { title: m.mapTitle, desc: m.mapDesc(home.name), width: 800, height: 640, near: true }, 'near') : ''}
${home && far.length > 0 ? html`<h2>${m.worldTitle}</h2>\n${mapSvg(home, twins, { title: m.worldTitle, desc: m.worldDesc, width: 480, height: 480, near: false }, 'world')}` : ''}
<h2>${m.mapList}</h2>
<ol>${byDistance.map((c) => html`<li><a href="cities/${c.id}.html">${c.name}</a>, ${country(site, c.country)}${c.distance_km !== undefined ? html`: ${distance(site, c)}` : ''}</li>`)}</ol>
<p>${m.credit}</p>`;
  return { page: 'map.html', title: m.map, body };
}
