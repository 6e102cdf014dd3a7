import { Alert, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { AgencyLink } from '../../agencies/components/agency-badges';
import { isOneOf } from '../../agreements/types';
import { useSeizures, useSeizureTotals } from '../api';
import { formatAmount } from '../components/case-links';
import { SeizuresTable } from '../components/seizures-table';
import { type Amount, SUBSTANCES, type TotalsQuery } from '../types';

/**
 * "Kết quả thu giữ": the seizures the user reads, totalled per substance and unit (never across units), each joint
 * seizure once, with a kilogram equivalent only where a documented conversion exists, and each force's credit.
 */
export const SeizureTotalsPage = () => {
  const { t } = useTranslation();
  const [query, setQuery] = useState<TotalsQuery>({ from: '', to: '', substance: null });
  const totals = useSeizureTotals(query);
  const latest = useSeizures({ offset: 0 });
  return (
    <Stack>
      <PageHeader title={t('cases.totals.heading')} subtitle={t('cases.totals.subtitle')} />
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('cases.list.from')}
          value={query.from}
          onChange={(e) => setQuery({ ...query, from: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('cases.list.to')}
          value={query.to}
          onChange={(e) => setQuery({ ...query, to: e.currentTarget.value })}
        />
        <Select
          label={t('cases.seizure.substance')}
          data={SUBSTANCES.map((s) => ({ value: s, label: t(`cases.substance.${s}`) }))}
          value={query.substance}
          onChange={(s) => setQuery({ ...query, substance: isOneOf(SUBSTANCES, s) ? s : null })}
          clearable
        />
      </Group>
      <QueryStatus query={totals} />
      {totals.data && (
        <>
          <Text data-testid="totals-count">{t('cases.totals.count', { count: totals.data.seizures })}</Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <SectionCard title={t('cases.totals.byUnit')} testId="totals-rows">
              <AmountsTable rows={totals.data.rows} withKg />
            </SectionCard>
            <SectionCard title={t('cases.totals.bySubstance')} testId="totals-substances">
              <Table>
                <Table.Tbody>
                  {totals.data.substances.map((s) => (
                    <Table.Tr key={s.substance}>
                      <Table.Td>{t(`cases.substance.${s.substance}`)}</Table.Td>
                      <Table.Td>
                        <KgText kg={s.kgEquivalent} />
                        {s.unconverted.map((u) => (
                          <Text key={u.unit} size="sm">
                            + <AmountText amount={u.amount} /> {t(`cases.unit.${u.unit}`)}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Alert variant="light" mt="xs">
                {t('cases.totals.conversionNote')}
              </Alert>
            </SectionCard>
          </SimpleGrid>
          <SectionCard title={t('cases.totals.credits')} testId="totals-credits">
            <Text size="sm" c="dimmed">
              {t('cases.totals.creditsNote')}
            </Text>
            {totals.data.credits.map((c) => (
              <Stack key={c.agency.id} gap={4}>
                <Text fw={500}>
                  <AgencyLink agency={c.agency} /> · {t('cases.totals.count', { count: c.seizures })}
                </Text>
                <AmountsTable rows={c.rows} withKg={false} />
              </Stack>
            ))}
          </SectionCard>
        </>
      )}
      <SectionCard title={t('cases.totals.latest')}>
        {latest.data && <SeizuresTable seizures={latest.data.items} />}
      </SectionCard>
    </Stack>
  );
};

const AmountText = ({ amount }: { amount: number }) => {
  const { i18n } = useTranslation();
  return <>{formatAmount(amount, i18n.language)}</>;
};

const KgText = ({ kg }: { kg: number | null }) => {
  const { t, i18n } = useTranslation();
  if (kg === null) return <Text size="sm">—</Text>;
  return <Text size="sm">{t('cases.totals.kgEquivalent', { kg: formatAmount(kg, i18n.language) })}</Text>;
};

const AmountsTable = ({ rows, withKg }: { rows: Amount[]; withKg: boolean }) => {
  const { t } = useTranslation();
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cases.seizure.substance')}</Table.Th>
          <Table.Th>{t('cases.totals.amount')}</Table.Th>
          <Table.Th>{t('cases.totals.seizures')}</Table.Th>
          {withKg && <Table.Th>{t('cases.totals.kg')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={`${r.substance}-${r.unit}`} data-testid="totals-row">
            <Table.Td>{t(`cases.substance.${r.substance}`)}</Table.Td>
            <Table.Td>
              <AmountText amount={r.amount} /> {t(`cases.unit.${r.unit}`)}
            </Table.Td>
            <Table.Td>{r.seizures}</Table.Td>
            {withKg && (
              <Table.Td>{r.kgEquivalent === null ? '—' : <AmountText amount={r.kgEquivalent} />}</Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};
