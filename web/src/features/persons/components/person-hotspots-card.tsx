import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { usePersonHotspots } from '../../hotspots/api';
import { StatusBadge } from '../../hotspots/components/hotspot-badges';
import { hotspotHref } from '../../hotspots/components/hotspot-link';

/** The points and hotspots the person is linked to (those the user reads in full), with their kind and status. */
export const PersonHotspotsCard = ({ personId }: { personId: string }) => {
  const { t } = useTranslation();
  const hotspots = usePersonHotspots(personId);
  const items = hotspots.data?.items;
  return (
    <SectionCard title={t('persons.hotspots.title')} testId="person-hotspots">
      {!items ? (
        <QueryStatus query={hotspots} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('persons.hotspots.none')}
        </Text>
      ) : (
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hotspots.list.name')}</Table.Th>
              <Table.Th>{t('hotspots.list.kind')}</Table.Th>
              <Table.Th>{t('hotspots.list.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((hotspot) => (
              <Table.Tr key={hotspot.id} data-testid="person-hotspot-row">
                <Table.Td>
                  <Anchor href={hotspotHref(hotspot.id)} size="sm" data-testid="hotspot-link">
                    {hotspot.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`hotspots.kind.${hotspot.kind}`)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={hotspot.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
};
