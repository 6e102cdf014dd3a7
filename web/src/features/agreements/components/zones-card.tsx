import { Badge, Center, Group, Loader, Text } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { SectionCard } from '../../../ui/section-card';
import { useZones } from '../../geo/api';
import type { MapFeatureCollection } from '../../geo/types';
import { useZonesGeoJson } from '../api';
import type { AgreementDetail } from '../types';

// MapLibre is the heaviest dependency: it loads only when an agreement with zones is opened.
const ZonesMap = lazy(() => import('./zones-map').then((module) => ({ default: module.ZonesMap })));

/** The border zones an agreement covers, named and drawn on the map, or the area as the source words it. */
export const ZonesCard = ({ agreement, action }: { agreement: AgreementDetail; action?: ReactNode }) => {
  const { t } = useTranslation();
  const zones = useZones();
  const geojson = useZonesGeoJson(agreement.zoneIds);
  const merged = useMemo<MapFeatureCollection>(
    () => ({ type: 'FeatureCollection', features: geojson.flatMap((query) => query.data?.features ?? []) }),
    [geojson],
  );
  const isLoading = geojson.some((query) => query.isPending);
  const failed = geojson.find((query) => query.error)?.error;
  const names = agreement.zoneIds.map(
    (zoneId) => zones.data?.find((zone) => zone.id === zoneId)?.name ?? zoneId,
  );
  return (
    <SectionCard title={t('agreements.zones.title')} action={action} testId="agreement-zones">
      {agreement.areaDescription && <Text size="sm">{agreement.areaDescription}</Text>}
      {agreement.zoneIds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreements.zones.none')}
        </Text>
      ) : (
        <>
          <Group gap={6}>
            {names.map((name) => (
              <Badge key={name} variant="light">
                {name}
              </Badge>
            ))}
          </Group>
          <ErrorAlert error={failed} />
          {isLoading ? (
            <Center h={120}>
              <Loader />
            </Center>
          ) : (
            <Suspense fallback={<Loader size="sm" />}>
              <ZonesMap zones={merged} />
            </Suspense>
          )}
        </>
      )}
    </SectionCard>
  );
};
