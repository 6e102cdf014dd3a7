import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { agencyNameIn, type Me } from '../../auth/types';

type DashboardPageProps = { me: Me };

/** The overview: for now a welcome with the user's agency and roles; figures come with the reports module. */
export const DashboardPage = ({ me }: DashboardPageProps) => {
  const { t, i18n } = useTranslation();
  return (
    <Stack maw={900}>
      <Title order={2} data-testid="dashboard-welcome">
        {t('dashboard.home.welcome', { name: me.displayName })}
      </Title>
      <Text c="dimmed">{t('dashboard.home.agency', { agency: agencyNameIn(me.agency, i18n.language) })}</Text>
      <Paper withBorder p="md">
        <Text fw={500} mb="xs">
          {t('dashboard.home.roles')}
        </Text>
        <Group gap="xs" data-testid="dashboard-roles">
          {me.roles.map((role) => (
            <Badge key={role} variant="light">
              {t(`auth.roles.${role}`)}
            </Badge>
          ))}
        </Group>
      </Paper>
      <Text>{t('dashboard.home.intro')}</Text>
      <Text c="dimmed" size="sm">
        {t('dashboard.home.next')}
      </Text>
    </Stack>
  );
};
