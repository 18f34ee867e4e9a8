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
