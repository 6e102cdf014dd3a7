import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../../agencies/components/agency-picker';

/** One row of the parties list: the agency chosen (null while not yet picked) and its name for display. */
export type PartyChoice = {
  key: number;
  agencyId: string | null;
  initial: { id: string; nameVi: string } | null;
};

type PartiesFieldProps = {
  value: PartyChoice[];
  onChange: (value: PartyChoice[]) => void;
  error?: string;
  rowErrors: Map<string, string>;
};

/** The parties of a new agreement: one agency picker per party, added and removed freely. */
export const PartiesField = ({ value, onChange, error, rowErrors }: PartiesFieldProps) => {
  const { t } = useTranslation();
  const nextKey = Math.max(0, ...value.map((row) => row.key)) + 1;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('agreements.form.parties')}
      </Text>
      {value.map((row, index) => (
        <Group key={row.key} align="flex-end" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <AgencyPicker
              label={t('agreements.form.party', { number: index + 1 })}
              value={row.agencyId}
              initial={row.initial}
              onChange={(agencyId) =>
                onChange(value.map((other) => (other.key === row.key ? { ...other, agencyId } : other)))
              }
              error={rowErrors.get(`${index}.agencyId`)}
              testId={`agreement-form-party-${index}`}
            />
          </div>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('agreements.form.removeParty')}
            onClick={() => onChange(value.filter((other) => other.key !== row.key))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
      <Group>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => onChange([...value, { key: nextKey, agencyId: null, initial: null }])}
        >
          {t('agreements.form.addParty')}
        </Button>
      </Group>
    </Stack>
  );
};
