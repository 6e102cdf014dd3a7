import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../ui/format';
import type { SeizureSummary } from '../types';
import { seizureHref } from './case-links';
import { QuantityText } from './quantity-text';

/** Seizures, each with its quantity in its own unit and the forces credited with it. */
export const SeizuresTable = ({ seizures }: { seizures: SeizureSummary[] }) => {
  const { t, i18n } = useTranslation();
  return (
    <Table striped verticalSpacing="xs" data-testid="seizures-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cases.seizure.seizedOn')}</Table.Th>
          <Table.Th>{t('cases.seizure.quantity')}</Table.Th>
          <Table.Th>{t('cases.seizure.credited')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {seizures.map((s) => (
          <Table.Tr key={s.id} data-testid="seizure-row">
            <Table.Td>
              <Anchor href={seizureHref(s.id)} size="sm">
                {formatDay(s.seizedOn, i18n.language)}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <QuantityText substance={s.substance} quantity={s.quantity} unit={s.unit} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{s.credited.map((c) => c.agency.nameVi).join(', ')}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};
