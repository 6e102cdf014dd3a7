import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOf, ROUTES } from '../../../app/router';
import { ComingSoon } from '../../../ui/coming-soon';
import type { Me } from '../../auth/types';
import { DashboardPage } from '../../dashboard/pages/dashboard-page';
import { UsersPage } from '../../users/pages/users-page';
import { findNavItem } from '../nav-items';

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

/** The page of the current path: a built page, a "coming later" state, or not found. */
export const PageOutlet = ({ me, path, isAdministrator }: PageOutletProps) => {
  const { t } = useTranslation();
  const item = findNavItem(path);
  if (!item) {
    return <NotFound />;
  }
  if (!item.isBuilt) {
    return <ComingSoon moduleLabel={t(item.labelKey)} />;
  }
  if (item.path === ROUTES.adminUsers) {
    return isAdministrator ? <UsersPage me={me} /> : <Forbidden />;
  }
  return <DashboardPage me={me} />;
};
