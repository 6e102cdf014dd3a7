import { Button, SimpleGrid, Stack, Table, Text, Timeline } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { hrefOf, ROUTES } from '../../../app/router';
import { formatDay } from '../../../ui/format';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { AgencyLink } from '../../agencies/components/agency-badges';
import { FactRow } from '../../persons/components/fact-row';
import { useSeizure } from '../api';
import { CaseLink, formatAmount } from '../components/case-links';
import { QuantityText } from '../components/quantity-text';
import { PointerText, RecordHeader } from '../components/record-header';
import { HandoverFormModal } from '../forms/handover-form';
import type { SeizureFull } from '../types';

/** One seizure: what was seized in which unit, by which forces, and (in full) its exhibits and custody chain. */
export const SeizurePage = ({ seizureId, canRecord }: { seizureId: string; canRecord: boolean }) => {
  const { t, i18n } = useTranslation();
  const seizure = useSeizure(seizureId);
  const back = { backHref: hrefOf(ROUTES.seizures), backLabel: t('cases.seizure.back') };
  if (!seizure.isSuccess) return <QueryStatus query={seizure} />;
  const view = seizure.data;
  if (view.level === 'pointer') return <PointerText {...back} owner={view.ownerAgency} />;
  return (
    <Stack>
      <RecordHeader
        {...back}
        record={view}
        title={<QuantityText substance={view.substance} quantity={view.quantity} unit={view.unit} />}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <SectionCard title={t('cases.detail.facts')} testId="seizure-facts">
          <Table>
            <Table.Tbody>
              <FactRow label={t('cases.seizure.seizedOn')}>{formatDay(view.seizedOn, i18n.language)}</FactRow>
              <FactRow label={t('cases.seizure.case')}>
                <CaseLink id={view.caseId} title={t('cases.seizure.openCase')} />
              </FactRow>
              <FactRow label={t('cases.seizure.credited')}>
                {view.credited.map((c) => (
                  <Text key={c.agency.id} size="sm">
                    <AgencyLink agency={c.agency} /> · {t(`cases.seizure.role.${c.role}`)}
                  </Text>
                ))}
              </FactRow>
              {view.level === 'full' && view.note && (
                <FactRow label={t('cases.seizure.note')}>{view.note}</FactRow>
              )}
            </Table.Tbody>
          </Table>
        </SectionCard>
        {view.level === 'full' && <ExhibitsCard view={view} />}
      </SimpleGrid>
      {view.level === 'full' && <CustodyCard view={view} canRecord={canRecord} />}
    </Stack>
  );
};

const ExhibitsCard = ({ view }: { view: SeizureFull }) => {
  const { t, i18n } = useTranslation();
  return (
    <SectionCard title={t('cases.seizure.exhibits')}>
      {view.exhibits.length === 0 && <Text c="dimmed">—</Text>}
      {view.exhibits.map((e, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: exhibits are listed in their stored order
        <Text key={index} size="sm">
          {t(`cases.exhibit.${e.kind}`)}: {e.description}
          {e.kind === 'cash' && e.amount != null
            ? ` · ${formatAmount(e.amount, i18n.language)} ${e.currency ?? ''}`
            : ''}
          {e.count != null ? ` · ${e.count}` : ''}
        </Text>
      ))}
    </SectionCard>
  );
};

const CustodyCard = ({ view, canRecord }: { view: SeizureFull; canRecord: boolean }) => {
  const { t, i18n } = useTranslation();
  const [isHanding, handModal] = useDisclosure(false);
  return (
    <SectionCard
      title={t('cases.custody.title')}
      testId="seizure-custody"
      action={
        canRecord ? (
          <Button size="xs" onClick={handModal.open} data-testid="seizure-handover">
            {t('cases.custody.handover')}
          </Button>
        ) : undefined
      }
    >
      <Timeline active={view.custody.length - 1} bulletSize={16}>
        {view.custody.map((c) => (
          <Timeline.Item key={c.seq} title={c.holderAgency.nameVi}>
            <Text size="sm">
              {formatDay(c.since, i18n.language)}
              {c.holderUnit ? ` · ${c.holderUnit}` : ''}
              {c.holderPerson ? ` · ${c.holderPerson}` : ''}
            </Text>
            {c.note && (
              <Text size="xs" c="dimmed">
                {c.note}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
      <HandoverFormModal seizureId={view.id} opened={isHanding} onClose={handModal.close} />
    </SectionCard>
  );
};
