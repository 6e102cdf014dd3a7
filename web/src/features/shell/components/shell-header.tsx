import { Burger, Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRODUCT_NAME } from '../../../app/product';
import { LanguageSwitcher } from '../../../ui/language-switcher';
import { useLogout } from '../../auth/api';
import { agencyNameIn, type Me } from '../../auth/types';

type ShellHeaderProps = { me: Me; isNavOpened: boolean; onToggleNav: () => void };

/** The header: product, agency, user, language and sign-out. */
export const ShellHeader = ({ me, isNavOpened, onToggleNav }: ShellHeaderProps) => {
  const { t, i18n } = useTranslation();
  const logout = useLogout();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group wrap="nowrap" gap="sm" miw={0}>
        <Burger
          opened={isNavOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('shell.header.menu')}
        />
        <Title order={1} size="h3" style={{ whiteSpace: 'nowrap' }}>
          {PRODUCT_NAME}
        </Title>
        <Text c="dimmed" size="sm" truncate data-testid="header-agency-name">
          {agencyNameIn(me.agency, i18n.language)}
        </Text>
      </Group>
      <Group wrap="nowrap" gap="sm">
        <Text fw={500} size="sm" truncate data-testid="header-user-name">
          {me.displayName}
        </Text>
        <LanguageSwitcher />
        <Button
          variant="default"
          size="xs"
          loading={logout.isPending}
          onClick={() => logout.mutate()}
          data-testid="logout-button"
        >
          {t('shell.header.logout')}
        </Button>
      </Group>
    </Group>
  );
};
