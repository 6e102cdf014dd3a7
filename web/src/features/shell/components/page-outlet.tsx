import { Button, Center, EmptyState, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, matchRecordPath, ROUTES } from '../../../app/router';
import { ComingSoon } from '../../../ui/coming-soon';
import { AgenciesPage } from '../../agencies/pages/agencies-page';
import { AgencyPage } from '../../agencies/pages/agency-page';
import { GroupPage } from '../../agencies/pages/group-page';
import { GroupsPage } from '../../agencies/pages/groups-page';
import { AgreementPage } from '../../agreements/pages/agreement-page';
import { AgreementsPage } from '../../agreements/pages/agreements-page';
import type { Me } from '../../auth/types';
import { CasePage } from '../../cases/pages/case-page';
import { CasesPage } from '../../cases/pages/cases-page';
import { OperationPage } from '../../cases/pages/operation-page';
import { OperationsPage } from '../../cases/pages/operations-page';
import { SeizurePage } from '../../cases/pages/seizure-page';
import { SeizureTotalsPage } from '../../cases/pages/seizure-totals-page';
import { DashboardPage } from '../../dashboard/pages/dashboard-page';
import { AlertsPage } from '../../early-warning/pages/alerts-page';
import { ThreadPage } from '../../exchange/pages/thread-page';
import { canSendMessages } from '../../exchange/types';
import { UnitPage } from '../../geo/pages/unit-page';
import { UnitsPage } from '../../geo/pages/units-page';
import { ZonesPage } from '../../geo/pages/zones-page';
import { isStructure } from '../../geo/types';
import { HotspotPage } from '../../hotspots/pages/hotspot-page';
import { HotspotsPage } from '../../hotspots/pages/hotspots-page';
import { InboxPage } from '../../inbox/pages/inbox-page';
import { PersonPage } from '../../persons/pages/person-page';
import { PersonsPage } from '../../persons/pages/persons-page';
import { canRecordPersons } from '../../persons/types';
import { UsersPage } from '../../users/pages/users-page';
import { WatchesPage } from '../../watches/pages/watches-page';
import { canWatchSilently } from '../../watches/types';
import { findNavItem } from '../nav-items';

// MapLibre is the heaviest dependency: it loads only when the map is opened.
const MapPage = lazy(() =>
  import('../../geo/pages/map-page').then((module) => ({ default: module.MapPage })),
);

const OperationsMapPage = lazy(() =>
  import('../../operations-map/pages/operations-map-page').then((module) => ({
    default: module.OperationsMapPage,
  })),
);
const AlertPage = lazy(() =>
  import('../../early-warning/pages/alert-page').then((module) => ({ default: module.AlertPage })),
);

type PageOutletProps = { me: Me; path: string; isAdministrator: boolean };

const NotFound = () => {
  const { t } = useTranslation();
  return (
    <EmptyState mt="xl" title={t('shell.notFound.title')} description={t('shell.notFound.description')}>
      <EmptyState.Actions>
        <Button component="a" href={hrefOf(ROUTES.dashboard)}>
          {t('shell.notFound.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
};

const Forbidden = () => {
  const { t } = useTranslation();
  return <EmptyState mt="xl" title={t('errors.forbidden')} data-testid="page-forbidden" />;
};

const PageLoader = () => (
  <Center mt="xl">
    <Loader />
  </Center>
);

const ownAgencyOf = (me: Me) => ({ id: me.agency.id, nameVi: me.agency.name });

// The agreements API has no list-level abilities: it lets administrators and commanders of a party draft
// (docs/api-agreements.md), so the button follows that role rule and the form shows a 403 if the API refuses.
const canDraftAgreements = (me: Me): boolean =>
  me.roles.includes('administrator') || me.roles.includes('commander');

/** The page of a record path (`/agencies/<id>`), or undefined when the path is not one. */
const findRecordPage = (path: string, me: Me) => {
  const person = matchRecordPath(path, ROUTES.persons, 1);
  if (person?.[0]) {
    return (
      <PersonPage
        key={person[0]}
        personId={person[0]}
        ownAgencyId={me.agency.id}
        canWrite={canRecordPersons(me.roles)}
        canWatchSilently={canWatchSilently(me.roles)}
      />
    );
  }
  const hotspot = matchRecordPath(path, ROUTES.hotspots, 1);
  if (hotspot?.[0]) {
    return (
      <HotspotPage
        key={hotspot[0]}
        hotspotId={hotspot[0]}
        ownAgencyId={me.agency.id}
        canRecord={canRecordPersons(me.roles)}
      />
    );
  }
  const [alertId] = matchRecordPath(path, ROUTES.earlyWarning, 1) ?? [];
  if (alertId)
    return (
      <Suspense fallback={<PageLoader />}>
        <AlertPage key={alertId} alertId={alertId} />
      </Suspense>
    );
  const [caseId] = matchRecordPath(path, ROUTES.cases, 1) ?? [];
  if (caseId) return <CasePage key={caseId} caseId={caseId} canRecord={canRecordPersons(me.roles)} />;
  const [operationId] = matchRecordPath(path, ROUTES.operations, 1) ?? [];
  if (operationId) return <OperationPage key={operationId} operationId={operationId} />;
  const [seizureId] = matchRecordPath(path, ROUTES.seizures, 1) ?? [];
  if (seizureId)
    return <SeizurePage key={seizureId} seizureId={seizureId} canRecord={canRecordPersons(me.roles)} />;
  const message = matchRecordPath(path, ROUTES.inbox, 1);
  if (message?.[0]) {
    return (
      <ThreadPage
        key={message[0]}
        messageId={message[0]}
        ownAgencyId={me.agency.id}
        canWrite={canSendMessages(me.roles)}
      />
    );
  }
  const agreement = matchRecordPath(path, ROUTES.agreements, 1);
  if (agreement?.[0]) {
    return <AgreementPage key={agreement[0]} agreementId={agreement[0]} ownAgency={ownAgencyOf(me)} />;
  }
  const agency = matchRecordPath(path, ROUTES.agencies, 1);
  if (agency?.[0]) {
    return <AgencyPage key={agency[0]} agencyId={agency[0]} />;
  }
  const group = matchRecordPath(path, ROUTES.groups, 1);
  if (group?.[0]) {
    return <GroupPage key={group[0]} groupId={group[0]} />;
  }
  const [structure, code] = matchRecordPath(path, ROUTES.geoUnits, 2) ?? [];
  if (isStructure(structure) && code) {
    return <UnitPage key={`${structure}-${code}`} structure={structure} code={code} />;
  }
  return undefined;
};

/** The page of a listed path, once its navigation entry is known to be built. */
const listedPage = ({ me, path, isAdministrator }: PageOutletProps) => {
  switch (path) {
    case ROUTES.adminUsers:
      return isAdministrator ? <UsersPage me={me} /> : <Forbidden />;
    case ROUTES.map:
      return (
        <Suspense fallback={<PageLoader />}>
          <MapPage />
        </Suspense>
      );
    case ROUTES.operationsMap:
      return (
        <Suspense fallback={<PageLoader />}>
          <OperationsMapPage />
        </Suspense>
      );
    case ROUTES.geoUnits:
      return <UnitsPage />;
    case ROUTES.geoZones:
      return <ZonesPage isAdministrator={isAdministrator} />;
    case ROUTES.persons:
      return <PersonsPage canRecord={canRecordPersons(me.roles)} />;
    case ROUTES.hotspots:
      return <HotspotsPage canRecord={canRecordPersons(me.roles)} />;
    case ROUTES.earlyWarning:
      return <AlertsPage />;
    case ROUTES.cases:
      return <CasesPage canRecord={canRecordPersons(me.roles)} />;
    case ROUTES.operations:
      return <OperationsPage canRecord={canRecordPersons(me.roles)} />;
    case ROUTES.seizures:
      return <SeizureTotalsPage />;
    case ROUTES.watches:
      return <WatchesPage canWatchSilently={canWatchSilently(me.roles)} />;
    case ROUTES.inbox:
      return <InboxPage ownAgencyId={me.agency.id} canWrite={canSendMessages(me.roles)} />;
    case ROUTES.agreements:
      return <AgreementsPage canDraft={canDraftAgreements(me)} ownAgency={ownAgencyOf(me)} />;
    case ROUTES.agencies:
      return <AgenciesPage isAdministrator={isAdministrator} />;
    case ROUTES.groups:
      return <GroupsPage isAdministrator={isAdministrator} />;
    default:
      return <DashboardPage me={me} />;
  }
};

/** The page of the current path: a built page, a record page, a "coming later" state, or not found. */
export const PageOutlet = (props: PageOutletProps) => {
  const { t } = useTranslation();
  const item = findNavItem(props.path);
  if (!item) {
    return findRecordPage(props.path, props.me) ?? <NotFound />;
  }
  if (!item.isBuilt) {
    return <ComingSoon moduleLabel={t(item.labelKey)} />;
  }
  return listedPage(props);
};
