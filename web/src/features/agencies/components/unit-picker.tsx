import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitOptions } from '../../geo/api';
import type { Structure } from '../../geo/types';

type UnitPickerProps = {
  structure: Structure;
  value: string | null;
  /** The name of the unit already chosen, so that it shows before any search. */
  initialName: string | null;
  onChange: (unit: { code: string; name: string } | null) => void;
  error?: string;
  testId?: string;
};

/** Picks an administrative unit of a structure by searching `/api/geo/units` (diacritics optional). */
export const UnitPicker = ({ structure, value, initialName, onChange, error, testId }: UnitPickerProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const options = useUnitOptions(structure, q);
  const data = (options.data ?? []).map((unit) => ({
    value: unit.code,
    label: `${unit.fullName} (${unit.code})`,
  }));
  if (value && !data.some((option) => option.value === value)) {
    data.unshift({ value, label: initialName ? `${initialName} (${value})` : value });
  }
  return (
    <Select
      aria-label={t('agencies.jurisdictionForm.unit')}
      placeholder={t('agencies.jurisdictionForm.unitPlaceholder')}
      data={data}
      value={value}
      onChange={(code) => {
        const unit = options.data?.find((option) => option.code === code);
        onChange(code ? { code, name: unit?.fullName ?? initialName ?? code } : null);
      }}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('agencies.jurisdictionForm.nothingFound')}
      error={error}
      data-testid={testId}
    />
  );
};
