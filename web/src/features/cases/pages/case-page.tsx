import { Anchor, Button, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { hrefOf, ROUTES } from '../../../app/router';
import { formatDay } from '../../../ui/format';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { AgencyLink } from '../../agencies/components/agency-badges';
import { FactRow } from '../../persons/components/fact-row';
import { personHref } from '../../persons/components/person-link';
import { useProvinceName } from '../../persons/components/use-province-name';
import { useCase, useSeizures } from '../api';
import { operationHref } from '../components/case-links';
import { PointerText, RecordHeader } from '../components/record-header';
import { SeizuresTable } from '../components/seizures-table';
import { SeizureFormModal } from '../forms/seizure-form';
import type { CaseFull, CaseSummary } from '../types';

/** One case at the level the user reads it; in full its place, forces, persons and seizures. */
export const CasePage = ({ caseId, canRecord }: { caseId: string; canRecord: boolean }) => {
  const { t } = useTranslation();
  const kase = useCase(caseId);
  const back = { backHref: hrefOf(ROUTES.cases), backLabel: t('cases.detail.back') };
  if (!kase.isSuccess) {
    return <QueryStatus query={kase} />;
  }
  const view = kase.data;
  if (view.level === 'pointer') return <PointerText {...back} owner={view.ownerAgency} />;
  return (
    <Stack>
      <RecordHeader {...back} record={view} title={view.title} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <FactsCard view={view} />
        {view.level === 'full' && <PeopleCard view={view} />}
      </SimpleGrid>
      {view.level === 'full' && <SeizuresCard caseId={view.id} canRecord={canRecord} />}
    </Stack>
  );
};

const FactsCard = ({ view }: { view: CaseSummary | CaseFull }) => {
  const { t, i18n } = useTranslation();
  const provinceName = useProvinceName();
  return (
    <SectionCard title={t('cases.detail.facts')} testId="case-facts">
      <Table>
        <Table.Tbody>
          <FactRow label={t('cases.list.kind')}>{t(`cases.kind.${view.kind}`)}</FactRow>
          <FactRow label={t('cases.list.status')}>{t(`cases.status.${view.status}`)}</FactRow>
          <FactRow label={t('cases.list.occurredOn')}>{formatDay(view.occurredOn, i18n.language)}</FactRow>
          <FactRow label={t('cases.list.province')}>
            {view.provinceCode ? provinceName(view.provinceCode) : '—'}
          </FactRow>
          {view.level === 'full' && (
            <FactRow label={t('cases.form.place')}>
              {view.place.unitCode}
              {view.place.detail ? ` · ${view.place.detail}` : ''}
            </FactRow>
          )}
          <FactRow label={t('cases.list.offence')}>
            {view.offence ? t(`cases.offence.${view.offence}`) : '—'}
          </FactRow>
          <FactRow label={t('cases.list.lead')}>
            <AgencyLink agency={view.ownerAgency} />
          </FactRow>
          {view.level === 'full' && view.operationId && (
            <FactRow label={t('cases.detail.operation')}>
              <Anchor href={operationHref(view.operationId)} size="sm">
                {t('cases.detail.openOperation')}
              </Anchor>
            </FactRow>
          )}
          {view.level === 'full' && view.summary && (
            <FactRow label={t('cases.form.summary')}>{view.summary}</FactRow>
          )}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
};

const PeopleCard = ({ view }: { view: CaseFull }) => {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('cases.detail.people')} testId="case-people">
      <Text fw={500} size="sm">
        {t('cases.form.agencies')}
      </Text>
      {view.agencies.length === 0 && <Text c="dimmed">—</Text>}
      {view.agencies.map((a) => (
        <Text key={a.agency.id} size="sm">
          <AgencyLink agency={a.agency} /> · {t(`cases.participantRole.${a.role}`)}
        </Text>
      ))}
      <Text fw={500} size="sm" mt="sm">
        {t('cases.form.persons')}
      </Text>
      {view.persons.length === 0 && <Text c="dimmed">—</Text>}
      {view.persons.map((p) => (
        <Text key={p.personId} size="sm" data-testid="case-person">
          {p.fullName ? (
            <Anchor href={personHref(p.personId)} size="sm">
              {p.fullName}
            </Anchor>
          ) : (
            t('cases.detail.hiddenPerson')
          )}{' '}
          · {t(`cases.personRole.${p.role}`)}
        </Text>
      ))}
    </SectionCard>
  );
};

const SeizuresCard = ({ caseId, canRecord }: { caseId: string; canRecord: boolean }) => {
  const { t } = useTranslation();
  const seizures = useSeizures({ caseId, offset: 0 });
  const [isAdding, addModal] = useDisclosure(false);
  return (
    <SectionCard
      title={t('cases.detail.seizures')}
      testId="case-seizures"
      action={
        canRecord ? (
          <Button size="xs" onClick={addModal.open} data-testid="case-add-seizure">
            {t('cases.seizureForm.title')}
          </Button>
        ) : undefined
      }
    >
      <QueryStatus query={seizures} />
      {seizures.data?.items.length === 0 && <Text c="dimmed">{t('cases.detail.noSeizures')}</Text>}
      {seizures.data && seizures.data.items.length > 0 && <SeizuresTable seizures={seizures.data.items} />}
      <SeizureFormModal
        caseId={caseId}
        opened={isAdding}
        onClose={addModal.close}
        onSaved={() => undefined}
      />
    </SectionCard>
  );
};
