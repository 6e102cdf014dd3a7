import { Anchor, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { QueryStatus } from '../../../ui/query-status';
import { useAgreements } from '../api';
import { AgreementStatusBadge, agreementHref } from '../components/agreement-badges';
import { AgreementFilters } from '../components/agreement-filters';
import { AgreementFormModal } from '../forms/agreement-form';
import type { AgreementListQuery, AgreementSummary } from '../types';

const NO_FILTER: AgreementListQuery = {
  agencyId: null,
  status: null,
  kind: null,
  domain: null,
  inForceOn: '',
};

type AgreementsPageProps = {
  /** Administrators and commanders may draft (the API has no list-level abilities; it answers 403 otherwise). */
  canDraft: boolean;
  ownAgency: { id: string; nameVi: string };
};

const AgreementRow = ({ agreement }: { agreement: AgreementSummary }) => {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid={`agreement-row-${agreement.number ?? agreement.id}`}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{agreement.number ?? '—'}</Table.Td>
      <Table.Td>
        <Anchor href={agreementHref(agreement.id)} size="sm">
          {agreement.title}
        </Anchor>
      </Table.Td>
      <Table.Td>{t(`agreements.kind.${agreement.kind}`)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <AgreementStatusBadge status={agreement.status} />
      </Table.Td>
      <Table.Td>
        <Text size="xs" lineClamp={3}>
          {agreement.parties.map((party) => party.agency.nameVi).join(', ')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
};

/** The coordination agreements, filtered by party, status, kind, crime domain and a day in force. */
export const AgreementsPage = ({ canDraft, ownAgency }: AgreementsPageProps) => {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AgreementListQuery>(NO_FILTER);
  const [isCreating, createModal] = useDisclosure(false);
  const agreements = useAgreements(filter);
  return (
    <Stack>
      <PageHeader
        title={t('agreements.list.title')}
        subtitle={t('agreements.list.subtitle')}
        action={
          canDraft && (
            <Button onClick={createModal.open} data-testid="agreements-create">
              {t('agreements.list.create')}
            </Button>
          )
        }
      />
      <AgreementFilters value={filter} onChange={setFilter} />
      <QueryStatus query={agreements} />
      {agreements.data?.length === 0 && <Text c="dimmed">{t('agreements.list.empty')}</Text>}
      {agreements.data && agreements.data.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="agreements-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agreements.list.number')}</Table.Th>
                <Table.Th>{t('agreements.list.titleColumn')}</Table.Th>
                <Table.Th>{t('agreements.list.kind')}</Table.Th>
                <Table.Th miw={180}>{t('agreements.list.status')}</Table.Th>
                <Table.Th w="30%">{t('agreements.list.parties')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreements.data.map((agreement) => (
                <AgreementRow key={agreement.id} agreement={agreement} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between">
        {agreements.data && (
          <Text size="sm" c="dimmed">
            {t('agreements.list.total', { count: agreements.data.length })}
          </Text>
        )}
        {agreements.isPlaceholderData && <Loader size="xs" />}
      </Group>
      <AgreementFormModal
        opened={isCreating}
        agreement={null}
        ownAgency={ownAgency}
        onClose={createModal.close}
        onSaved={(saved) => {
          window.location.hash = agreementHref(saved.id);
        }}
      />
    </Stack>
  );
};
