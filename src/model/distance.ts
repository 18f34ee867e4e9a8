/** A point in WGS 84 decimal degrees, as the Coordinates schema (coordinates.ts) checks it. */
export interface Point {
  lat: number;
  lon: number;
}

// Kept apart from the zod schema of coordinates: `intl cities` sorts by distance on its quick
// path, which loads no zod.

/** Mean Earth radius (IUGG), in km. */
const EARTH_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** The great-circle distance between two points, in whole kilometres (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return Math.round(2 * EARTH_KM * Math.asin(Math.sqrt(h)));
}
