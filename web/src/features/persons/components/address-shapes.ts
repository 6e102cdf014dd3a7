import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MapFeatureCollection, UnitSummary } from '../../geo/types';
import type { AddressKind } from '../types';

/** How closely a drawn shape fits an address: the unit itself, or only the province it lies in. */
export type ShapePrecision = 'unit' | 'province';

export type AddressShapeProperties = { addressKind: AddressKind; code: string; precision: ShapePrecision };

export type AddressShapes = FeatureCollection<Geometry, AddressShapeProperties>;

/** The province holding a unit (a province holds itself), whose map is fetched to outline the unit. */
export const provinceOfUnit = (unit: Pick<UnitSummary, 'level' | 'code' | 'provinceCode'>): string | null =>
  unit.level === 'province' ? unit.code : unit.provinceCode;

/**
 * The shape that outlines an address on the map: the unit itself where the province's map holds it (the province,
 * or one of today's communes), else the whole province (a former district or commune: the map has only today's
 * communes). Undefined until the unit and its province's map are loaded.
 */
export const addressShape = (
  kind: AddressKind,
  unit: Pick<UnitSummary, 'level' | 'code'> | undefined,
  provinceMap: MapFeatureCollection | undefined,
): Feature<Geometry, AddressShapeProperties> | undefined => {
  if (!unit || !provinceMap) {
    return undefined;
  }
  const own = provinceMap.features.find(
    (feature) => feature.properties.kind === unit.level && feature.properties.code === unit.code,
  );
  const province = provinceMap.features.find(
    (feature) => feature.properties.kind === 'province' && feature.properties.role === 'self',
  );
  const found = own ?? province;
  if (!found) {
    return undefined;
  }
  const precision: ShapePrecision = own ? 'unit' : 'province';
  return {
    type: 'Feature',
    geometry: found.geometry,
    properties: { addressKind: kind, code: unit.code, precision },
  };
};
