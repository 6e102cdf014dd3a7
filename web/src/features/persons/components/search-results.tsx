import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgencyLink, agencyHref } from '../../agencies/components/agency-badges';
import type { PersonHit, PointerHit, ReadableHit } from '../match-types';
import { formatBirthDate } from './birth-date';
import { MatchReasonBadges, MatchScore } from './match-reasons';
import { PersonLink } from './person-link';
import { RoleBadges } from './role-badges';
import { useProvinceName } from './use-province-name';

const COLUMNS = 8;

const PointerRow = ({ hit }: { hit: PointerHit }) => {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid="person-hit-pointer">
      <Table.Td colSpan={COLUMNS - 1}>
        <Text size="sm" c="dimmed">
          {t('persons.search.pointer', { agency: hit.ownerAgency.nameVi })}{' '}
          <Anchor href={agencyHref(hit.ownerAgency.id)} size="sm">
            {t('persons.pointer.contact')}
          </Anchor>
        </Text>
      </Table.Td>
      <Table.Td>
        <MatchScore score={hit.score} />
      </Table.Td>
    </Table.Tr>
  );
};

const ReadableRow = ({ hit, provinceName }: { hit: ReadableHit; provinceName: (code: string) => string }) => {
  const { t, i18n } = useTranslation();
  const { person } = hit;
  return (
    <Table.Tr data-testid="person-row">
      <Table.Td>
        <PersonLink person={person} />
        {person.aliases.length > 0 && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {person.aliases.join(', ')}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {person.birthDate ? formatBirthDate(person.birthDate, i18n.language) : '—'}
      </Table.Td>
      <Table.Td>{t(`persons.sex.${person.sex}`)}</Table.Td>
      <Table.Td>{person.provinceCode ? provinceName(person.provinceCode) : '—'}</Table.Td>
      <Table.Td>
        <RoleBadges roles={person.roles} />
      </Table.Td>
      <Table.Td>
        <AgencyLink agency={person.ownerAgency} />
      </Table.Td>
      <Table.Td>
        <MatchReasonBadges reasons={hit.reasons} />
      </Table.Td>
      <Table.Td>
        <MatchScore score={hit.score} />
      </Table.Td>
    </Table.Tr>
  );
};

/** The ranked hits of a search, best first; a hit the user may not read only says which force to contact. */
export const SearchResults = ({ hits }: { hits: PersonHit[] }) => {
  const { t } = useTranslation();
  const provinceName = useProvinceName();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="persons-search-results">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('persons.list.name')}</Table.Th>
            <Table.Th>{t('persons.list.birthDate')}</Table.Th>
            <Table.Th>{t('persons.list.sex')}</Table.Th>
            <Table.Th>{t('persons.list.provinceColumn')}</Table.Th>
            <Table.Th>{t('persons.list.roles')}</Table.Th>
            <Table.Th>{t('persons.list.owner')}</Table.Th>
            <Table.Th miw={200}>{t('persons.search.reasons')}</Table.Th>
            <Table.Th>{t('persons.search.score')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {hits.map((hit) =>
            hit.level === 'pointer' ? (
              <PointerRow key={hit.id} hit={hit} />
            ) : (
              <ReadableRow key={hit.person.id} hit={hit} provinceName={provinceName} />
            ),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
