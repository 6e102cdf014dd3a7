import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { isOneOf } from '../../agreements/types';
import { HandlingFields } from '../../persons/forms/handling-fields';
import type { HandlingValues } from '../../persons/forms/person-values';
import { useCreateOperation } from '../api';
import { OPERATION_STATUSES, type OperationFull, type OperationStatus } from '../types';
import { ParticipantsField, type ParticipantValue } from './participants-field';
import { PersonsField, type PersonValue } from './persons-field';

const FIELD_OF_CODE = {
  operation_code_taken: 'codeName',
  date_in_future: 'startedOn',
  invalid_period: 'endedOn',
  classification_above_clearance: 'classification',
  unknown_person: 'targets',
  share_to_owner: 'agencies',
};

type OperationValues = {
  codeName: string;
  startedOn: string;
  endedOn: string;
  status: OperationStatus;
  result: string;
  agencies: ParticipantValue[];
  targets: PersonValue[];
  handling: HandlingValues;
};

type OperationFormModalProps = {
  opened: boolean;
  onClose: () => void;
  onSaved: (saved: OperationFull) => void;
};

/** Opens a special operation led by the user's agency: H2 unless stated (participants do not pass it on). */
export const OperationFormModal = (props: OperationFormModalProps) =>
  props.opened ? <OperationForm {...props} /> : null;

const OperationForm = ({ onClose, onSaved }: OperationFormModalProps) => {
  const { t } = useTranslation();
  const create = useCreateOperation();
  const { values, set } = useFormValues<OperationValues>(() => ({
    codeName: '',
    startedOn: new Date().toISOString().slice(0, 10),
    endedOn: '',
    status: 'active',
    result: '',
    agencies: [],
    targets: [],
    handling: {
      classification: 'none',
      handlingCode: 'H2',
      releasableToForeign: false,
      sourceReliability: null,
      informationAccuracy: null,
    },
  }));
  const { fields, general } = useFormErrors(create.error, FIELD_OF_CODE);
  const submit = () =>
    create.mutate(
      {
        codeName: values.codeName,
        startedOn: values.startedOn,
        endedOn: values.endedOn || null,
        status: values.status,
        result: values.result || null,
        agencies: values.agencies.map(({ agencyId, role }) => ({ agencyId, role })),
        targets: values.targets.map(({ personId }) => ({ personId })),
        ...values.handling,
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
      title={t('cases.operationForm.title')}
      size="xl"
      general={general}
      isPending={create.isPending}
      testId="operation-form"
      submitLabel={t('cases.operationForm.submit')}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput
        label={t('cases.operation.codeName')}
        value={values.codeName}
        onChange={(event) => set('codeName', event.currentTarget.value)}
        error={fields.codeName}
        withAsterisk
        data-testid="operation-form-codeName"
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          type="date"
          label={t('cases.operation.startedOn')}
          value={values.startedOn}
          onChange={(event) => set('startedOn', event.currentTarget.value)}
          error={fields.startedOn}
          withAsterisk
        />
        <TextInput
          type="date"
          label={t('cases.operation.endedOn')}
          value={values.endedOn}
          onChange={(event) => set('endedOn', event.currentTarget.value)}
          error={fields.endedOn}
        />
        <Select
          label={t('cases.list.status')}
          data={OPERATION_STATUSES.map((s) => ({ value: s, label: t(`cases.operationStatus.${s}`) }))}
          value={values.status}
          onChange={(s) => isOneOf(OPERATION_STATUSES, s) && set('status', s)}
          allowDeselect={false}
        />
      </SimpleGrid>
      <ParticipantsField
        label={t('cases.form.agencies')}
        description={t('cases.operationForm.agenciesHint')}
        value={values.agencies}
        onChange={(agencies) => set('agencies', agencies)}
        withRoles
        error={fields.agencies}
      />
      <PersonsField
        label={t('cases.operation.targets')}
        value={values.targets}
        onChange={(targets) => set('targets', targets)}
        withRoles={false}
        error={fields.targets}
      />
      <Textarea
        label={t('cases.operation.result')}
        value={values.result}
        onChange={(event) => set('result', event.currentTarget.value)}
        error={fields.result}
        autosize
        minRows={2}
      />
      <HandlingFields
        value={values.handling}
        onChange={(handling) => set('handling', handling)}
        errors={fields}
      />
    </FormShell>
  );
};
