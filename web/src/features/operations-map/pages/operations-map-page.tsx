import { Alert, Badge, Box, Group, Loader, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../../app/api';
import { hrefOfRecord, ROUTES } from '../../../app/router';
import { ErrorAlert } from '../../../ui/error-alert';
import { todayDay } from '../../../ui/format';
import { MapView } from '../../../ui/map-view';
import { PageHeader } from '../../../ui/page-header';
import { useProvincesGeoJson, useZones } from '../../geo/api';
import { setSourceData } from '../../geo/map/map-sources';
import type { MapFeatureCollection } from '../../geo/types';
import { toGeoJson, useMapFeatures } from '../api';
import { MapFilters } from '../components/map-filters';
import { addOperationsLayers, KIND_COLOR } from '../components/operations-layers';
import { PeriodSlider } from '../components/period-slider';
import { MAP_KINDS, type MapFilter, type MapKind } from '../types';

const RECORD_ROUTE: Record<MapKind, (typeof ROUTES)[keyof typeof ROUTES]> = {
  point: ROUTES.hotspots,
  hotspot: ROUTES.hotspots,
  case: ROUTES.cases,
  seizure: ROUTES.seizures,
};

const zoneFeatures = (results: { data?: MapFeatureCollection | undefined }[]): GeoJSON.Feature[] =>
  results.flatMap((result) => result.data?.features ?? []);

/** Every border zone's outline, drawn under the features. */
const useZoneOutlines = (): GeoJSON.Feature[] => {
  const zones = useZones();
  return useQueries({
    queries: (zones.data ?? []).map((zone) => ({
      queryKey: ['geo', 'zones', 'geojson', zone.id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest<MapFeatureCollection>(`/geo/zones/${encodeURIComponent(zone.id)}/geojson`, { signal }),
    })),
    combine: zoneFeatures,
  });
};

/** Opens a feature's record on click; a cluster zooms in. */
const wireClicks = (map: MapLibreMap): void => {
  map.on('click', 'clusters', (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (feature?.geometry.type === 'Point') {
      map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom: map.getZoom() + 2 });
    }
  });
  map.on('click', 'features', (event: MapLayerMouseEvent) => {
    const properties = event.features?.[0]?.properties as { id: string; kind: MapKind } | undefined;
    if (properties) window.location.hash = hrefOfRecord(RECORD_ROUTE[properties.kind], properties.id);
  });
};

/** The map of operations: what the user may see of points, hotspots, cases and seizures, clustered, filtered, over time. */
export const OperationsMapPage = () => {
  const { t } = useTranslation();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [filter, setFilter] = useState<MapFilter>({
    kinds: [...MAP_KINDS],
    status: null,
    drug: null,
    zone: null,
    from: '2022-09-01',
    to: todayDay(),
  });
  const features = useMapFeatures(filter);
  const provinces = useProvincesGeoJson('current');
  const zones = useZoneOutlines();
  const geoJson = useMemo(() => toGeoJson(features.data), [features.data]);

  useEffect(() => {
    if (map && provinces.data) setSourceData(map, 'provinces', provinces.data);
  }, [map, provinces.data]);
  useEffect(() => {
    if (map) setSourceData(map, 'zones', { type: 'FeatureCollection', features: zones });
  }, [map, zones]);
  useEffect(() => {
    if (map) setSourceData(map, 'features', geoJson);
  }, [map, geoJson]);

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('operationsMap.title')}
        subtitle={t('operationsMap.subtitle')}
        action={features.isFetching ? <Loader size="sm" /> : undefined}
      />
      <MapFilters value={filter} onChange={setFilter} />
      <PeriodSlider today={todayDay()} onChange={(period) => setFilter((f) => ({ ...f, ...period }))} />
      <ErrorAlert error={features.error} testId="operations-map-error" />
      {features.data?.truncated && <Alert color="yellow">{t('operationsMap.truncated')}</Alert>}
      <Group gap="xs" data-testid="operations-map-counts">
        {MAP_KINDS.map((kind) => (
          <Badge key={kind} variant="light" leftSection={<Box w={10} h={10} bg={KIND_COLOR[kind]} />}>
            {t(`operationsMap.kind.${kind}`)}: {features.data?.counts[kind] ?? 0}
          </Badge>
        ))}
        <Text size="xs" c="dimmed">
          {t('operationsMap.snappedNote')}
        </Text>
      </Group>
      <MapView
        testId="operations-map"
        height="calc(100vh - 330px)"
        ariaLabel={t('operationsMap.title')}
        onReady={(ready) => {
          addOperationsLayers(ready);
          wireClicks(ready);
          setMap(ready);
        }}
        onRemove={() => setMap(null)}
      />
    </Stack>
  );
};
