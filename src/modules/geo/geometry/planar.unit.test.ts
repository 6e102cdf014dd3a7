import pointToLineDistance from '@turf/point-to-line-distance';
import { describe, expect, it } from 'vitest';
import { dayBefore, searchTextOf } from '../refdata/refdata-units.rows.ts';
import { structureAt } from '../units/units.service.ts';
import {
  areBboxesNear,
  bboxOf,
  distanceToSegmentsKm,
  isNearBbox,
  roundGeometry,
  segmentsOf,
} from './planar.ts';

describe('planar distances', () => {
  const line: [number, number][] = [
    [105.8, 21.0],
    [105.9, 21.05],
    [106.0, 21.0],
  ];
  it.each([
    [105.85, 21.0],
    [105.9, 21.2],
    [106.3, 21.1],
    [105.95, 20.9],
    [103.45, 22.6],
  ])('agrees with turf’s great-circle distance within 0.5 %% for (%s, %s)', (lon, lat) => {
    const expected = pointToLineDistance(
      [lon, lat],
      { type: 'LineString', coordinates: line },
      { units: 'kilometers' },
    );
    const actual = distanceToSegmentsKm(lon, lat, segmentsOf([line]));
    expect(Math.abs(actual - expected) / expected).toBeLessThan(0.005);
  });

  it('is zero on a vertex and Infinity without segments', () => {
    expect(distanceToSegmentsKm(105.9, 21.05, segmentsOf([line]))).toBe(0);
    expect(distanceToSegmentsKm(105.9, 21.05, segmentsOf([]))).toBe(Infinity);
  });

  it.each([
    [105.85, 21.02, 0, true],
    [105.7, 21.02, 0, false],
    [105.7, 21.02, 12, true],
  ])('isNearBbox(%s, %s, margin %s km) is %s', (lon, lat, margin, near) => {
    expect(isNearBbox(lon, lat, bboxOf({ type: 'LineString', coordinates: line }), margin)).toBe(near);
  });

  it('compares bboxes with a margin and rounds coordinates', () => {
    const a = { minLon: 105, minLat: 21, maxLon: 105.1, maxLat: 21.1 };
    const b = { minLon: 105.15, minLat: 21, maxLon: 105.2, maxLat: 21.1 };
    expect(areBboxesNear(a, b, 1)).toBe(false);
    expect(areBboxesNear(a, b, 6)).toBe(true);
    expect(roundGeometry({ type: 'Point', coordinates: [105.123456, 21.987654] }, 4).coordinates).toEqual([
      105.1235, 21.9877,
    ]);
  });
});

describe('normalising reference data', () => {
  it.each([
    ['2025-01-01', '2024-12-31'],
    ['2024-03-01', '2024-02-29'],
    ['2025-07-01', '2025-06-30'],
  ])('the day before %s is %s', (date, before) => {
    expect(dayBefore(date)).toBe(before);
  });

  it.each([
    [['Hoà Bình', 'Tỉnh Hòa Bình', 'Hoa Binh'], 'hoa binh | tinh hoa binh'],
    [['Đà Nẵng', null, undefined], 'da nang'],
  ])('folds every name once: %j', (names, text) => {
    expect(searchTextOf(names)).toBe(text);
  });

  it.each([
    ['2025-06-30T16:59:59Z', 'pre2025'],
    ['2025-06-30T17:00:00Z', 'current'],
    ['2023-05-01T00:00:00Z', 'pre2025'],
    ['2026-01-01T00:00:00Z', 'current'],
  ] as const)('structureAt(%s) is %s (Vietnam time)', (at, structure) => {
    expect(structureAt(new Date(at))).toBe(structure);
  });
});
