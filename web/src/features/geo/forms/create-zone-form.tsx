import { MultiSelect, NumberInput, SegmentedControl, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { useCreateZone, useProvinceOptions } from '../api';
import { StructureControl } from '../components/structure-control';
import type { CreateZoneBody, Structure, Zone } from '../types';

type ZoneMethod = 'belt' | 'borderCommunes' | 'units';

const isZoneMethod = (value: string): value is ZoneMethod =>
  value === 'belt' || value === 'borderCommunes' || value === 'units';

type Values = {
  method: ZoneMethod;
  name: string;
  description: string;
  structure: Structure;
  provinces: string[];
  beltKm: number;
  units: string;
};

const EMPTY: Values = {
  method: 'belt',
  name: '',
  description: '',
  structure: 'current',
  provinces: [],
  beltKm: 5,
  units: '',
};

const toBody = (values: Values): CreateZoneBody => {
  const common = {
    name: values.name.trim(),
    ...(values.description.trim() ? { description: values.description.trim() } : {}),
  };
  if (values.method === 'belt') {
    return {
      ...common,
      kind: 'belt',
      structure: values.structure,
      provinces: values.provinces,
      beltKm: values.beltKm,
    };
  }
  if (values.method === 'borderCommunes') {
    const [first = '', second = ''] = values.provinces;
    return { ...common, kind: 'units', structure: 'current', borderCommunesOf: [first, second] };
  }
  const codes = values.units.split(/[\s,;]+/).filter((code) => code !== '');
  return { ...common, kind: 'units', structure: values.structure, units: codes.map((code) => ({ code })) };
};

type CreateZoneModalProps = { opened: boolean; onClose: () => void; onCreated: (zone: Zone) => void };

/** Builds a border zone from adjacent provinces (a belt, or their border communes) or from a list of units. */
export const CreateZoneModal = ({ opened, onClose, onCreated }: CreateZoneModalProps) => {
  const { t } = useTranslation();
  const create = useCreateZone();
  const { values, set, reset } = useFormValues<Values>(EMPTY);
  const structure = values.method === 'borderCommunes' ? 'current' : values.structure;
  const provinces = useProvinceOptions(structure);
  const { fields, general } = useFormErrors(create.error, {
    units_not_adjacent: values.method === 'units' ? 'units' : 'provinces',
    zone_single_jurisdiction: values.method === 'units' ? 'units' : 'provinces',
  });
  const close = () => {
    create.reset();
    reset();
    onClose();
  };
  const submit = () => {
    create.mutate(toBody(values), {
      onSuccess: (zone) => {
        onCreated(zone);
        close();
      },
    });
  };
  const provinceError = fields.provinces ?? fields.borderCommunesOf;
  return (
    <FormShell
      title={t('geo.zones.createTitle')}
      opened={opened}
      general={general}
      isPending={create.isPending}
      testId="zone-form"
      submitLabel={t('geo.zones.create')}
      onClose={close}
      onSubmit={submit}
    >
      <SegmentedControl
        value={values.method}
        onChange={(method) => isZoneMethod(method) && set('method', method)}
        data={[
          { value: 'belt', label: t('geo.zones.method.belt') },
          { value: 'borderCommunes', label: t('geo.zones.method.borderCommunes') },
          { value: 'units', label: t('geo.zones.method.units') },
        ]}
      />
      <TextInput
        label={t('geo.zones.name')}
        value={values.name}
        onChange={(event) => set('name', event.currentTarget.value)}
        error={fields.name}
        withAsterisk
        data-testid="zone-form-name"
      />
      <Textarea
        label={t('geo.zones.description')}
        value={values.description}
        onChange={(event) => set('description', event.currentTarget.value)}
        error={fields.description}
        autosize
        minRows={2}
      />
      {values.method !== 'borderCommunes' && (
        <StructureControl value={values.structure} onChange={(next) => set('structure', next)} />
      )}
      {values.method !== 'units' && (
        <MultiSelect
          label={t('geo.zones.provinces')}
          description={t(values.method === 'belt' ? 'geo.zones.beltHint' : 'geo.zones.borderCommunesHint')}
          data={(provinces.data ?? []).map((unit) => ({ value: unit.code, label: unit.fullName }))}
          value={values.provinces}
          onChange={(codes) => set('provinces', codes)}
          maxValues={values.method === 'belt' ? 10 : 2}
          searchable
          error={provinceError}
          withAsterisk
          data-testid="zone-form-provinces"
        />
      )}
      {values.method === 'belt' && (
        <NumberInput
          label={t('geo.zones.beltKm')}
          value={values.beltKm}
          onChange={(value) => set('beltKm', typeof value === 'number' ? value : Number(value))}
          min={0.5}
          max={50}
          step={0.5}
          decimalScale={1}
          error={fields.beltKm}
          withAsterisk
        />
      )}
      {values.method === 'units' && (
        <Textarea
          label={t('geo.zones.units')}
          description={t('geo.zones.unitsHint')}
          value={values.units}
          onChange={(event) => set('units', event.currentTarget.value)}
          error={fields.units}
          autosize
          minRows={3}
          withAsterisk
        />
      )}
    </FormShell>
  );
};
