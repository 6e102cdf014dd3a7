import { Box, Group, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapView } from '../../../ui/map-view';
import { SectionCard } from '../../../ui/section-card';
import { provinceGeoJsonQuery, unitQuery, useProvincesGeoJson } from '../../geo/api';
import { boundsOf } from '../../geo/map/geojson-bounds';
import { addEmptySources, addProvinceBackdrop, setSourceData } from '../../geo/map/map-sources';
import type { MapFeatureCollection, UnitDetail } from '../../geo/types';
import type { AddressKind, PersonAddress } from '../types';
import { addressShape, provinceOfUnit } from './address-shapes';

const COLOR: Record<AddressKind, string> = { permanent: '#e8590c', current: '#1c7ed6' };

const addLayers = (map: MapLibreMap): void => {
  addProvinceBackdrop(map);
  addEmptySources(map, ['addresses']);
  const colour = ['match', ['get', 'addressKind'], 'permanent', COLOR.permanent, COLOR.current];
  map.addLayer({
    id: 'address-fill',
    type: 'fill',
    source: 'addresses',
    paint: { 'fill-color': colour as never, 'fill-opacity': 0.25 },
  });
  map.addLayer({
    id: 'address-line',
    type: 'line',
    source: 'addresses',
    paint: { 'line-color': colour as never, 'line-width': 2 },
  });
};

// Module-level, so TanStack keeps the combined array while no query changes (a stable dependency below).
const dataOf = <T,>(results: { data: T | undefined }[]) => results.map((result) => result.data);

/** Each address's unit, then the map of the province holding it; the shapes once both are in. */
const useAddressShapes = (addresses: PersonAddress[]) => {
  const units = useQueries({
    queries: addresses.map((a) => unitQuery(a.structure, a.unitCode)),
    combine: dataOf<UnitDetail>,
  });
  const maps = useQueries({
    queries: addresses.map((a, i) => {
      const unit = units[i];
      return provinceGeoJsonQuery(a.structure, unit ? provinceOfUnit(unit) : null);
    }),
    combine: dataOf<MapFeatureCollection>,
  });
  const shapes = useMemo(
    () => addresses.flatMap((a, i) => addressShape(a.kind, units[i], maps[i]) ?? []),
    [addresses, units, maps],
  );
  return { units, shapes };
};

const Legend = ({ addresses, units }: { addresses: PersonAddress[]; units: (UnitDetail | undefined)[] }) => {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="person-addresses-legend">
      {addresses.map((address, i) => (
        <Group key={`${address.kind}-${address.structure}-${address.unitCode}`} gap="xs" wrap="nowrap">
          <Box w={14} h={14} style={{ background: COLOR[address.kind], opacity: 0.6, borderRadius: 3 }} />
          <Text size="sm">
            {`${t(`persons.addressKind.${address.kind}`)}: ${units[i]?.fullName ?? address.unitCode}`}
            {address.structure === 'pre2025' && ` · ${t('geo.structure.pre2025')}`}
          </Text>
        </Group>
      ))}
    </Stack>
  );
};

/**
 * The administrative units of the person's addresses outlined on the map, permanent and current in their own colours
 * (full readers only: addresses are full-level fields). A unit the map does not draw (a former district or commune)
 * is shown by its province.
 */
export const AddressesMapCard = ({ addresses }: { addresses: PersonAddress[] }) => {
  const { t } = useTranslation();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const provinces = useProvincesGeoJson('current');
  const { units, shapes } = useAddressShapes(addresses);
  const fitted = useRef(0);

  useEffect(() => {
    if (map && provinces.data) setSourceData(map, 'provinces', provinces.data);
  }, [map, provinces.data]);

  useEffect(() => {
    if (!map) return;
    setSourceData(map, 'addresses', { type: 'FeatureCollection', features: shapes });
    const bounds = boundsOf(shapes.map((shape) => shape.geometry));
    // Fitted again only when another shape arrives, so the officer's own panning is left alone.
    if (bounds && fitted.current !== shapes.length) {
      fitted.current = shapes.length;
      map.fitBounds(bounds, { padding: 32, duration: 0, maxZoom: 11 });
    }
  }, [map, shapes]);

  if (addresses.length === 0) {
    return null;
  }
  return (
    <SectionCard title={t('persons.addressMap.title')} testId="person-addresses-map-card">
      <MapView
        testId="person-addresses-map"
        height={300}
        ariaLabel={t('persons.addressMap.label')}
        onReady={(ready) => {
          addLayers(ready);
          setMap(ready);
        }}
        onRemove={() => setMap(null)}
      />
      <Legend addresses={addresses} units={units} />
    </SectionCard>
  );
};
