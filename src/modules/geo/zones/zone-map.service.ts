import type { Feature, Geometry } from 'geojson';
import type { Db } from '../../../db/connect.ts';
import { listMapGeometries, listPairLines } from '../geometry/geometry.repo.ts';
import type { GeometryLayer } from '../geometry/geometry.tables.ts';
import type { MapCollection } from '../geometry/maps.service.ts';
import { getZone } from './zones.service.ts';

type Props = Record<string, string | number | null>;

/** The zone's member units (simplified) and, for a belt zone, the shared boundary lines it follows. */
export const getZoneGeoJson = async (db: Db, zoneId: string): Promise<MapCollection> => {
  const zone = await getZone(db, zoneId);
  const features: Feature<Geometry, Props>[] = [];
  const layers: [GeometryLayer, (typeof zone.members)[number]['level'], 'current' | 'pre2025' | null][] = [
    ['province_current', 'province', 'current'],
    ['province_pre2025', 'province', 'pre2025'],
    ['commune_current', 'commune', 'current'],
    ['foreign_admin1', 'foreign', null],
  ];
  for (const [layer, level, structure] of layers) {
    const members = zone.members.filter(
      (m) => m.level === level && (structure === null || m.structure === structure),
    );
    if (members.length === 0) continue;
    const names = new Map(members.map((m) => [m.code, m.name]));
    for (const shape of await listMapGeometries(db, layer, [...names.keys()])) {
      if (shape.mapGeometry) {
        features.push({
          type: 'Feature',
          id: shape.code,
          geometry: shape.mapGeometry,
          properties: { kind: level, code: shape.code, name: names.get(shape.code) ?? shape.code },
        });
      }
    }
  }
  if (zone.kind === 'belt') {
    const layer = zone.structure === 'current' ? 'province_pair_current' : 'province_pair_pre2025';
    for (const province of zone.provinces) {
      for (const line of await listPairLines(db, layer, province)) {
        const inZone = line.code.split(':').every((c) => zone.provinces.includes(c));
        if (inZone && line.mapGeometry && !features.some((f) => f.id === `axis:${line.code}`)) {
          features.push({
            type: 'Feature',
            id: `axis:${line.code}`,
            geometry: line.mapGeometry,
            properties: { kind: 'zone_boundary', code: line.code },
          });
        }
      }
    }
  }
  return { type: 'FeatureCollection', features };
};
