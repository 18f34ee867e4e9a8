import { geoAzimuthalEqualArea, geoCircle, geoGraticule10, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import world110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Coordinates } from '../model/coordinates.js';
import type { PlacedCity } from '../query/cities.js';
import { html, type Html } from './html.js';
import { placeLabels, type Mark } from './labels.js';

type World = Topology<{ countries: GeometryCollection }>;
const countriesOf = (world: unknown) => feature(world as World, (world as World).objects.countries);
// Natural Earth 50m near home (the 110m set has no Faroe Islands); 110m for the whole globe.
const COUNTRIES = { near: countriesOf(world50), world: countriesOf(world110) };

/** Cities farther than this go on the world view rather than stretching the main one. */
export const NEAR_KM = 5000;
/** The near view shows at least this far round home, in degrees (about 330 km). */
const HOME_RADIUS = 3;

export interface MapView {
  title: string;
  desc: string;
  width: number;
  height: number;
  /** Whether the view is fitted to the near cities (else to the whole globe). */
  near: boolean;
}

/** A projection centred on home, fitted to the globe or to the near cities shown. */
function projectionFor(home: Coordinates, shown: PlacedCity[], view: MapView): GeoProjection {
  const { width: w, height: h } = view;
  const projection = geoAzimuthalEqualArea().rotate([-home.lon, -home.lat]);
  if (view.near) {
    // The cities, and at least the land round home, so that a folder with no city yet (or only
    // neighbours) still gets a map rather than one zoomed into a point.
    const points = { type: 'MultiPoint' as const, coordinates: shown.map((c) => [c.coordinates!.lon, c.coordinates!.lat]) };
    const round = geoCircle().center([home.lon, home.lat]).radius(HOME_RADIUS)();
    projection.fitExtent([[90, 30], [w - 90, h - 30]], { type: 'GeometryCollection', geometries: [points, round] });
  } else projection.fitExtent([[4, 4], [w - 4, h - 4]], { type: 'Sphere' });
  return projection.clipExtent([[0, 0], [w, h]]);
}

/**
 * An SVG map centred on home: countries, a named marker for each city (a filled one for a twin
 * city, a ring for other relations) and a line from home to each twin city.
 */
export function mapSvg(home: { name: string; coordinates: Coordinates }, cities: PlacedCity[], view: MapView, id: string): Html {
  const { width: w, height: h } = view;
  const shown = cities.filter((c) => c.coordinates && (!view.near || (c.distance_km ?? 0) <= NEAR_KM));
  const projection = projectionFor(home.coordinates, shown, view);
  const path = geoPath(projection).digits(1);
  const at = (c: Coordinates) => projection([c.lon, c.lat])!.map((v) => Math.round(v * 10) / 10) as [number, number];
  const origin = at(home.coordinates);
  // The world view names only what the near view cannot hold; the others are unnamed dots there.
  const named = shown.filter((c) => view.near || (c.distance_km ?? 0) > NEAR_KM);
  const marks: Mark[] = named.map((c) => ({ x: at(c.coordinates!)[0], y: at(c.coordinates!)[1], text: c.name }));
  const kind = (c: PlacedCity) => (c.relation === 'twin' ? 'twin' : 'other');
  const dots = shown.filter((c) => !named.includes(c)).map((c) => ({ at: at(c.coordinates!), kind: kind(c) }));
  const labels = placeLabels([{ x: origin[0], y: origin[1], text: home.name }, ...marks], w, h, dots.map((d) => d.at));
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="${id}-t ${id}-d" class="map ${view.near ? 'near' : 'world'}">
<title id="${id}-t">${view.title}</title>
<desc id="${id}-d">${view.desc}</desc>
<path class="sea" d="${path({ type: 'Sphere' }) ?? ''}"/>
<path class="grid" d="${path(geoGraticule10()) ?? ''}"/>
<path class="land" d="${path(view.near ? COUNTRIES.near : COUNTRIES.world) ?? ''}"/>
${shown.filter((c) => c.relation === 'twin').map((c) => html`<path class="route" d="${path({ type: 'LineString', coordinates: [[home.coordinates.lon, home.coordinates.lat], [c.coordinates!.lon, c.coordinates!.lat]] }) ?? ''}"/>\n`)}
${dots.map((d) => html`<circle class="${d.kind}" cx="${d.at[0]}" cy="${d.at[1]}" r="3"/>`)}
${labels.map((l, i) => html`<g class="${i === 0 ? 'home' : `city ${kind(named[i - 1]!)}`}"><circle cx="${l.x}" cy="${l.y}" r="${i === 0 ? 5 : 4}"/>${l.leader ? html`<line x1="${l.x}" y1="${l.y}" x2="${l.leader[0]}" y2="${l.leader[1]}"/>` : ''}<text x="${l.lx}" y="${l.ly}" text-anchor="${l.anchor}">${l.text}</text></g>\n`)}
</svg>`;
}
