import { ActionIcon, Button, Group, Input, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../agreements/types';
import { CURRENCIES, EXHIBIT_KINDS, type Exhibit } from '../types';

type ExhibitsFieldProps = {
  value: Exhibit[];
  onChange: (value: Exhibit[]) => void;
  error: string | undefined;
};

/** Weapons, vehicles, cash (an amount in its currency), phones and other exhibits seized beside the drugs. */
export const ExhibitsField = ({ value, onChange, error }: ExhibitsFieldProps) => {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<Exhibit>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Input.Wrapper label={t('cases.seizure.exhibits')} error={error}>
      <Stack gap="xs" mt={4}>
        {value.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
          <Group key={index} wrap="nowrap" align="flex-start" data-testid="exhibit-row">
            <Select
              aria-label={t('cases.seizure.exhibitKind')}
              data={EXHIBIT_KINDS.map((kind) => ({ value: kind, label: t(`cases.exhibit.${kind}`) }))}
              value={row.kind}
              onChange={(kind) => isOneOf(EXHIBIT_KINDS, kind) && change(index, { kind })}
              allowDeselect={false}
              w={140}
            />
            <TextInput
              aria-label={t('cases.seizure.exhibitDescription')}
              placeholder={t('cases.seizure.exhibitDescription')}
              value={row.description}
              onChange={(event) => change(index, { description: event.currentTarget.value })}
              style={{ flex: 1 }}
            />
            {row.kind === 'cash' ? (
              <>
                <NumberInput
                  aria-label={t('cases.seizure.amount')}
                  placeholder={t('cases.seizure.amount')}
                  value={row.amount ?? ''}
                  onChange={(amount) => change(index, { amount: typeof amount === 'number' ? amount : null })}
                  thousandSeparator
                  w={160}
                />
                <Select
                  aria-label={t('cases.seizure.currency')}
                  data={[...CURRENCIES]}
                  value={row.currency ?? null}
                  onChange={(currency) =>
                    change(index, { currency: isOneOf(CURRENCIES, currency) ? currency : null })
                  }
                  w={100}
                />
              </>
            ) : (
              <NumberInput
                aria-label={t('cases.seizure.count')}
                placeholder={t('cases.seizure.count')}
                value={row.count ?? ''}
                onChange={(count) => change(index, { count: typeof count === 'number' ? count : null })}
                min={1}
                allowDecimal={false}
                w={100}
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
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => onChange([...value, { kind: 'weapon', description: '' }])}
          >
            {t('cases.seizure.addExhibit')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
};
