import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyOptions } from '../api';
import type { AgencySummary } from '../types';

type AgencyPickerProps = {
  label: string;
  value: string | null;
  /** The agency already chosen, so that its name shows before any search. */
  initial?: Pick<AgencySummary, 'id' | 'nameVi'> | null;
  onChange: (agencyId: string | null) => void;
  error?: string;
  withAsterisk?: boolean;
  testId?: string;
};

/** Picks an agency by searching the registry on the server (diacritics optional). */
export const AgencyPicker = ({
  label,
  value,
  initial,
  onChange,
  error,
  withAsterisk,
  testId,
}: AgencyPickerProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const options = useAgencyOptions(q);
  const data = (options.data ?? []).map((agency) => ({
    value: agency.id,
    label: `${agency.nameVi} (${agency.code})`,
  }));
  if (initial && !data.some((option) => option.value === initial.id)) {
    data.unshift({ value: initial.id, label: initial.nameVi });
  }
  return (
    <Select
      label={label}
      placeholder={t('agencies.picker.placeholder')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('agencies.picker.nothingFound')}
      error={error}
      withAsterisk={withAsterisk}
      data-testid={testId}
    />
  );
};
