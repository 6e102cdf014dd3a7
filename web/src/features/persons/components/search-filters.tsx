import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../agreements/types';
import { useProvinceOptions } from '../../geo/api';
import { SEXES } from '../types';
import { parseBirthYears } from './birth-years';
import type { PersonFilter } from './person-filters';

type SearchFiltersProps = { value: PersonFilter; onChange: (value: PersonFilter) => void };

/** The filters the ranked search passes through: sex, birth year or range of years, and province (any of today's). */
export const SearchFilters = ({ value, onChange }: SearchFiltersProps) => {
  const { t } = useTranslation();
  const provinces = useProvinceOptions('current');
  const isYearsValid = parseBirthYears(value.birthYears) !== null;
  return (
    <>
      <Select
        label={t('persons.search.sex')}
        data={SEXES.filter((sex) => sex !== 'unknown').map((sex) => ({
          value: sex,
          label: t(`persons.sex.${sex}`),
        }))}
        value={value.sex}
        onChange={(sex) => onChange({ ...value, sex: isOneOf(SEXES, sex) ? sex : null })}
        clearable
        placeholder={t('persons.list.all')}
        w={140}
        data-testid="persons-search-sex"
      />
      <TextInput
        label={t('persons.search.birthYears')}
        placeholder={t('persons.search.birthYearsPlaceholder')}
        value={value.birthYears}
        onChange={(event) => onChange({ ...value, birthYears: event.currentTarget.value })}
        error={isYearsValid ? undefined : t('persons.search.birthYearsInvalid')}
        w={180}
        data-testid="persons-search-birth-years"
      />
      <Select
        label={t('persons.list.province')}
        data={(provinces.data ?? []).map((province) => ({ value: province.code, label: province.fullName }))}
        value={value.province}
        onChange={(province) => onChange({ ...value, province })}
        clearable
        searchable
        placeholder={t('persons.list.all')}
        nothingFoundMessage={t('persons.list.noProvince')}
        w={260}
        data-testid="persons-search-province"
      />
    </>
  );
};
