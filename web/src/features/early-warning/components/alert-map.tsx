import { useQueries } from '@tanstack/react-query';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../../app/api';
import { MapView } from '../../../ui/map-view';
import { useProvincesGeoJson } from '../../geo/api';
import { boundsOf } from '../../geo/map/geojson-bounds';
import { addEmptySources, addProvinceBackdrop, setSourceData } from '../../geo/map/map-sources';
import type { MapFeatureCollection } from '../../geo/types';
import type { EvidencePoint } from '../api';

const addLayers = (map: MapLibreMap): void => {
  addProvinceBackdrop(map);
  addEmptySources(map, ['zones', 'evidence', 'centre']);
  map.addLayer({
    id: 'zone-line',
    type: 'line',
    source: 'zones',
    filter: ['!=', ['get', 'kind'], 'zone_boundary'],
    paint: { 'line-color': '#1864ab', 'line-width': 1.5 },
  });
  map.addLayer({
    id: 'evidence',
    type: 'circle',
    source: 'evidence',
    paint: {
      'circle-radius': 5,
      'circle-color': '#e8590c',
      'circle-stroke-color': '#fff',
      'circle-stroke-width': 1,
    },
  });
  map.addLayer({
    id: 'centre',
    type: 'circle',
    source: 'centre',
    paint: {
      'circle-radius': 9,
      'circle-color': 'rgba(224,49,49,0.15)',
      'circle-stroke-color': '#e03131',
      'circle-stroke-width': 2,
    },
  });
};

const point = (lon: number, lat: number, properties: Record<string, string> = {}): GeoJSON.Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});

const zoneFeatures = (results: { data?: MapFeatureCollection | undefined }[]): GeoJSON.Feature[] =>
  results.flatMap((result) => result.data?.features ?? []);

type AlertMapProps = { centre: { lat: number; lon: number }; zoneIds: string[]; points: EvidencePoint[] };

/** The alert's centre, the outlines of the border zones holding it, and the evidence the user may place. */
export const AlertMap = ({ centre, zoneIds, points }: AlertMapProps) => {
  const { t } = useTranslation();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const provinces = useProvincesGeoJson('current');
  const zones = useQueries({
    queries: zoneIds.map((id) => ({
      queryKey: ['geo', 'zones', 'geojson', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest<MapFeatureCollection>(`/geo/zones/${encodeURIComponent(id)}/geojson`, { signal }),
    })),
    combine: zoneFeatures,
  });
  const evidence = useMemo(
    () => ({
      type: 'FeatureCollection' as const,
      features: points.map((p) => point(p.lon, p.lat, { kind: p.kind, id: p.id })),
    }),
    [points],
  );
  const fitted = useRef(0);

  useEffect(() => {
    if (map && provinces.data) setSourceData(map, 'provinces', provinces.data);
  }, [map, provinces.data]);
  useEffect(() => {
    if (map) setSourceData(map, 'zones', { type: 'FeatureCollection', features: zones });
  }, [map, zones]);
  useEffect(() => {
    if (!map) return;
    setSourceData(map, 'centre', point(centre.lon, centre.lat));
    setSourceData(map, 'evidence', evidence);
    const bounds = boundsOf([
      point(centre.lon, centre.lat).geometry,
      ...evidence.features.map((f) => f.geometry),
    ]);
    // Fitted again only when another point arrives, so the officer's own panning is left alone.
    if (bounds && fitted.current !== evidence.features.length + 1) {
      fitted.current = evidence.features.length + 1;
      map.fitBounds(bounds, { padding: 48, duration: 0, maxZoom: 13 });
    }
  }, [map, centre, evidence]);

  return (
    <MapView
      testId="alert-map"
      height={340}
      ariaLabel={t('earlyWarning.alert.mapLabel')}
      onReady={(ready) => {
        addLayers(ready);
        setMap(ready);
      }}
      onRemove={() => setMap(null)}
    />
  );
};
