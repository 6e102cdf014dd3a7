import { Anchor, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOf, ROUTES } from '../../../app/router';
import { QueryStatus } from '../../../ui/query-status';
import { WatchPersonButton } from '../../watches/components/watch-person-button';
import { usePerson } from '../api';
import { AddressesMapCard } from '../components/addresses-map-card';
import { FullDetailsCard } from '../components/full-details-card';
import { GradingBadge } from '../components/grading-badge';
import { HandlingBadges } from '../components/handling-badges';
import { HandlingWarnings } from '../components/handling-warnings';
import { IdentityCard } from '../components/identity-card';
import { LevelBadge } from '../components/level-badge';
import { LinksCard } from '../components/links-card';
import { PersonCasesCard } from '../components/person-cases-card';
import { PersonHistoryCard } from '../components/person-history-card';
import { PersonHotspotsCard } from '../components/person-hotspots-card';
import { PhotoCard } from '../components/photo-card';
import { PointerNotice } from '../components/pointer-notice';
import { PossibleMatchesCard } from '../components/possible-matches-card';
import { SharedWithPanel } from '../components/shared-with-panel';

type PersonPageProps = {
  personId: string;
  ownAgencyId: string;
  /** The user writes persons: of its own agency it shares them, links them and sets their photo. */
  canWrite: boolean;
  /** Commanders may keep a watch silent. */
  canWatchSilently: boolean;
};

/**
 * One person at the level the user reads them: a pointer says whom to contact; a summary or full record shows its
 * grade and handling marks first, then identity, then (full) documents, photo and addresses on the map, the links
 * to other persons, the hotspots, the records of other forces that may be the same person; the owner sees the
 * history and who reads it.
 */
export const PersonPage = ({ personId, ownAgencyId, canWrite, canWatchSilently }: PersonPageProps) => {
  const { t } = useTranslation();
  const person = usePerson(personId);
  const back = (
    <Anchor href={hrefOf(ROUTES.persons)} size="sm">
      {t('persons.detail.back')}
    </Anchor>
  );
  if (!person.isSuccess) {
    return (
      <Stack>
        {back}
        <QueryStatus query={person} />
      </Stack>
    );
  }
  const view = person.data;
  if (view.level === 'pointer') {
    return (
      <Stack>
        {back}
        <Group gap="sm">
          <LevelBadge level="pointer" />
        </Group>
        <PointerNotice person={view} />
        <WatchPersonButton personId={view.id} canWatchSilently={canWatchSilently} />
      </Stack>
    );
  }
  const isOwner = view.ownerAgency.id === ownAgencyId;
  return (
    <Stack>
      {back}
      <div>
        <Group gap="sm">
          <LevelBadge level={view.level} />
          <GradingBadge grading={view.grading} />
          <HandlingBadges handling={view.handling} />
        </Group>
        <Title order={2} mt={4} data-testid="person-title">
          {view.fullName}
        </Title>
      </div>
      <HandlingWarnings handling={view.handling} />
      <WatchPersonButton personId={view.id} canWatchSilently={canWatchSilently} />
      <SimpleGrid cols={{ base: 1, lg: view.level === 'full' ? 2 : 1 }}>
        <IdentityCard person={view} />
        {view.level === 'full' && <FullDetailsCard person={view} />}
        {view.level === 'full' && <PhotoCard person={view} canEdit={canWrite && isOwner} />}
        {view.level === 'full' && <AddressesMapCard addresses={view.addresses} />}
      </SimpleGrid>
      <LinksCard personId={view.id} ownAgencyId={ownAgencyId} canWrite={canWrite} isOwner={isOwner} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <PersonCasesCard personId={view.id} />
        <PersonHotspotsCard personId={view.id} />
      </SimpleGrid>
      <PossibleMatchesCard person={view} />
      {isOwner && <PersonHistoryCard personId={view.id} />}
      <SharedWithPanel personId={view.id} isOwner={isOwner} canShare={canWrite && isOwner} />
    </Stack>
  );
};
