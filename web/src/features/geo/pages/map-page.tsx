import { Grid, Group, Loader, ScrollArea, Stack } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { PageHeader } from '../../../ui/page-header';
import { useProvinceGeoJson, useProvincesGeoJson, useUnit, useZoneGeoJson } from '../api';
import { LocationPanel } from '../components/location-panel';
import { type MapPick, ProvinceMap } from '../components/province-map';
import { ProvincePanel } from '../components/province-panel';
import { StructureControl } from '../components/structure-control';
import type { Structure } from '../types';

type Point = { lat: number; lon: number };

/** The map of Vietnam's provinces (today's 34 or the former 63), with neighbours, border zones and point lookup. */
export const MapPage = () => {
  const { t } = useTranslation();
  const [structure, setStructure] = useState<Structure>('current');
  const [selected, setSelected] = useState<string | null>(null);
  const [zoneId, setZoneId] = useState<string | null>(null);
  const [point, setPoint] = useState<Point | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const provinces = useProvincesGeoJson(structure);
  const detail = useProvinceGeoJson(structure, structure === 'current' ? selected : null);
  const zone = useZoneGeoJson(zoneId);
  const unit = useUnit(selected === null ? null : structure, selected);
  const neighbours = useMemo(
    () => unit.data?.neighbours.units.map((neighbour) => neighbour.unit.code) ?? [],
    [unit.data],
  );

  const changeStructure = (next: Structure) => {
    setStructure(next);
    setSelected(null);
    setZoneId(null);
  };
  const handlePick = useCallback((pick: MapPick) => {
    setPoint({ lat: pick.lat, lon: pick.lon });
    setSelected(pick.provinceCode);
    setZoneId(null);
  }, []);
  const pickProvince = (code: string) => {
    setSelected(code);
    setZoneId(null);
    setFocusRequest((request) => request + 1);
  };

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('geo.map.title')}
        subtitle={t('geo.map.subtitle')}
        action={
          <Group gap="sm">
            {provinces.isFetching && <Loader size="sm" />}
            <StructureControl value={structure} onChange={changeStructure} />
          </Group>
        }
      />
      <ErrorAlert error={provinces.error} testId="map-error" />
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <ProvinceMap
            structure={structure}
            provinces={provinces.data}
            detail={detail.data}
            zone={zone.data}
            selected={selected}
            neighbours={neighbours}
            point={point}
            focusRequest={focusRequest}
            onPick={handlePick}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ScrollArea.Autosize mah="max(420px, calc(100vh - 300px))" offsetScrollbars>
            <Stack gap="sm">
              <ProvincePanel
                structure={structure}
                code={selected}
                zoneId={zoneId}
                onPickProvince={pickProvince}
                onPickZone={setZoneId}
              />
              <LocationPanel point={point} />
            </Stack>
          </ScrollArea.Autosize>
        </Grid.Col>
      </Grid>
    </Stack>
  );
};
