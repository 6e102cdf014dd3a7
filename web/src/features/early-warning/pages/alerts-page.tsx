import { Anchor, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOfRecord, ROUTES } from '../../../app/router';
import { formatDay } from '../../../ui/format';
import { PageHeader } from '../../../ui/page-header';
import { QueryStatus } from '../../../ui/query-status';
import { useAlerts } from '../api';
import { useAlertPlace } from '../components/alert-place';
import { TrendBadge } from '../components/trend-badge';
import type { AlertStatus } from '../types';

/** The early-warning alerts addressed to the user's agency: clusters forming near a border. */
export const AlertsPage = () => {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<AlertStatus>('open');
  const alerts = useAlerts(status);
  const place = useAlertPlace();
  return (
    <Stack gap="sm">
      <PageHeader
        title={t('earlyWarning.list.title')}
        subtitle={t('earlyWarning.list.subtitle')}
        action={
          <SegmentedControl
            value={status}
            onChange={(value) => setStatus(value as AlertStatus)}
            data={[
              { value: 'open', label: t('earlyWarning.status.open') },
              { value: 'closed', label: t('earlyWarning.status.closed') },
            ]}
          />
        }
      />
      <QueryStatus query={alerts} />
      {alerts.data?.length === 0 && (
        <Text c="dimmed" data-testid="alerts-empty">
          {t('earlyWarning.list.empty')}
        </Text>
      )}
      {alerts.data && alerts.data.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="alerts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('earlyWarning.list.trend')}</Table.Th>
                <Table.Th>{t('earlyWarning.list.place')}</Table.Th>
                <Table.Th>{t('earlyWarning.list.toBoundary')}</Table.Th>
                <Table.Th>{t('earlyWarning.list.toBorder')}</Table.Th>
                <Table.Th>{t('earlyWarning.list.events')}</Table.Th>
                <Table.Th>{t('earlyWarning.list.period')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {alerts.data.map((alert) => (
                <Table.Tr key={alert.id} data-testid="alert-row">
                  <Table.Td>
                    <TrendBadge trend={alert.trend} />
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={hrefOfRecord(ROUTES.earlyWarning, alert.id)} data-testid="alert-link">
                      {place.province(alert)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{place.toBoundary(alert)}</Table.Td>
                  <Table.Td>{place.toBorder(alert)}</Table.Td>
                  <Table.Td>{place.counts(alert)}</Table.Td>
                  <Table.Td>
                    {formatDay(alert.firstDay, i18n.language)} – {formatDay(alert.lastDay, i18n.language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
};
