import { ActionIcon, Group, Input, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../agreements/types';
import { usePersonSearch } from '../../persons/api';
import { CASE_PERSON_ROLES, type CasePersonRole } from '../types';

export type PersonValue = { personId: string; name: string; role: CasePersonRole };

type PersonsFieldProps = {
  value: PersonValue[];
  onChange: (value: PersonValue[]) => void;
  /** Targets of an operation have no role. */
  withRoles: boolean;
  label: string;
  error: string | undefined;
};

/** Persons linked to the record: found by the persons search (only those the user reads), each with its role. */
export const PersonsField = ({ value, onChange, withRoles, label, error }: PersonsFieldProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const hits = usePersonSearch({
    q,
    sex: null,
    birthYear: null,
    birthYearFrom: null,
    birthYearTo: null,
    province: null,
  });
  const readable = (hits.data?.items ?? []).flatMap((hit) =>
    hit.level === 'pointer' || value.some((v) => v.personId === hit.person.id)
      ? []
      : [{ value: hit.person.id, label: hit.person.fullName }],
  );
  return (
    <Input.Wrapper label={label} description={t('cases.form.personsHint')} error={error}>
      <Stack gap="xs" mt={4}>
        {value.map((row, index) => (
          <Group key={row.personId} wrap="nowrap" data-testid="case-person-row">
            <Text size="sm" style={{ flex: 1 }}>
              {row.name}
            </Text>
            {withRoles && (
              <Select
                aria-label={t('cases.form.role')}
                data={CASE_PERSON_ROLES.map((role) => ({
                  value: role,
                  label: t(`cases.personRole.${role}`),
                }))}
                value={row.role}
                onChange={(role) =>
                  isOneOf(CASE_PERSON_ROLES, role) &&
                  onChange(value.map((r, i) => (i === index ? { ...r, role } : r)))
                }
                allowDeselect={false}
                w={180}
              />
            )}
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('cases.form.remove')}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Select
          aria-label={t('cases.form.addPerson')}
          placeholder={t('cases.form.addPerson')}
          data={readable}
          value={null}
          onChange={(personId) => {
            const hit = readable.find((r) => r.value === personId);
            if (hit) onChange([...value, { personId: hit.value, name: hit.label, role: 'suspect' }]);
            setSearch('');
          }}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={q ? t('cases.form.noPerson') : undefined}
          data-testid="case-persons-picker"
        />
      </Stack>
    </Input.Wrapper>
  );
};
