import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { PagingFooter } from '../../../ui/paging-footer';
import { QueryStatus } from '../../../ui/query-status';
import { isOneOf } from '../../agreements/types';
import { CASE_PAGE_SIZE, useCases } from '../api';
import { caseHref } from '../components/case-links';
import { CasesTable } from '../components/cases-table';
import { CaseFormModal } from '../forms/case-form';
import { CASE_KINDS, CASE_STATUSES, type CaseListQuery, OFFENCES } from '../types';

const NO_FILTER: Omit<CaseListQuery, 'offset'> = {
  q: '',
  kind: null,
  status: null,
  offence: null,
  from: '',
  to: '',
};

/** The registry of cases the user's agency reads (its own, those it takes part in, those shared with it). */
export const CasesPage = ({ canRecord }: { canRecord: boolean }) => {
  const { t } = useTranslation();
  const [filter, setFilter] = useState(NO_FILTER);
  const [page, setPage] = useState(1);
  const [q] = useDebouncedValue(filter.q, 300);
  const [isCreating, createModal] = useDisclosure(false);
  const cases = useCases({ ...filter, q, offset: (page - 1) * CASE_PAGE_SIZE });
  const change = (patch: Partial<typeof NO_FILTER>) => {
    setFilter({ ...filter, ...patch });
    setPage(1);
  };
  const count = (facet: 'kinds' | 'statuses' | 'offences', value: string) =>
    cases.data?.facets[facet].find((f) => f.value === value)?.count ?? 0;
  return (
    <Stack>
      <PageHeader
        title={t('cases.list.heading')}
        subtitle={t('cases.list.subtitle')}
        action={
          canRecord && (
            <Button onClick={createModal.open} data-testid="cases-create">
              {t('cases.list.create')}
            </Button>
          )
        }
      />
      <Group align="flex-end">
        <TextInput
          label={t('cases.list.search')}
          value={filter.q}
          onChange={(event) => change({ q: event.currentTarget.value })}
          data-testid="cases-search"
        />
        <Select
          label={t('cases.list.kind')}
          data={CASE_KINDS.map((k) => ({
            value: k,
            label: `${t(`cases.kind.${k}`)} (${count('kinds', k)})`,
          }))}
          value={filter.kind}
          onChange={(k) => change({ kind: isOneOf(CASE_KINDS, k) ? k : null })}
          clearable
        />
        <Select
          label={t('cases.list.status')}
          data={CASE_STATUSES.map((s) => ({
            value: s,
            label: `${t(`cases.status.${s}`)} (${count('statuses', s)})`,
          }))}
          value={filter.status}
          onChange={(s) => change({ status: isOneOf(CASE_STATUSES, s) ? s : null })}
          clearable
        />
        <Select
          label={t('cases.list.offence')}
          data={OFFENCES.map((o) => ({
            value: o,
            label: `${t(`cases.offence.${o}`)} (${count('offences', o)})`,
          }))}
          value={filter.offence}
          onChange={(o) => change({ offence: isOneOf(OFFENCES, o) ? o : null })}
          clearable
          searchable
        />
        <TextInput
          type="date"
          label={t('cases.list.from')}
          value={filter.from}
          onChange={(e) => change({ from: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('cases.list.to')}
          value={filter.to}
          onChange={(e) => change({ to: e.currentTarget.value })}
        />
      </Group>
      <QueryStatus query={cases} />
      {cases.data?.items.length === 0 && <Text c="dimmed">{t('cases.list.empty')}</Text>}
      {cases.data && cases.data.items.length > 0 && <CasesTable cases={cases.data.items} />}
      {cases.data && (
        <PagingFooter
          totalText={t('cases.list.total', { count: cases.data.total })}
          total={cases.data.total}
          pageSize={CASE_PAGE_SIZE}
          page={page}
          onPage={setPage}
        />
      )}
      <CaseFormModal
        opened={isCreating}
        onClose={createModal.close}
        onSaved={(saved) => {
          window.location.hash = caseHref(saved.id);
        }}
      />
    </Stack>
  );
};
