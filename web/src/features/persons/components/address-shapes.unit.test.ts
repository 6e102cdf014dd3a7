import { describe, expect, it } from 'vitest';
import type { MapFeatureCollection } from '../../geo/types';
import { addressShape, provinceOfUnit } from './address-shapes';

const square = (x: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 0],
    ],
  ],
});

const HUNG_YEN: MapFeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: square(0), properties: { kind: 'province', code: '33', role: 'self' } },
    { type: 'Feature', geometry: square(1), properties: { kind: 'province', code: '01', role: 'neighbour' } },
    { type: 'Feature', geometry: square(2), properties: { kind: 'commune', code: '12345' } },
  ],
};

describe('provinceOfUnit', () => {
  it.each([
    [{ level: 'province' as const, code: '33', provinceCode: null }, '33'],
    [{ level: 'commune' as const, code: '12345', provinceCode: '33' }, '33'],
    [{ level: 'district' as const, code: '323', provinceCode: '33' }, '33'],
  ])('finds the province of %j', (unit, expected) => {
    expect(provinceOfUnit(unit)).toBe(expected);
  });
});

describe('addressShape', () => {
  it('outlines a commune of the map by its own shape', () => {
    const shape = addressShape('current', { level: 'commune', code: '12345' }, HUNG_YEN);
    expect(shape?.geometry).toEqual(square(2));
    expect(shape?.properties).toEqual({ addressKind: 'current', code: '12345', precision: 'unit' });
  });

  it('outlines the province itself, not a neighbour', () => {
    const shape = addressShape('permanent', { level: 'province', code: '33' }, HUNG_YEN);
    expect(shape?.geometry).toEqual(square(0));
    expect(shape?.properties.precision).toBe('unit');
  });

  it('falls back to the whole province for a unit the map does not hold (a former district)', () => {
    const shape = addressShape('permanent', { level: 'district', code: '323' }, HUNG_YEN);
    expect(shape?.geometry).toEqual(square(0));
    expect(shape?.properties.precision).toBe('province');
  });

  it('waits for the unit and the map', () => {
    expect(addressShape('current', undefined, HUNG_YEN)).toBeUndefined();
    expect(addressShape('current', { level: 'commune', code: '12345' }, undefined)).toBeUndefined();
  });
});
