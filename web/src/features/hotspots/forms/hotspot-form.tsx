import { MultiSelect, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { todayDay } from '../../../ui/format';
import { useFormValues } from '../../../ui/use-form-values';
import { isOneOf } from '../../agreements/types';
import { useCreateHotspot } from '../api';
import {
  type CreateHotspotBody,
  DRUG_SUBSTANCES,
  HOTSPOT_KINDS,
  type HotspotFull,
  type HotspotKind,
} from '../types';

// Problems whose codes name one field: shown there, not above the form.
const FIELD_OF_CODE = {
  point_outside_country: 'lat',
  point_outside_coverage: 'lat',
  date_in_future: 'reportedOn',
};

type Values = {
  kind: HotspotKind;
  name: string;
  drugs: string[];
  lat: number | string;
  lon: number | string;
  address: string;
  reportedOn: string;
  description: string;
};

const empty = (): Values => ({
  kind: 'point',
  name: '',
  drugs: [],
  lat: '',
  lon: '',
  address: '',
  reportedOn: todayDay(),
  description: '',
});

/** The body of the form; an empty coordinate goes as NaN (JSON null), which the server refuses naming `lat` or `lon`. */
const toBody = (values: Values): CreateHotspotBody => ({
  kind: values.kind,
  name: values.name,
  drugs: values.drugs.filter((d) => isOneOf(DRUG_SUBSTANCES, d)) as CreateHotspotBody['drugs'],
  lat: typeof values.lat === 'number' ? values.lat : Number.NaN,
  lon: typeof values.lon === 'number' ? values.lon : Number.NaN,
  address: values.address.trim() || null,
  reportedOn: values.reportedOn,
  description: values.description.trim() || null,
});

type HotspotFormModalProps = {
  opened: boolean;
  onClose: () => void;
  onSaved: (hotspot: HotspotFull) => void;
};

/** Records a drug point or hotspot owned by the user's agency; the server places it and names any field at fault. */
export const HotspotFormModal = (props: HotspotFormModalProps) =>
  props.opened ? <HotspotForm {...props} /> : null;

const HotspotForm = ({ onClose, onSaved }: HotspotFormModalProps) => {
  const { t } = useTranslation();
  const create = useCreateHotspot();
  const { values, set } = useFormValues<Values>(empty);
  const { fields, general } = useFormErrors(create.error, FIELD_OF_CODE);
  const submit = () =>
    create.mutate(toBody(values), {
      onSuccess: (saved) => {
        onSaved(saved);
        onClose();
      },
    });
  return (
    <FormShell
      title={t('hotspots.form.title')}
      size="lg"
      general={general}
      isPending={create.isPending}
      testId="hotspot-form"
      submitLabel={t('hotspots.form.submit')}
      onClose={onClose}
      onSubmit={submit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('hotspots.form.kind')}
          data={HOTSPOT_KINDS.map((kind) => ({ value: kind, label: t(`hotspots.kind.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => isOneOf(HOTSPOT_KINDS, kind) && set('kind', kind)}
          allowDeselect={false}
          data-testid="hotspot-form-kind"
        />
        <TextInput
          label={t('hotspots.form.reportedOn')}
          type="date"
          value={values.reportedOn}
          onChange={(event) => set('reportedOn', event.currentTarget.value)}
          error={fields.reportedOn}
          data-testid="hotspot-form-reportedOn"
        />
      </SimpleGrid>
      <TextInput
        label={t('hotspots.form.name')}
        value={values.name}
        onChange={(event) => set('name', event.currentTarget.value)}
        error={fields.name}
        withAsterisk
        data-testid="hotspot-form-name"
      />
      <MultiSelect
        label={t('hotspots.form.drugs')}
        data={DRUG_SUBSTANCES.map((drug) => ({ value: drug, label: t(`hotspots.drug.${drug}`) }))}
        value={values.drugs}
        onChange={(drugs) => set('drugs', drugs)}
        error={fields.drugs}
        clearable
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('hotspots.form.lat')}
          description={t('hotspots.form.coordinatesHint')}
          value={values.lat}
          onChange={(lat) => set('lat', lat)}
          decimalScale={6}
          error={fields.lat}
          withAsterisk
          data-testid="hotspot-form-lat"
        />
        <NumberInput
          label={t('hotspots.form.lon')}
          value={values.lon}
          onChange={(lon) => set('lon', lon)}
          decimalScale={6}
          error={fields.lon ?? (fields.lat ? ' ' : undefined)}
          withAsterisk
          data-testid="hotspot-form-lon"
        />
      </SimpleGrid>
      <TextInput
        label={t('hotspots.form.address')}
        value={values.address}
        onChange={(event) => set('address', event.currentTarget.value)}
        error={fields.address}
      />
      <Textarea
        label={t('hotspots.form.description')}
        value={values.description}
        onChange={(event) => set('description', event.currentTarget.value)}
        error={fields.description}
        autosize
        minRows={2}
      />
    </FormShell>
  );
};
