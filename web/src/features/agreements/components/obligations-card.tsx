import { Badge, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../ui/section-card';
import type { AgreementDetail } from '../types';

const DEADLINES = ['urgentHours', 'normalHours', 'lowHours'] as const;

/** What each party shares automatically and at which level, and the reply deadlines between parties. */
export const ObligationsCard = ({
  agreement,
  action,
}: {
  agreement: AgreementDetail;
  action?: ReactNode;
}) => {
  const { t } = useTranslation();
  const partyName = (agencyId: string | null): string =>
    agencyId === null
      ? t('agreements.obligations.everyParty')
      : (agreement.parties.find((party) => party.agency.id === agencyId)?.agency.nameVi ?? agencyId);
  return (
    <SectionCard title={t('agreements.obligations.title')} action={action} testId="agreement-obligations">
      {agreement.obligations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreements.obligations.none')}
        </Text>
      ) : (
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agreements.obligations.party')}</Table.Th>
              <Table.Th>{t('agreements.obligations.shares')}</Table.Th>
              <Table.Th>{t('agreements.obligations.level')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {agreement.obligations.map((obligation) => (
              <Table.Tr key={obligation.id}>
                <Table.Td>{partyName(obligation.agencyId)}</Table.Td>
                <Table.Td>
                  {t(`agreements.recordKind.${obligation.recordKind}`)}
                  {obligation.note && (
                    <Text size="xs" c="dimmed">
                      {obligation.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light">
                    {t(`agreements.level.${obligation.level}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" fw={500} mt="xs">
        {t('agreements.obligations.replyDeadlines')}
      </Text>
      <Group gap="lg" data-testid="agreement-reply-deadlines">
        {DEADLINES.map((key) => {
          const hours = agreement.replyDeadlines[key];
          return (
            <Text key={key} size="sm">
              {t(`agreements.obligations.${key}`)}:{' '}
              {hours === null
                ? t('agreements.obligations.notStated')
                : t('agreements.obligations.hours', { hours })}
            </Text>
          );
        })}
      </Group>
    </SectionCard>
  );
};
