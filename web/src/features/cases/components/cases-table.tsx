import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../ui/format';
import { AgencyLink } from '../../agencies/components/agency-badges';
import { useProvinceName } from '../../persons/components/use-province-name';
import type { CaseSummary } from '../types';
import { CaseLink } from './case-links';

/** The cases of one page of the registry. */
export const CasesTable = ({ cases }: { cases: CaseSummary[] }) => {
  const { t, i18n } = useTranslation();
  const provinceName = useProvinceName();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="cases-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.list.title')}</Table.Th>
            <Table.Th>{t('cases.list.kind')}</Table.Th>
            <Table.Th>{t('cases.list.occurredOn')}</Table.Th>
            <Table.Th>{t('cases.list.province')}</Table.Th>
            <Table.Th>{t('cases.list.offence')}</Table.Th>
            <Table.Th>{t('cases.list.status')}</Table.Th>
            <Table.Th>{t('cases.list.lead')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((c) => (
            <Table.Tr key={c.id} data-testid="case-row">
              <Table.Td>
                <CaseLink id={c.id} title={c.title} />
              </Table.Td>
              <Table.Td>{t(`cases.kind.${c.kind}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(c.occurredOn, i18n.language)}</Table.Td>
              <Table.Td>{c.provinceCode ? provinceName(c.provinceCode) : '—'}</Table.Td>
              <Table.Td>{c.offence ? t(`cases.offence.${c.offence}`) : '—'}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`cases.status.${c.status}`)}</Badge>
              </Table.Td>
              <Table.Td>
                <AgencyLink agency={c.ownerAgency} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
