import { z } from 'zod';

export const Coordinates = z
  .strictObject({
    lat: z.number().min(-90, 'latitude').max(90, 'latitude').meta({ description: 'Latitude, -90 to 90.', nb: 'Breddegrad, -90 til 90.' }),
    lon: z.number().min(-180, 'longitude').max(180, 'longitude').meta({ description: 'Longitude, -180 to 180.', nb: 'Lengdegrad, -180 til 180.' }),
  })
  .meta({
    title: 'Coordinates',
    description: 'A point on the map in WGS 84 decimal degrees, as GeoNames gives it: `{ lat, lon }`.',
    nb: 'Et punkt på kartet i desimalgrader (WGS 84), slik GeoNames oppgir det: `{ lat, lon }`.',
  });

export type Coordinates = z.infer<typeof Coordinates>;

/** Mean Earth radius (IUGG), in km. */
const EARTH_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** The great-circle distance between two points, in whole kilometres (haversine). */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return Math.round(2 * EARTH_KM * Math.asin(Math.sqrt(h)));
}
