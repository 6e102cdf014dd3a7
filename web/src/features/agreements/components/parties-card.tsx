import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../ui/section-card';
import { AgencyLink } from '../../agencies/components/agency-badges';
import type { PartyView } from '../types';

const signatoryOf = (party: PartyView): string =>
  [party.signatoryRank, party.signatoryName].filter(Boolean).join(' ');

/** The parties of an agreement, each with its role and, where known, who signed for it. */
export const PartiesCard = ({ parties }: { parties: PartyView[] }) => {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('agreements.parties.title', { count: parties.length })} testId="agreement-parties">
      {parties.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreements.parties.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agreements.parties.agency')}</Table.Th>
                <Table.Th>{t('agreements.parties.role')}</Table.Th>
                <Table.Th>{t('agreements.parties.signatory')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {parties.map((party) => (
                <Table.Tr key={party.id} data-testid="agreement-party">
                  <Table.Td>
                    <AgencyLink agency={party.agency} />
                    {party.note && (
                      <Text size="xs" c="dimmed">
                        {party.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="outline">
                      {t(`agreements.partyRole.${party.role}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {signatoryOf(party) === '' ? (
                      <Text size="sm" c="dimmed">
                        {t('agreements.parties.noSignatory')}
                      </Text>
                    ) : (
                      <Text size="sm">{signatoryOf(party)}</Text>
                    )}
                    {party.signatoryTitle && (
                      <Text size="xs" c="dimmed">
                        {party.signatoryTitle}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
};
