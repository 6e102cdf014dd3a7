import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgencyLink } from '../../agencies/components/agency-badges';
import type { PersonListItem } from '../types';
import { formatBirthDate } from './birth-date';
import { GradingBadge } from './grading-badge';
import { LevelBadge } from './level-badge';
import { PersonLink } from './person-link';
import { RoleBadges } from './role-badges';
import { useProvinceName } from './use-province-name';

const PersonRow = ({
  person,
  provinceName,
}: {
  person: PersonListItem;
  provinceName: (code: string) => string;
}) => {
  const { t, i18n } = useTranslation();
  return (
    <Table.Tr data-testid="person-row">
      <Table.Td>
        <PersonLink person={person} />
      </Table.Td>
      <Table.Td>
        <Text size="xs" lineClamp={2}>
          {person.aliases.join(', ')}
        </Text>
      </Table.Td>
      <Table.Td>{t(`persons.sex.${person.sex}`)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {person.birthDate ? formatBirthDate(person.birthDate, i18n.language) : '—'}
      </Table.Td>
      <Table.Td>{person.provinceCode ? provinceName(person.provinceCode) : '—'}</Table.Td>
      <Table.Td>
        <RoleBadges roles={person.roles} />
      </Table.Td>
      <Table.Td>
        <AgencyLink agency={person.ownerAgency} />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <LevelBadge level={person.level} />
          {person.handling.handlingCode !== 'H0' && (
            <Badge size="sm" variant="filled" color="yellow">
              {person.handling.handlingCode}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <GradingBadge grading={person.grading} />
      </Table.Td>
    </Table.Tr>
  );
};

/** The persons of one page of the list, each with the level the user reads them at and their grade. */
export const PersonsTable = ({ persons }: { persons: PersonListItem[] }) => {
  const { t } = useTranslation();
  const provinceName = useProvinceName();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="persons-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('persons.list.name')}</Table.Th>
            <Table.Th>{t('persons.list.aliases')}</Table.Th>
            <Table.Th>{t('persons.list.sex')}</Table.Th>
            <Table.Th>{t('persons.list.birthDate')}</Table.Th>
            <Table.Th>{t('persons.list.provinceColumn')}</Table.Th>
            <Table.Th>{t('persons.list.roles')}</Table.Th>
            <Table.Th>{t('persons.list.owner')}</Table.Th>
            <Table.Th>{t('persons.list.level')}</Table.Th>
            <Table.Th>{t('persons.list.grading')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {persons.map((person) => (
            <PersonRow key={person.id} person={person} provinceName={provinceName} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
