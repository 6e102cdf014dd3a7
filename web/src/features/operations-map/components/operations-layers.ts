import type { Map as MapLibreMap } from 'maplibre-gl';
import { addEmptySources, addProvinceBackdrop } from '../../geo/map/map-sources';
import type { MapKind } from '../types';

/** The colour of each kind of feature, shared by the map and its legend. */
export const KIND_COLOR: Record<MapKind, string> = {
  point: '#f08c00',
  hotspot: '#e03131',
  case: '#1c7ed6',
  seizure: '#7048e8',
};

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Provinces, border zones and the features: one GeoJSON source clustered by MapLibre's worker (no DOM markers), so
 * 100,000 points stay smooth; clusters are circles sized by how many they hold (the blank style has no glyphs for
 * labels), single features circles coloured by kind, hollow where the position is snapped (a summary).
 */
export const addOperationsLayers = (map: MapLibreMap): void => {
  addProvinceBackdrop(map);
  addEmptySources(map, ['zones']);
  map.addSource('features', {
    type: 'geojson',
    data: EMPTY,
    cluster: true,
    clusterRadius: 40,
    clusterMaxZoom: 11,
  });
  map.addLayer({
    id: 'zone-fill',
    type: 'fill',
    source: 'zones',
    filter: ['!=', ['get', 'kind'], 'zone_boundary'],
    paint: { 'fill-color': '#1c7ed6', 'fill-opacity': 0.12 },
  });
  map.addLayer({
    id: 'zone-line',
    type: 'line',
    source: 'zones',
    filter: ['!=', ['get', 'kind'], 'zone_boundary'],
    paint: { 'line-color': '#1864ab', 'line-width': 1 },
  });
  map.addLayer({
    id: 'clusters',
    type: 'circle',
    source: 'features',
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': ['step', ['get', 'point_count'], '#74c0fc', 50, '#ffa94d', 500, '#ff6b6b'],
      'circle-radius': ['step', ['get', 'point_count'], 10, 50, 16, 500, 24, 5000, 32],
      'circle-opacity': 0.8,
      'circle-stroke-color': '#fff',
      'circle-stroke-width': 1,
    },
  });
  const colour = [
    'match',
    ['get', 'kind'],
    'point',
    KIND_COLOR.point,
    'hotspot',
    KIND_COLOR.hotspot,
    'case',
    KIND_COLOR.case,
    KIND_COLOR.seizure,
  ];
  map.addLayer({
    id: 'features',
    type: 'circle',
    source: 'features',
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-radius': 5,
      'circle-color': ['case', ['==', ['get', 'exact'], 1], colour, '#ffffff'] as never,
      'circle-stroke-color': colour as never,
      'circle-stroke-width': 2,
    },
  });
};
