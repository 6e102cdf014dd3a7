import { Alert, Anchor, Button, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, ROUTES } from '../../../app/router';
import { formatDay } from '../../../ui/format';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { AgencyLink, agencyHref } from '../../agencies/components/agency-badges';
import { FactRow } from '../../persons/components/fact-row';
import { LevelBadge } from '../../persons/components/level-badge';
import { personHref } from '../../persons/components/person-link';
import { useHotspot, useHotspotHistory } from '../api';
import { DrugBadges, StatusBadge } from '../components/hotspot-badges';
import { LifecycleTimeline } from '../components/lifecycle-timeline';
import { PlaceCard } from '../components/place-card';
import { TransitionFormModal } from '../forms/transition-form';
import { type HotspotFull, type HotspotSummary, NEXT_STATUSES } from '../types';

type HotspotPageProps = { hotspotId: string; ownAgencyId: string; canRecord: boolean };

const FactsCard = ({ hotspot }: { hotspot: HotspotSummary | HotspotFull }) => {
  const { t, i18n } = useTranslation();
  return (
    <SectionCard title={t('hotspots.detail.facts')}>
      <Table>
        <Table.Tbody>
          <FactRow label={t('hotspots.list.kind')}>{t(`hotspots.kind.${hotspot.kind}`)}</FactRow>
          <FactRow label={t('hotspots.list.drugs')}>
            <DrugBadges drugs={hotspot.drugs} />
          </FactRow>
          <FactRow label={t('hotspots.list.reportedOn')}>
            {formatDay(hotspot.recordedOn, i18n.language)}
          </FactRow>
          <FactRow label={t('hotspots.list.owner')}>
            <AgencyLink agency={hotspot.ownerAgency} />
          </FactRow>
          {hotspot.level === 'full' && hotspot.recheckDueOn && (
            <FactRow label={t('hotspots.detail.recheckDueOn')}>
              {formatDay(hotspot.recheckDueOn, i18n.language)}
            </FactRow>
          )}
          {hotspot.level === 'full' && hotspot.description && (
            <FactRow label={t('hotspots.form.description')}>{hotspot.description}</FactRow>
          )}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
};

const PersonsCard = ({ hotspot }: { hotspot: HotspotFull }) => {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('hotspots.detail.persons')} testId="hotspot-persons">
      {hotspot.persons.length === 0 && <Text c="dimmed">{t('hotspots.detail.noPersons')}</Text>}
      <List size="sm">
        {hotspot.persons.map((p) => (
          <List.Item key={p.personId}>
            <Anchor href={personHref(p.personId)} size="sm">
              {p.fullName ?? t('hotspots.detail.personNotShared')}
            </Anchor>{' '}
            — {t(`hotspots.personRole.${p.role}`)}
          </List.Item>
        ))}
      </List>
    </SectionCard>
  );
};

/**
 * One point or hotspot at the level the user reads it: a pointer says whom to ask; a summary shows what and where
 * (units, distances, zones) and its lifecycle; full adds the exact point, the persons and the reasons of each move.
 */
export const HotspotPage = ({ hotspotId, ownAgencyId, canRecord }: HotspotPageProps) => {
  const { t } = useTranslation();
  const hotspot = useHotspot(hotspotId);
  const data = hotspot.data;
  const history = useHotspotHistory(hotspotId, data !== undefined && data.level !== 'pointer');
  const [moving, setMoving] = useState<HotspotFull | null>(null);
  const back = (
    <Anchor href={hrefOf(ROUTES.hotspots)} size="sm">
      {t('hotspots.detail.back')}
    </Anchor>
  );
  if (!data) {
    return (
      <Stack>
        {back}
        <QueryStatus query={hotspot} />
      </Stack>
    );
  }
  if (data.level === 'pointer') {
    return (
      <Stack>
        {back}
        <Alert color="blue" variant="light" title={t('hotspots.pointer.title')} data-testid="hotspot-pointer">
          <Text size="sm">{t('hotspots.pointer.text', { agency: data.ownerAgency.nameVi })}</Text>
          <Anchor href={agencyHref(data.ownerAgency.id)} size="sm">
            {t('persons.pointer.contact')}
          </Anchor>
        </Alert>
      </Stack>
    );
  }
  const canMove =
    canRecord &&
    data.level === 'full' &&
    data.ownerAgency.id === ownAgencyId &&
    NEXT_STATUSES[data.status].length > 0;
  return (
    <Stack>
      {back}
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={2} data-testid="hotspot-name">
            {data.name}
          </Title>
          <StatusBadge status={data.status} />
          <LevelBadge level={data.level} />
        </Group>
        {canMove && (
          <Button onClick={() => setMoving(data)} data-testid="hotspot-transition">
            {t('hotspots.transition.open')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <FactsCard hotspot={data} />
        <PlaceCard hotspot={data} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SectionCard title={t('hotspots.detail.lifecycle')}>
          <QueryStatus query={history} />
          {history.data && <LifecycleTimeline moves={history.data.items} />}
        </SectionCard>
        {data.level === 'full' && <PersonsCard hotspot={data} />}
      </SimpleGrid>
      <TransitionFormModal hotspot={moving} onClose={() => setMoving(null)} />
    </Stack>
  );
};
