import { Anchor, Button, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../ui/format';
import { PageHeader } from '../../../ui/page-header';
import { PagingFooter } from '../../../ui/paging-footer';
import { QueryStatus } from '../../../ui/query-status';
import { AgencyLink } from '../../agencies/components/agency-badges';
import { CASE_PAGE_SIZE, useOperations } from '../api';
import { operationHref } from '../components/case-links';
import { OperationFormModal } from '../forms/operation-form';

/** The special operations the user's agency leads or takes part in (no other force sees them). */
export const OperationsPage = ({ canRecord }: { canRecord: boolean }) => {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [q] = useDebouncedValue(search, 300);
  const [isCreating, createModal] = useDisclosure(false);
  const operations = useOperations({ q, offset: (page - 1) * CASE_PAGE_SIZE });
  return (
    <Stack>
      <PageHeader
        title={t('cases.operation.heading')}
        subtitle={t('cases.operation.subtitle')}
        action={
          canRecord && (
            <Button onClick={createModal.open} data-testid="operations-create">
              {t('cases.operationForm.title')}
            </Button>
          )
        }
      />
      <TextInput
        label={t('cases.operation.codeName')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        maw={320}
      />
      <QueryStatus query={operations} />
      {operations.data?.items.length === 0 && <Text c="dimmed">{t('cases.operation.empty')}</Text>}
      {operations.data && operations.data.items.length > 0 && (
        <Table striped highlightOnHover data-testid="operations-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.operation.codeName')}</Table.Th>
              <Table.Th>{t('cases.operation.startedOn')}</Table.Th>
              <Table.Th>{t('cases.list.status')}</Table.Th>
              <Table.Th>{t('cases.list.lead')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {operations.data.items.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <Anchor href={operationHref(o.id)}>{o.codeName}</Anchor>
                </Table.Td>
                <Table.Td>{formatDay(o.startedOn, i18n.language)}</Table.Td>
                <Table.Td>{t(`cases.operationStatus.${o.status}`)}</Table.Td>
                <Table.Td>
                  <AgencyLink agency={o.ownerAgency} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {operations.data && (
        <PagingFooter
          totalText={t('cases.operation.total', { count: operations.data.total })}
          total={operations.data.total}
          pageSize={CASE_PAGE_SIZE}
          page={page}
          onPage={setPage}
        />
      )}
      <OperationFormModal
        opened={isCreating}
        onClose={createModal.close}
        onSaved={(saved) => {
          window.location.hash = operationHref(saved.id);
        }}
      />
    </Stack>
  );
};
