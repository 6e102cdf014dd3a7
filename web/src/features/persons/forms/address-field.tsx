import { Group, Input, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../agencies/components/unit-picker';
import { StructureControl } from '../../geo/components/structure-control';
import type { AddressValue } from './person-values';

type AddressFieldProps = {
  value: AddressValue;
  onChange: (value: AddressValue) => void;
  error: string | undefined;
};

/** The current address: the structure the officer reads it in, the unit (any level) and the street detail. */
export const AddressField = ({ value, onChange, error }: AddressFieldProps) => {
  const { t } = useTranslation();
  return (
    <Input.Wrapper
      label={t('persons.form.address')}
      description={t('persons.form.addressHint')}
      error={error}
    >
      <Stack gap="xs" mt={4}>
        <Group align="flex-start" wrap="nowrap">
          <StructureControl
            value={value.structure}
            onChange={(structure) => onChange({ ...value, structure, unitCode: null, unitName: null })}
          />
          <div style={{ flex: 1 }}>
            <UnitPicker
              structure={value.structure}
              value={value.unitCode}
              initialName={value.unitName}
              onChange={(unit) =>
                onChange({ ...value, unitCode: unit?.code ?? null, unitName: unit?.name ?? null })
              }
              testId="person-form-address-unit"
            />
          </div>
        </Group>
        <TextInput
          aria-label={t('persons.form.addressDetail')}
          placeholder={t('persons.form.addressDetail')}
          value={value.detail}
          onChange={(event) => onChange({ ...value, detail: event.currentTarget.value })}
        />
      </Stack>
    </Input.Wrapper>
  );
};
