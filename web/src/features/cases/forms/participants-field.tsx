import { ActionIcon, Group, Input, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyOptions } from '../../agencies/api';
import { isOneOf } from '../../agreements/types';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../types';

export type ParticipantValue = { agencyId: string; name: string; role: ParticipantRole };

type ParticipantsFieldProps = {
  value: ParticipantValue[];
  onChange: (value: ParticipantValue[]) => void;
  /** Whether each force has a role (cases, operations) or is only credited (a joint seizure). */
  withRoles: boolean;
  label: string;
  description: string;
  error: string | undefined;
};

/** The other forces taking part: each picked from the registry, with its role; removable. */
export const ParticipantsField = ({
  value,
  onChange,
  withRoles,
  label,
  description,
  error,
}: ParticipantsFieldProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const options = useAgencyOptions(q);
  return (
    <Input.Wrapper label={label} description={description} error={error}>
      <Stack gap="xs" mt={4}>
        {value.map((row, index) => (
          <Group key={row.agencyId} wrap="nowrap" data-testid="participant-row">
            <Text size="sm" style={{ flex: 1 }}>
              {row.name}
            </Text>
            {withRoles && (
              <Select
                aria-label={t('cases.form.role')}
                data={PARTICIPANT_ROLES.map((role) => ({
                  value: role,
                  label: t(`cases.participantRole.${role}`),
                }))}
                value={row.role}
                onChange={(role) =>
                  isOneOf(PARTICIPANT_ROLES, role) &&
                  onChange(value.map((r, i) => (i === index ? { ...r, role } : r)))
                }
                allowDeselect={false}
                w={200}
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
          aria-label={t('cases.form.addAgency')}
          placeholder={t('cases.form.addAgency')}
          data={(options.data ?? [])
            .filter((agency) => !value.some((r) => r.agencyId === agency.id))
            .map((agency) => ({ value: agency.id, label: `${agency.nameVi} (${agency.code})` }))}
          value={null}
          onChange={(agencyId) => {
            const agency = options.data?.find((a) => a.id === agencyId);
            if (agency) onChange([...value, { agencyId: agency.id, name: agency.nameVi, role: 'support' }]);
            setSearch('');
          }}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={t('agencies.picker.nothingFound')}
          data-testid="participants-picker"
        />
      </Stack>
    </Input.Wrapper>
  );
};
