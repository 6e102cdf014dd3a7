import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../ui/format';
import { AgencyLink } from '../../agencies/components/agency-badges';
import { LevelBadge } from '../../persons/components/level-badge';
import { useProvinceName } from '../../persons/components/use-province-name';
import type { HotspotListItem } from '../types';
import { distanceText } from './distance-text';
import { DrugBadges, StatusBadge } from './hotspot-badges';
import { hotspotHref } from './hotspot-link';

/** The points and hotspots of one page of the registry, with their status, place and distance to the boundary. */
export const HotspotsTable = ({ hotspots }: { hotspots: HotspotListItem[] }) => {
  const { t, i18n } = useTranslation();
  const provinceName = useProvinceName();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="hotspots-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('hotspots.list.name')}</Table.Th>
            <Table.Th>{t('hotspots.list.kind')}</Table.Th>
            <Table.Th>{t('hotspots.list.status')}</Table.Th>
            <Table.Th>{t('hotspots.list.drugs')}</Table.Th>
            <Table.Th>{t('hotspots.list.province')}</Table.Th>
            <Table.Th>{t('hotspots.list.toBoundary')}</Table.Th>
            <Table.Th>{t('hotspots.list.toBorder')}</Table.Th>
            <Table.Th>{t('hotspots.list.reportedOn')}</Table.Th>
            <Table.Th>{t('hotspots.list.owner')}</Table.Th>
            <Table.Th>{t('hotspots.list.level')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {hotspots.map((h) => (
            <Table.Tr key={h.id} data-testid="hotspot-row">
              <Table.Td>
                <Anchor href={hotspotHref(h.id)} size="sm" data-testid="hotspot-link">
                  {h.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`hotspots.kind.${h.kind}`)}</Table.Td>
              <Table.Td>
                <StatusBadge status={h.status} />
              </Table.Td>
              <Table.Td>
                <DrugBadges drugs={h.drugs} />
              </Table.Td>
              <Table.Td>{provinceName(h.provinceCode)}</Table.Td>
              <Table.Td>
                <Text size="sm">{distanceText(h.distanceToProvincialBoundaryM, i18n.language)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{distanceText(h.distanceToNationalBorderM, i18n.language)}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(h.recordedOn, i18n.language)}</Table.Td>
              <Table.Td>
                <AgencyLink agency={h.ownerAgency} />
              </Table.Td>
              <Table.Td>
                <LevelBadge level={h.level} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
