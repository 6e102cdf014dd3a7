import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../../app/router';
import { UnreadBadge } from '../../inbox/components/unread-badge';
import {
  ADMIN_NAV,
  FORCES_NAV,
  GEO_NAV,
  isNavItemActive,
  MODULE_NAV,
  type NavGroup,
  type NavItem,
} from '../nav-items';

type MainNavProps = { currentPath: string; isAdministrator: boolean; onNavigate: () => void };

/** The side navigation: one entry per module (the inbox with its unread count), the geography and forces groups, and administration. */
export const MainNav = ({ currentPath, isAdministrator, onNavigate }: MainNavProps) => {
  const { t } = useTranslation();
  const link = (item: NavItem) => (
    <NavLink
      key={item.id}
      component="a"
      href={hrefOf(item.path)}
      label={t(item.labelKey)}
      rightSection={item.id === 'inbox' ? <UnreadBadge /> : undefined}
      active={isNavItemActive(item, currentPath)}
      onClick={onNavigate}
      data-testid={`nav-${item.id}`}
    />
  );
  const group = ({ id, labelKey, items }: NavGroup) => (
    <NavLink key={id} label={t(labelKey)} defaultOpened data-testid={`nav-${id}`}>
      {items.map(link)}
    </NavLink>
  );
  return (
    <>
      {MODULE_NAV.map(link)}
      {group(GEO_NAV)}
      {group(FORCES_NAV)}
      {isAdministrator && group({ id: 'admin', labelKey: 'shell.nav.admin', items: ADMIN_NAV })}
    </>
  );
};
