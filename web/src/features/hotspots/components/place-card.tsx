import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../ui/section-card';
import { useZones } from '../../geo/api';
import { FactRow } from '../../persons/components/fact-row';
import { useProvinceName } from '../../persons/components/use-province-name';
import type { HotspotFull, HotspotSummary } from '../types';
import { distanceText } from './distance-text';

/** Where a point or hotspot lies: its units, the distances to the nearest boundary and border, its border zones. */
export const PlaceCard = ({ hotspot }: { hotspot: HotspotSummary | HotspotFull }) => {
  const { t, i18n } = useTranslation();
  const provinceName = useProvinceName();
  const zones = useZones();
  const zoneName = (id: string) => zones.data?.find((z) => z.id === id)?.name ?? id;
  return (
    <SectionCard title={t('hotspots.detail.place')} testId="hotspot-place">
      <Table>
        <Table.Tbody>
          <FactRow label={t('hotspots.detail.province')}>{provinceName(hotspot.provinceCode)}</FactRow>
          <FactRow label={t('hotspots.detail.unit')}>
            {hotspot.unit.code} ({t(`hotspots.structure.${hotspot.unit.structure}`)})
          </FactRow>
          {hotspot.level === 'full' && (
            <FactRow label={t('hotspots.detail.coordinates')}>
              {hotspot.lat.toFixed(5)}, {hotspot.lon.toFixed(5)}
            </FactRow>
          )}
          {hotspot.level === 'full' && hotspot.address && (
            <FactRow label={t('hotspots.detail.address')}>{hotspot.address}</FactRow>
          )}
          <FactRow label={t('hotspots.detail.toBoundary')}>
            <span data-testid="hotspot-to-boundary">
              {distanceText(hotspot.distanceToProvincialBoundaryM, i18n.language)}
              {hotspot.nearestProvinceCode && ` (${provinceName(hotspot.nearestProvinceCode)})`}
            </span>
          </FactRow>
          <FactRow label={t('hotspots.detail.toBorder')}>
            {distanceText(hotspot.distanceToNationalBorderM, i18n.language)}
            {hotspot.nationalBorderCountry && ` (${hotspot.nationalBorderCountry})`}
          </FactRow>
          <FactRow label={t('hotspots.detail.zones')}>
            <Group gap={4}>
              {hotspot.zoneIds.length === 0 && '—'}
              {hotspot.zoneIds.map((id) => (
                <Badge key={id} variant="light" data-testid="hotspot-zone">
                  {zoneName(id)}
                </Badge>
              ))}
            </Group>
          </FactRow>
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
};
