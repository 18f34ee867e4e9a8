import { t } from '../i18n/index.js';
import type { Site } from './context.js';
import { html } from './html.js';
import { country, type Page } from './layout.js';
import { mapSvg, NEAR_KM } from './map-svg.js';
import { distance } from './overview.js';
import type { PlacedCity } from '../query/cities.js';
import { mainMunicipality } from '../query/home.js';

/** The map: the near cities around home, a world view for the far ones, and the same as a list. */
export function mapPage(site: Site): Page {
  const { m } = site;
  const municipality = mainMunicipality(site.data);
  const home = municipality?.coordinates && { name: municipality.name.replace(/ kommune$/, ''), coordinates: municipality.coordinates };
  const cities = site.cities.filter((c) => c.coordinates);
  const far = cities.filter((c) => (c.distance_km ?? 0) > NEAR_KM);
  const byDistance = [...cities].sort((a, b) => (a.distance_km ?? 0) - (b.distance_km ?? 0));
  const name = (c: PlacedCity) => (c.relation === 'twin' ? html`<a href="cities/${c.id}.html">${c.name}</a>` : html`${c.name} (${t().words.relation[c.relation]})`);
  // On a narrow screen the near map keeps a size its names can be read at, and scrolls in its frame.
  const near = home && mapSvg(home, cities, { title: m.mapTitle, desc: m.mapDesc(home.name), width: 800, height: 640, near: true }, 'near');
  const body = html`${near ? html`<div class="scroll" role="region" aria-label="${m.mapTitle}" tabindex="0">${near}</div>` : ''}
${home ? html`<ul class="legend"><li><span class="key twin"></span>${m.legendTwin}</li><li><span class="key other"></span>${m.legendOther}</li></ul>` : ''}
${home && far.length > 0 ? html`<h2>${m.worldTitle}</h2>\n${mapSvg(home, cities, { title: m.worldTitle, desc: m.worldDesc, width: 480, height: 480, near: false }, 'world')}` : ''}
<h2>${m.mapList}</h2>
<ol>${byDistance.map((c) => html`<li>${name(c)}, ${country(site, c.country)}${c.distance_km !== undefined ? html`: ${distance(site, c)}` : ''}</li>`)}</ol>`;
  return { page: 'map.html', title: m.map, body };
}
