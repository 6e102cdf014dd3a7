import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapView } from '../../../ui/map-view';
import { useProvincesGeoJson } from '../../geo/api';
import { boundsOf } from '../../geo/map/geojson-bounds';
import type { MapFeatureCollection } from '../../geo/types';

const EMPTY: MapFeatureCollection = { type: 'FeatureCollection', features: [] };

const addLayers = (map: MapLibreMap): void => {
  map.addSource('provinces', { type: 'geojson', data: EMPTY });
  map.addSource('zones', { type: 'geojson', data: EMPTY });
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
  map.addLayer({
    id: 'zone-fill',
    type: 'fill',
    source: 'zones',
    filter: ['!=', ['get', 'kind'], 'zone_boundary'],
    paint: { 'fill-color': '#1c7ed6', 'fill-opacity': 0.35 },
  });
  map.addLayer({
    id: 'zone-line',
    type: 'line',
    source: 'zones',
    filter: ['!=', ['get', 'kind'], 'zone_boundary'],
    paint: { 'line-color': '#1864ab', 'line-width': 0.8 },
  });
  map.addLayer({
    id: 'zone-boundary',
    type: 'line',
    source: 'zones',
    filter: ['==', ['get', 'kind'], 'zone_boundary'],
    paint: { 'line-color': '#e03131', 'line-width': 2, 'line-dasharray': [2, 1] },
  });
};

const setData = (map: MapLibreMap, id: string, data: MapFeatureCollection): void => {
  const source = map.getSource(id);
  if (source && 'setData' in source && typeof source.setData === 'function') {
    source.setData(data);
  }
};

type ZonesMapProps = { zones: MapFeatureCollection };

/** The border zones an agreement covers, drawn over today's provinces and fitted to the zones. */
export const ZonesMap = ({ zones }: ZonesMapProps) => {
  const { t } = useTranslation();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const provinces = useProvincesGeoJson('current');
  const fitted = useRef(false);

  useEffect(() => {
    if (map && provinces.data) {
      setData(map, 'provinces', provinces.data);
    }
  }, [map, provinces.data]);

  useEffect(() => {
    if (!map) {
      return;
    }
    setData(map, 'zones', zones);
    const bounds = boundsOf(zones.features.map((feature) => feature.geometry));
    if (bounds && !fitted.current) {
      fitted.current = true;
      map.fitBounds(bounds, { padding: 24, duration: 0 });
    }
  }, [map, zones]);

  return (
    <MapView
      testId="agreement-zones-map"
      height={360}
      ariaLabel={t('agreements.zones.mapLabel')}
      onReady={(ready) => {
        addLayers(ready);
        setMap(ready);
      }}
      onRemove={() => setMap(null)}
    />
  );
};
