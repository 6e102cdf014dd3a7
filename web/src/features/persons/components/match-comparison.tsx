import { Badge, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyLink } from '../../agencies/components/agency-badges';
import type { FieldVerdict, MatchExplanation } from '../match-types';
import type { PersonListItem } from '../types';
import { formatBirthDate } from './birth-date';
import { MatchReasonBadges } from './match-reasons';
import { useProvinceName } from './use-province-name';

const VERDICT_COLOR: Record<FieldVerdict, string> = { agrees: 'green', disagrees: 'red', unknown: 'gray' };

/** Whether one field of the two records agrees, disagrees or cannot be told, coloured. */
export const VerdictBadge = ({ verdict }: { verdict: FieldVerdict }) => {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={VERDICT_COLOR[verdict]} data-testid="match-verdict">
      {t(`persons.matches.verdict.${verdict}`)}
    </Badge>
  );
};

type ComparedRowProps = {
  label: string;
  mine: ReactNode;
  theirs: ReactNode;
  verdict?: ReactNode;
  testId: string;
};

const ComparedRow = ({ label, mine, theirs, verdict, testId }: ComparedRowProps) => (
  <Table.Tr data-testid={testId}>
    <Table.Th w={160} fw={500}>
      {label}
    </Table.Th>
    <Table.Td>{mine}</Table.Td>
    <Table.Td>{theirs}</Table.Td>
    <Table.Td>{verdict}</Table.Td>
  </Table.Tr>
);

const idNumbersOf = (person: PersonListItem): string[] | null =>
  person.level === 'full' ? person.identityDocuments.map((document) => document.number) : null;

type MatchComparisonProps = { mine: PersonListItem; theirs: PersonListItem; explanation: MatchExplanation };

/** This record and the other side by side, field by field, with whether each field agrees. */
export const MatchComparison = ({ mine, theirs, explanation }: MatchComparisonProps) => {
  const { t, i18n } = useTranslation();
  const provinceName = useProvinceName();
  const none = t('persons.detail.none');
  const birth = (person: PersonListItem) =>
    person.birthDate ? formatBirthDate(person.birthDate, i18n.language) : none;
  const province = (person: PersonListItem) =>
    person.provinceCode ? provinceName(person.provinceCode) : none;
  const myNumbers = idNumbersOf(mine);
  const theirNumbers = idNumbersOf(theirs);
  const hasNumbers = (myNumbers?.length ?? 0) + (theirNumbers?.length ?? 0) > 0;
  const numbers = (list: string[] | null) =>
    list === null ? t('persons.matches.notShown') : list.join(', ') || none;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={4} data-testid="match-comparison">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>{t('persons.matches.thisRecord')}</Table.Th>
            <Table.Th>{t('persons.matches.otherRecord')}</Table.Th>
            <Table.Th>{t('persons.matches.verdictColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <ComparedRow
            label={t('persons.detail.fullName')}
            mine={<Text size="sm">{mine.fullName}</Text>}
            theirs={
              <Text size="sm" fw={600} data-testid="match-other-name">
                {theirs.fullName}
              </Text>
            }
            verdict={<MatchReasonBadges reasons={explanation.name.reasons} />}
            testId="match-field-name"
          />
          <ComparedRow
            label={t('persons.detail.aliases')}
            mine={mine.aliases.join(', ') || none}
            theirs={theirs.aliases.join(', ') || none}
            testId="match-field-aliases"
          />
          <ComparedRow
            label={t('persons.detail.birthDate')}
            mine={birth(mine)}
            theirs={birth(theirs)}
            verdict={<VerdictBadge verdict={explanation.birthDate} />}
            testId="match-field-birth-date"
          />
          <ComparedRow
            label={t('persons.detail.sex')}
            mine={t(`persons.sex.${mine.sex}`)}
            theirs={t(`persons.sex.${theirs.sex}`)}
            verdict={<VerdictBadge verdict={explanation.sex} />}
            testId="match-field-sex"
          />
          {(hasNumbers || explanation.idNumber !== 'unknown') && (
            <ComparedRow
              label={t('persons.detail.documents')}
              mine={numbers(myNumbers)}
              theirs={numbers(theirNumbers)}
              verdict={<VerdictBadge verdict={explanation.idNumber} />}
              testId="match-field-id-number"
            />
          )}
          <ComparedRow
            label={t('persons.detail.province')}
            mine={province(mine)}
            theirs={province(theirs)}
            verdict={<VerdictBadge verdict={explanation.province} />}
            testId="match-field-province"
          />
          <ComparedRow
            label={t('persons.detail.owner')}
            mine={<AgencyLink agency={mine.ownerAgency} />}
            theirs={<AgencyLink agency={theirs.ownerAgency} />}
            testId="match-field-owner"
          />
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
