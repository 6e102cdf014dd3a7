import { Anchor, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOf, ROUTES } from '../../../app/router';
import { formatDay } from '../../../ui/format';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { AgencyLink } from '../../agencies/components/agency-badges';
import { FactRow } from '../../persons/components/fact-row';
import { personHref } from '../../persons/components/person-link';
import { useOperation } from '../api';
import { CaseLink } from '../components/case-links';
import { PointerText, RecordHeader } from '../components/record-header';
import type { OperationFull } from '../types';

/** One special operation: period and status; in full its forces, targets, linked cases and result. */
export const OperationPage = ({ operationId }: { operationId: string }) => {
  const { t, i18n } = useTranslation();
  const operation = useOperation(operationId);
  const back = { backHref: hrefOf(ROUTES.operations), backLabel: t('cases.operation.back') };
  if (!operation.isSuccess) return <QueryStatus query={operation} />;
  const view = operation.data;
  if (view.level === 'pointer') return <PointerText {...back} owner={view.ownerAgency} />;
  return (
    <Stack>
      <RecordHeader {...back} record={view} title={view.codeName} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <SectionCard title={t('cases.detail.facts')} testId="operation-facts">
          <Table>
            <Table.Tbody>
              <FactRow label={t('cases.list.lead')}>
                <AgencyLink agency={view.ownerAgency} />
              </FactRow>
              <FactRow label={t('cases.operation.period')}>
                {formatDay(view.startedOn, i18n.language)} –{' '}
                {view.endedOn ? formatDay(view.endedOn, i18n.language) : '…'}
              </FactRow>
              <FactRow label={t('cases.list.status')}>{t(`cases.operationStatus.${view.status}`)}</FactRow>
              {view.level === 'full' && view.result && (
                <FactRow label={t('cases.operation.result')}>{view.result}</FactRow>
              )}
            </Table.Tbody>
          </Table>
        </SectionCard>
        {view.level === 'full' && <LinksCard view={view} />}
      </SimpleGrid>
    </Stack>
  );
};

const LinksCard = ({ view }: { view: OperationFull }) => {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('cases.detail.people')} testId="operation-links">
      <Text fw={500} size="sm">
        {t('cases.form.agencies')}
      </Text>
      {view.agencies.map((a) => (
        <Text key={a.agency.id} size="sm">
          <AgencyLink agency={a.agency} /> · {t(`cases.participantRole.${a.role}`)}
        </Text>
      ))}
      <Text fw={500} size="sm" mt="sm">
        {t('cases.operation.targets')}
      </Text>
      {view.targets.map((p) => (
        <Text key={p.personId} size="sm">
          {p.fullName ? (
            <Anchor href={personHref(p.personId)}>{p.fullName}</Anchor>
          ) : (
            t('cases.detail.hiddenPerson')
          )}
        </Text>
      ))}
      <Text fw={500} size="sm" mt="sm">
        {t('cases.operation.cases')}
      </Text>
      {view.cases.length === 0 && <Text c="dimmed">—</Text>}
      {view.cases.map((c) => (
        <Text key={c.id} size="sm">
          <CaseLink id={c.id} title={c.title} />
        </Text>
      ))}
    </SectionCard>
  );
};
