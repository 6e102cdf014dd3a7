import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapView } from '../../../ui/map-view';
import { useProvincesGeoJson } from '../../geo/api';
import { boundsOf } from '../../geo/map/geojson-bounds';
import { addEmptySources, addProvinceBackdrop, setSourceData } from '../../geo/map/map-sources';
import type { MapFeatureCollection } from '../../geo/types';

const addLayers = (map: MapLibreMap): void => {
  addProvinceBackdrop(map);
  addEmptySources(map, ['zones']);
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

type ZonesMapProps = { zones: MapFeatureCollection };

/** The border zones an agreement covers, drawn over today's provinces and fitted to the zones. */
export const ZonesMap = ({ zones }: ZonesMapProps) => {
  const { t } = useTranslation();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const provinces = useProvincesGeoJson('current');
  const fitted = useRef(false);

  useEffect(() => {
    if (map && provinces.data) {
      setSourceData(map, 'provinces', provinces.data);
    }
  }, [map, provinces.data]);

  useEffect(() => {
    if (!map) {
      return;
    }
    setSourceData(map, 'zones', zones);
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
