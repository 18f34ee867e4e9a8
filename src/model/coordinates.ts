import { z } from 'zod';

/** A point on the map in WGS 84 degrees, as GeoNames gives it. */
export const Coordinates = z.strictObject({
  lat: z.number().min(-90, 'latitude').max(90, 'latitude'),
  lon: z.number().min(-180, 'longitude').max(180, 'longitude'),
});
