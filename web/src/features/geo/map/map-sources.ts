import type { Map as MapLibreMap } from 'maplibre-gl';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Replaces a GeoJSON source's data; null empties it. */
export const setSourceData = (map: MapLibreMap, id: string, data: GeoJSON.GeoJSON | null): void => {
  const source = map.getSource(id);
  if (source && 'setData' in source && typeof source.setData === 'function') {
    source.setData(data ?? EMPTY);
  }
};

/** Adds empty GeoJSON sources under these ids, to be filled with `setSourceData`. */
export const addEmptySources = (map: MapLibreMap, ids: readonly string[]): void => {
  for (const id of ids) map.addSource(id, { type: 'geojson', data: EMPTY });
};

/**
 * The plain backdrop of the small record maps (an agreement's zones, a person's addresses, an alert, the operations
 * map): a `provinces` source drawn as one beige fill with thin grey boundaries, under whatever the map adds next.
 */
export const addProvinceBackdrop = (map: MapLibreMap): void => {
  addEmptySources(map, ['provinces']);
  map.addLayer({
    id: 'province-fill',
    type: 'fill',
    source: 'provinces',
    paint: { 'fill-color': '#f4f1e8' },
  });
  map.addLayer({
    id: 'province-line',
    type: 'line',
    source: 'provinces',
    paint: { 'line-color': '#a09a8c', 'line-width': 0.6 },
  });
};
