import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { PagingFooter } from '../../../ui/paging-footer';
import { QueryStatus } from '../../../ui/query-status';
import { AGENCY_PAGE_SIZE, useAgencies } from '../api';
import { AgencyLink, agencyHref, StatusBadge } from '../components/agency-badges';
import { AgencyFormModal } from '../forms/agency-form';
import { AGENCY_KINDS, type AgencyKind, type AgencyStatus, isAgencyKind } from '../types';

const STATUSES: readonly AgencyStatus[] = ['active', 'dissolved', 'future'];
const isStatus = (value: string | null): value is AgencyStatus => STATUSES.some((status) => status === value);

type AgenciesPageProps = { isAdministrator: boolean };

/** The registry of forces: search by name or code (with or without diacritics), filter by kind and status. */
export const AgenciesPage = ({ isAdministrator }: AgenciesPageProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [kind, setKind] = useState<AgencyKind | null>(null);
  const [status, setStatus] = useState<AgencyStatus | null>(null);
  const [page, setPage] = useState(1);
  const [isCreating, createModal] = useDisclosure(false);
  const agencies = useAgencies({ q, kind, status, offset: (page - 1) * AGENCY_PAGE_SIZE });
  return (
    <Stack>
      <PageHeader
        title={t('agencies.list.title')}
        subtitle={t('agencies.list.subtitle')}
        action={
          isAdministrator && (
            <Button onClick={createModal.open} data-testid="agencies-create">
              {t('agencies.list.create')}
            </Button>
          )
        }
      />
      <Group align="flex-end">
        <TextInput
          label={t('agencies.list.search')}
          placeholder={t('agencies.list.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={320}
          data-testid="agencies-search"
        />
        <Select
          label={t('agencies.list.kind')}
          data={AGENCY_KINDS.map((value) => ({ value, label: t(`agencies.kind.${value}`) }))}
          value={kind}
          onChange={(value) => {
            setKind(isAgencyKind(value) ? value : null);
            setPage(1);
          }}
          clearable
          placeholder={t('agencies.list.allKinds')}
          w={220}
        />
        <Select
          label={t('agencies.list.status')}
          data={STATUSES.map((value) => ({ value, label: t(`agencies.status.${value}`) }))}
          value={status}
          onChange={(value) => {
            setStatus(isStatus(value) ? value : null);
            setPage(1);
          }}
          clearable
          placeholder={t('agencies.list.allStatuses')}
          w={180}
        />
      </Group>
      <QueryStatus query={agencies} />
      {agencies.data?.items.length === 0 && <Text c="dimmed">{t('agencies.list.empty')}</Text>}
      {agencies.data && agencies.data.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="xs" data-testid="agencies-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('agencies.list.name')}</Table.Th>
                  <Table.Th>{t('agencies.list.code')}</Table.Th>
                  <Table.Th>{t('agencies.list.kind')}</Table.Th>
                  <Table.Th>{t('agencies.list.country')}</Table.Th>
                  <Table.Th>{t('agencies.list.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {agencies.data.items.map((agency) => (
                  <Table.Tr key={agency.id} data-testid={`agency-row-${agency.code}`}>
                    <Table.Td>
                      <AgencyLink agency={agency} />
                      {agency.nameLocal && agency.localLanguage !== 'vi' && (
                        <Text size="xs" c="dimmed" lang={agency.localLanguage ?? undefined}>
                          {agency.nameLocal}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{agency.code}</Table.Td>
                    <Table.Td>{t(`agencies.kind.${agency.kind}`)}</Table.Td>
                    <Table.Td>{agency.country}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={agency.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PagingFooter
            totalText={t('agencies.list.total', { count: agencies.data.total })}
            total={agencies.data.total}
            pageSize={AGENCY_PAGE_SIZE}
            page={page}
            onPage={setPage}
          />
        </>
      )}
      <AgencyFormModal
        opened={isCreating}
        agency={null}
        onClose={createModal.close}
        onSaved={(saved) => {
          window.location.hash = agencyHref(saved.id);
        }}
      />
    </Stack>
  );
};
