import { Anchor, Badge, Grid, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOfRecord, ROUTES } from '../../../app/router';
import { formatDateTime, formatDay } from '../../../ui/format';
import { PageHeader } from '../../../ui/page-header';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { useZones } from '../../geo/api';
import { FactRow } from '../../persons/components/fact-row';
import { useAlert, useEvidencePoints } from '../api';
import { AlertMap } from '../components/alert-map';
import { useAlertPlace } from '../components/alert-place';
import { TrendBadge } from '../components/trend-badge';
import type { AlertDetail, EvidenceEvent } from '../types';

const recordHref = (event: EvidenceEvent): string | null => {
  if (event.kind === 'hotspots') return hrefOfRecord(ROUTES.hotspots, event.id);
  if (event.kind === 'cases') return hrefOfRecord(ROUTES.cases, event.id);
  return null;
};

const Facts = ({ alert }: { alert: AlertDetail }) => {
  const { t, i18n } = useTranslation();
  const place = useAlertPlace();
  const zones = useZones();
  const zoneName = (id: string) => zones.data?.find((z) => z.id === id)?.name ?? id;
  return (
    <SectionCard title={t('earlyWarning.alert.facts')} testId="alert-facts">
      <Table>
        <Table.Tbody>
          <FactRow label={t('earlyWarning.list.place')}>{place.province(alert)}</FactRow>
          <FactRow label={t('earlyWarning.list.toBoundary')}>{place.toBoundary(alert)}</FactRow>
          <FactRow label={t('earlyWarning.list.toBorder')}>{place.toBorder(alert)}</FactRow>
          <FactRow label={t('earlyWarning.alert.zones')}>
            <Group gap={4}>
              {alert.zoneIds.length === 0 && '—'}
              {alert.zoneIds.map((id) => (
                <Badge key={id} variant="light" data-testid="alert-zone">
                  {zoneName(id)}
                </Badge>
              ))}
            </Group>
          </FactRow>
          <FactRow label={t('earlyWarning.list.events')}>
            <span data-testid="alert-counts">{place.counts(alert)}</span>
          </FactRow>
          <FactRow label={t('earlyWarning.list.period')}>
            {formatDay(alert.firstDay, i18n.language)} – {formatDay(alert.lastDay, i18n.language)}
          </FactRow>
          <FactRow label={t('earlyWarning.alert.raised')}>
            {formatDateTime(alert.raisedAt, i18n.language)}
          </FactRow>
          <FactRow label={t('earlyWarning.alert.updated')}>
            {formatDateTime(alert.updatedAt, i18n.language)}
          </FactRow>
          <FactRow label={t('earlyWarning.alert.pValue')}>{alert.pValue.toExponential(1)}</FactRow>
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
};

const Evidence = ({ alert }: { alert: AlertDetail }) => {
  const { t, i18n } = useTranslation();
  const { events, withheld } = alert.evidence;
  return (
    <SectionCard title={t('earlyWarning.alert.evidence')} testId="alert-evidence">
      <Stack gap="xs">
        {events.length === 0 && <Text c="dimmed">{t('earlyWarning.alert.noEvidence')}</Text>}
        {events.length > 0 && (
          <Table>
            <Table.Tbody>
              {events.map((event) => {
                const href = recordHref(event);
                const label = t(`earlyWarning.kind.${event.kind === 'hotspots' ? 'hotspots' : 'cases'}`);
                return (
                  <Table.Tr key={event.id} data-testid="alert-event">
                    <Table.Td>{href ? <Anchor href={href}>{label}</Anchor> : label}</Table.Td>
                    <Table.Td>{event.day ? formatDay(event.day, i18n.language) : '—'}</Table.Td>
                    <Table.Td>{event.ownerAgency.nameVi}</Table.Td>
                    <Table.Td>{t(`earlyWarning.level.${event.level}`)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {withheld.length > 0 && (
          <List size="sm" data-testid="alert-withheld">
            {withheld.map((w) => (
              <List.Item key={w.ownerAgency.id}>
                {t('earlyWarning.alert.withheld', { agency: w.ownerAgency.nameVi, count: w.count })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </SectionCard>
  );
};

/** One alert: its facts, a map of the cluster, and its evidence as the user may read it. */
export const AlertPage = ({ alertId }: { alertId: string }) => {
  const { t } = useTranslation();
  const alert = useAlert(alertId);
  const points = useEvidencePoints(alert.data?.evidence.events ?? []);
  const place = useAlertPlace();
  if (!alert.data) return <QueryStatus query={alert} />;
  return (
    <Stack gap="sm" data-testid="alert-page">
      <PageHeader
        title={t('earlyWarning.alert.title', { place: place.province(alert.data) })}
        subtitle={t(`earlyWarning.status.${alert.data.status}`)}
        action={<TrendBadge trend={alert.data.trend} />}
      />
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <AlertMap
            centre={{ lat: alert.data.lat, lon: alert.data.lon }}
            zoneIds={alert.data.zoneIds}
            points={points}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Facts alert={alert.data} />
        </Grid.Col>
      </Grid>
      <Evidence alert={alert.data} />
    </Stack>
  );
};
