import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { isOneOf } from '../../agreements/types';
import { useCreateSeizure } from '../api';
import {
  ALLOWED_UNITS,
  type Exhibit,
  QUANTITY_UNITS,
  type QuantityUnit,
  type SeizureFull,
  SUBSTANCES,
  type Substance,
} from '../types';
import { ExhibitsField } from './exhibits-field';
import { ParticipantsField, type ParticipantValue } from './participants-field';

const FIELD_OF_CODE = {
  date_in_future: 'seizedOn',
  unit_not_allowed: 'unit',
  quantity_out_of_range: 'quantity',
  classification_above_clearance: 'seizedOn',
  share_to_owner: 'agencies',
};

type SeizureValues = {
  seizedOn: string;
  substance: Substance | null;
  quantity: number | null;
  unit: QuantityUnit | null;
  exhibits: Exhibit[];
  agencies: ParticipantValue[];
  holderUnit: string;
  holderPerson: string;
  note: string;
};

type SeizureFormModalProps = {
  caseId: string;
  opened: boolean;
  onClose: () => void;
  onSaved: (saved: SeizureFull) => void;
};

/** Records a seizure on a case: a drug in a unit that fits it, exhibits, the forces it was made with. */
export const SeizureFormModal = (props: SeizureFormModalProps) =>
  props.opened ? <SeizureForm {...props} /> : null;

const SeizureForm = ({ caseId, onClose, onSaved }: SeizureFormModalProps) => {
  const { t } = useTranslation();
  const create = useCreateSeizure(caseId);
  const { values, set } = useFormValues<SeizureValues>(() => ({
    seizedOn: new Date().toISOString().slice(0, 10),
    substance: null,
    quantity: null,
    unit: null,
    exhibits: [],
    agencies: [],
    holderUnit: '',
    holderPerson: '',
    note: '',
  }));
  const { fields, general } = useFormErrors(create.error, FIELD_OF_CODE);
  const units = values.substance ? ALLOWED_UNITS[values.substance] : QUANTITY_UNITS;
  const submit = () =>
    create.mutate(
      {
        seizedOn: values.seizedOn,
        substance: values.substance,
        quantity: values.quantity,
        unit: values.unit,
        exhibits: values.exhibits,
        agencies: values.agencies.map(({ agencyId }) => ({ agencyId })),
        holderUnit: values.holderUnit || null,
        holderPerson: values.holderPerson || null,
        note: values.note || null,
      },
      {
        onSuccess: (saved) => {
          onSaved(saved);
          onClose();
        },
      },
    );
  return (
    <FormShell
      title={t('cases.seizureForm.title')}
      size="xl"
      general={general}
      isPending={create.isPending}
      testId="seizure-form"
      submitLabel={t('cases.seizureForm.submit')}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput
        type="date"
        label={t('cases.seizure.seizedOn')}
        value={values.seizedOn}
        onChange={(event) => set('seizedOn', event.currentTarget.value)}
        error={fields.seizedOn}
        withAsterisk
        data-testid="seizure-form-seizedOn"
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('cases.seizure.substance')}
          data={SUBSTANCES.map((s) => ({ value: s, label: t(`cases.substance.${s}`) }))}
          value={values.substance}
          onChange={(s) => {
            const substance = isOneOf(SUBSTANCES, s) ? s : null;
            set('substance', substance);
            if (substance && values.unit && !ALLOWED_UNITS[substance].includes(values.unit))
              set('unit', null);
          }}
          error={fields.substance}
          clearable
          data-testid="seizure-form-substance"
        />
        <NumberInput
          label={t('cases.seizure.quantity')}
          value={values.quantity ?? ''}
          onChange={(q) => set('quantity', typeof q === 'number' ? q : null)}
          error={fields.quantity}
          decimalScale={3}
          thousandSeparator
          data-testid="seizure-form-quantity"
        />
        <Select
          label={t('cases.seizure.unit')}
          data={units.map((u) => ({ value: u, label: t(`cases.unit.${u}`) }))}
          value={values.unit}
          onChange={(u) => set('unit', isOneOf(QUANTITY_UNITS, u) ? u : null)}
          error={fields.unit}
          clearable
          data-testid="seizure-form-unit"
        />
      </SimpleGrid>
      <ExhibitsField
        value={values.exhibits}
        onChange={(exhibits) => set('exhibits', exhibits)}
        error={fields.exhibits}
      />
      <ParticipantsField
        label={t('cases.seizure.joint')}
        description={t('cases.seizure.jointHint')}
        value={values.agencies}
        onChange={(agencies) => set('agencies', agencies)}
        withRoles={false}
        error={fields.agencies}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('cases.custody.holderUnit')}
          value={values.holderUnit}
          onChange={(event) => set('holderUnit', event.currentTarget.value)}
          error={fields.holderUnit}
        />
        <TextInput
          label={t('cases.custody.holderPerson')}
          value={values.holderPerson}
          onChange={(event) => set('holderPerson', event.currentTarget.value)}
          error={fields.holderPerson}
        />
      </SimpleGrid>
      <Textarea
        label={t('cases.seizure.note')}
        value={values.note}
        onChange={(event) => set('note', event.currentTarget.value)}
        error={fields.note}
        autosize
        minRows={2}
      />
    </FormShell>
  );
};
