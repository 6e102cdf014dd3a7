import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonSearch } from '../api';
import { formatBirthDate } from '../components/birth-date';
import type { PersonHit } from '../match-types';

const NO_FILTERS = { sex: null, birthYear: null, birthYearFrom: null, birthYearTo: null, province: null };

type PersonPickerProps = {
  label: string;
  value: string | null;
  /** A person not to offer (the one being linked). */
  excludeId: string;
  onChange: (personId: string | null) => void;
  error?: string;
  testId: string;
};

/**
 * Picks a person with the persons search (any diacritics, either name order, a typo, a nickname or an identity
 * number), best match first; a record the user reads only as a pointer is offered as "the record of <agency>".
 */
export const PersonPicker = ({ label, value, excludeId, onChange, error, testId }: PersonPickerProps) => {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const hits = usePersonSearch({ q, ...NO_FILTERS });
  const optionOf = (hit: PersonHit) => {
    if (hit.level === 'pointer') {
      return { value: hit.id, label: t('persons.links.pointerNode', { agency: hit.ownerAgency.nameVi }) };
    }
    const { person } = hit;
    const born = person.birthDate ? ` · ${formatBirthDate(person.birthDate, i18n.language)}` : '';
    return { value: person.id, label: `${person.fullName}${born} · ${person.ownerAgency.nameVi}` };
  };
  const data = (hits.data?.items ?? []).map(optionOf).filter((option) => option.value !== excludeId);
  return (
    <Select
      label={label}
      placeholder={t('persons.links.form.personPlaceholder')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server ranks and filters (diacritics, order, typos); the list shows its answer as is.
      filter={({ options }) => options}
      nothingFoundMessage={q.trim() ? t('persons.links.form.nothingFound') : undefined}
      error={error}
      withAsterisk
      data-testid={testId}
    />
  );
};
