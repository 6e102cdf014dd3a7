import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../../app/router';
import { ADMIN_NAV, MODULE_NAV, type NavItem } from '../nav-items';

type MainNavProps = { currentPath: string; isAdministrator: boolean; onNavigate: () => void };

/** The side navigation: one entry per module, and the administration group for administrators. */
export const MainNav = ({ currentPath, isAdministrator, onNavigate }: MainNavProps) => {
  const { t } = useTranslation();
  const link = (item: NavItem) => (
    <NavLink
      key={item.id}
      component="a"
      href={hrefOf(item.path)}
      label={t(item.labelKey)}
      active={currentPath === item.path}
      onClick={onNavigate}
      data-testid={`nav-${item.id}`}
    />
  );
  return (
    <>
      {MODULE_NAV.map(link)}
      {isAdministrator && (
        <NavLink label={t('shell.nav.admin')} defaultOpened data-testid="nav-admin">
          {ADMIN_NAV.map(link)}
        </NavLink>
      )}
    </>
  );
};
