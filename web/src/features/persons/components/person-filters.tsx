import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../agreements/types';
import { type Facet, PERSON_ROLES, type PersonRole, type Sex } from '../types';
import { SearchFilters } from './search-filters';
import { useProvinceName } from './use-province-name';

/** `sex` and `birthYears` (`1990` or `1988-1992`) narrow the ranked search; `role` only the plain list. */
export type PersonFilter = {
  search: string;
  role: PersonRole | null;
  province: string | null;
  sex: Sex | null;
  birthYears: string;
};

type PersonFiltersProps = {
  value: PersonFilter;
  /** How many of the matching persons hold each role and live in each province. */
  facets: { roles: Facet; provinces: Facet } | undefined;
  onChange: (value: PersonFilter) => void;
};

const countOf = (facet: Facet | undefined, value: string): number =>
  facet?.find((entry) => entry.value === value)?.count ?? 0;

/**
 * The list's search box (as you type) and its role and province filters, each option with its count; while the box
 * has text, the ranked search's filters instead (sex, birth year or range, province).
 */
export const PersonFilters = ({ value, facets, onChange }: PersonFiltersProps) => {
  const { t } = useTranslation();
  return (
    <Group align="flex-end">
      <TextInput
        label={t('persons.list.search')}
        placeholder={t('persons.list.searchPlaceholder')}
        value={value.search}
        onChange={(event) => onChange({ ...value, search: event.currentTarget.value })}
        w={320}
        data-testid="persons-search"
      />
      {value.search.trim() !== '' ? (
        <SearchFilters value={value} onChange={onChange} />
      ) : (
        <ListFilters value={value} facets={facets} onChange={onChange} />
      )}
    </Group>
  );
};

const ListFilters = ({ value, facets, onChange }: PersonFiltersProps) => {
  const { t } = useTranslation();
  const provinceName = useProvinceName();
  const provinceCodes = (facets?.provinces ?? []).map((entry) => entry.value);
  if (value.province && !provinceCodes.includes(value.province)) {
    provinceCodes.unshift(value.province);
  }
  return (
    <>
      <Select
        label={t('persons.list.role')}
        data={PERSON_ROLES.map((role) => ({
          value: role,
          label: `${t(`persons.role.${role}`)} (${countOf(facets?.roles, role)})`,
        }))}
        value={value.role}
        onChange={(role) => onChange({ ...value, role: isOneOf(PERSON_ROLES, role) ? role : null })}
        clearable
        placeholder={t('persons.list.all')}
        w={260}
        data-testid="persons-filter-role"
      />
      <Select
        label={t('persons.list.province')}
        data={provinceCodes.map((code) => ({
          value: code,
          label: `${provinceName(code)} (${countOf(facets?.provinces, code)})`,
        }))}
        value={value.province}
        onChange={(province) => onChange({ ...value, province })}
        clearable
        searchable
        placeholder={t('persons.list.all')}
        nothingFoundMessage={t('persons.list.noProvince')}
        w={260}
        data-testid="persons-filter-province"
      />
    </>
  );
};
