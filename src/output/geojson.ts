import type { Coordinates } from '../model/coordinates.js';
import type { PlacedCity } from '../query/cities.js';

interface Feature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] } | { type: 'LineString'; coordinates: number[][] };
  properties: Record<string, unknown>;
}

/** RFC 7946 positions are [longitude, latitude]. */
const position = (c: Coordinates) => [c.lon, c.lat];

/**
 * A GeoJSON FeatureCollection (RFC 7946): a Point per city with coordinates, the record's other
 * fields as properties; with `lines`, a LineString from the municipality to each city as well.
 */
export function toGeoJson(cities: PlacedCity[], home: { id: string; coordinates?: Coordinates } | undefined, lines = false): string {
  const placed = cities.filter((c) => c.coordinates !== undefined);
  const features: Feature[] = placed.map(({ coordinates, ...properties }) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: position(coordinates!) },
    properties,
  }));
  if (lines && home?.coordinates) {
    for (const c of placed) {
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [position(home.coordinates), position(c.coordinates!)] },
        properties: { from: home.id, to: c.id, distance_km: c.distance_km },
      });
    }
  }
  return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 2)}\n`;
}
