import type { Coordinates } from '../model/coordinates.js';
import type { PlacedCity } from '../query/cities.js';

interface Feature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] } | { type: 'LineString'; coordinates: number[][] };
  properties: Record<string, unknown>;
}

/** RFC 7946 positions are [longitude, latitude]. */
const position = (c: Coordinates) => [c.lon, c.lat];

/** A municipality a line starts from. */
type Home = { id: string; coordinates?: Coordinates } | undefined;

/**
 * A GeoJSON FeatureCollection (RFC 7946): a Point per city with coordinates, the record's other
 * fields as properties; with `lines`, a LineString from its municipality to each city as well.
 */
export function toGeoJson(cities: PlacedCity[], homeOf: (city: PlacedCity) => Home, lines = false): string {
  const placed = cities.filter((c) => c.coordinates !== undefined);
  const features: Feature[] = placed.map(({ coordinates, ...properties }) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: position(coordinates!) },
    properties,
  }));
  for (const c of lines ? placed : []) {
    const home = homeOf(c);
    if (home?.coordinates) {
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [position(home.coordinates), position(c.coordinates!)] },
        properties: { from: home.id, to: c.id, distance_km: c.distance_km },
      });
    }
  }
  return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 2)}\n`;
}
