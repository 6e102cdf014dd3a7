import { Group, Input, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { UnitPicker } from '../../agencies/components/unit-picker';
import { isOneOf } from '../../agreements/types';
import { StructureControl } from '../../geo/components/structure-control';
import type { Structure } from '../../geo/types';
import { HandlingFields } from '../../persons/forms/handling-fields';
import type { HandlingValues } from '../../persons/forms/person-values';
import { useCreateCase } from '../api';
import { CASE_KINDS, type CaseFull, type CaseKind, OFFENCES, type Offence } from '../types';
import { ParticipantsField, type ParticipantValue } from './participants-field';
import { PersonsField, type PersonValue } from './persons-field';

// Problems whose codes name one field: shown there, not above the form.
const FIELD_OF_CODE = {
  date_in_future: 'occurredOn',
  offence_required: 'offence',
  unknown_unit: 'place',
  unknown_person: 'persons',
  unknown_operation: 'operationId',
  classification_above_clearance: 'classification',
  share_to_owner: 'agencies',
  not_releasable_to_foreign: 'agencies',
  classified_to_foreign: 'agencies',
};

type CaseValues = {
  kind: CaseKind;
  title: string;
  occurredOn: string;
  structure: Structure;
  unitCode: string | null;
  unitName: string | null;
  detail: string;
  offence: Offence | null;
  summary: string;
  agencies: ParticipantValue[];
  persons: PersonValue[];
  handling: HandlingValues;
};

const today = () => new Date().toISOString().slice(0, 10);

const emptyValues = (): CaseValues => ({
  kind: 'incident',
  title: '',
  occurredOn: today(),
  structure: 'current',
  unitCode: null,
  unitName: null,
  detail: '',
  offence: null,
  summary: '',
  agencies: [],
  persons: [],
  handling: {
    classification: 'none',
    handlingCode: 'H0',
    releasableToForeign: false,
    sourceReliability: null,
    informationAccuracy: null,
  },
});

type CaseFormModalProps = { opened: boolean; onClose: () => void; onSaved: (saved: CaseFull) => void };

/** Records an incident or a criminal case led by the user's agency. */
export const CaseFormModal = (props: CaseFormModalProps) => (props.opened ? <CaseForm {...props} /> : null);

const CaseForm = ({ onClose, onSaved }: CaseFormModalProps) => {
  const { t } = useTranslation();
  const create = useCreateCase();
  const { values, set } = useFormValues<CaseValues>(emptyValues);
  const { fields, general } = useFormErrors(create.error, FIELD_OF_CODE);
  const submit = () =>
    create.mutate(
      {
        kind: values.kind,
        title: values.title,
        occurredOn: values.occurredOn,
        place: {
          structure: values.structure,
          unitCode: values.unitCode ?? '',
          detail: values.detail || null,
        },
        offence: values.offence,
        summary: values.summary || null,
        agencies: values.agencies.map(({ agencyId, role }) => ({ agencyId, role })),
        persons: values.persons.map(({ personId, role }) => ({ personId, role })),
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
      title={t('cases.form.title')}
      size="xl"
      general={general}
      isPending={create.isPending}
      testId="case-form"
      submitLabel={t('cases.form.submit')}
      onClose={onClose}
      onSubmit={submit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('cases.form.kind')}
          data={CASE_KINDS.map((kind) => ({ value: kind, label: t(`cases.kind.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => isOneOf(CASE_KINDS, kind) && set('kind', kind)}
          error={fields.kind}
          allowDeselect={false}
          data-testid="case-form-kind"
        />
        <TextInput
          type="date"
          label={t('cases.form.occurredOn')}
          value={values.occurredOn}
          onChange={(event) => set('occurredOn', event.currentTarget.value)}
          error={fields.occurredOn}
          withAsterisk
          data-testid="case-form-occurredOn"
        />
      </SimpleGrid>
      <TextInput
        label={t('cases.form.caseTitle')}
        value={values.title}
        onChange={(event) => set('title', event.currentTarget.value)}
        error={fields.title}
        withAsterisk
        data-testid="case-form-title"
      />
      <Input.Wrapper label={t('cases.form.place')} error={fields.place} withAsterisk>
        <Group align="flex-start" wrap="nowrap" mt={4}>
          <StructureControl
            value={values.structure}
            onChange={(structure) => {
              set('structure', structure);
              set('unitCode', null);
            }}
          />
          <div style={{ flex: 1 }}>
            <UnitPicker
              structure={values.structure}
              value={values.unitCode}
              initialName={values.unitName}
              onChange={(unit) => {
                set('unitCode', unit?.code ?? null);
                set('unitName', unit?.name ?? null);
              }}
              testId="case-form-unit"
            />
          </div>
        </Group>
        <TextInput
          mt="xs"
          aria-label={t('cases.form.placeDetail')}
          placeholder={t('cases.form.placeDetail')}
          value={values.detail}
          onChange={(event) => set('detail', event.currentTarget.value)}
        />
      </Input.Wrapper>
      <Select
        label={t('cases.form.offence')}
        description={t('cases.form.offenceHint')}
        data={OFFENCES.map((code) => ({ value: code, label: t(`cases.offence.${code}`) }))}
        value={values.offence}
        onChange={(code) => set('offence', isOneOf(OFFENCES, code) ? code : null)}
        error={fields.offence}
        clearable
        searchable
        data-testid="case-form-offence"
      />
      <ParticipantsField
        label={t('cases.form.agencies')}
        description={t('cases.form.agenciesHint')}
        value={values.agencies}
        onChange={(agencies) => set('agencies', agencies)}
        withRoles
        error={fields.agencies}
      />
      <PersonsField
        label={t('cases.form.persons')}
        value={values.persons}
        onChange={(persons) => set('persons', persons)}
        withRoles
        error={fields.persons}
      />
      <Textarea
        label={t('cases.form.summary')}
        value={values.summary}
        onChange={(event) => set('summary', event.currentTarget.value)}
        error={fields.summary}
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
