import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { usePersonCases } from '../../cases/api';
import { CasesTable } from '../../cases/components/cases-table';

/** The cases and incidents involving the person (those the user reads in full), latest first. */
export const PersonCasesCard = ({ personId }: { personId: string }) => {
  const { t } = useTranslation();
  const cases = usePersonCases(personId);
  const items = cases.data?.items;
  return (
    <SectionCard title={t('persons.cases.title')} testId="person-cases">
      {!items ? (
        <QueryStatus query={cases} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('persons.cases.none')}
        </Text>
      ) : (
        <CasesTable cases={items} />
      )}
    </SectionCard>
  );
};
