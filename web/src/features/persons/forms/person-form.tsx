import { MultiSelect, Select, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { rowIssuesOf } from '../../agencies/forms/form-values';
import { useRowErrors } from '../../agreements/forms/row-list';
import { CRIME_DOMAINS, isOneOf } from '../../agreements/types';
import { useCreatePerson } from '../api';
import { DATA_SUBJECT_CATEGORIES, PERSON_ROLES, type PersonFull, SEXES } from '../types';
import { AddressField } from './address-field';
import { HandlingFields } from './handling-fields';
import { IdentityDocumentsField } from './identity-documents-field';
import { emptyPersonValues, type PersonValues, toCreateBody } from './person-values';

// Problems whose codes name one field: shown there, not above the form.
const FIELD_OF_CODE = {
  invalid_birth_date: 'birthDate',
  invalid_identity_number: 'identityDocuments',
  unknown_unit: 'addresses',
};

type PersonFormModalProps = {
  opened: boolean;
  onClose: () => void;
  onSaved: (person: PersonFull) => void;
};

/** Records a person of interest owned by the user's agency. */
export const PersonFormModal = (props: PersonFormModalProps) =>
  props.opened ? <PersonForm {...props} /> : null;

const PersonForm = ({ onClose, onSaved }: PersonFormModalProps) => {
  const { t } = useTranslation();
  const create = useCreatePerson();
  const { values, set } = useFormValues<PersonValues>(emptyPersonValues);
  const { fields, general } = useFormErrors(create.error, FIELD_OF_CODE);
  const documentError = useRowErrors(create.error, 'identityDocuments');
  const addressError = useRowErrors(create.error, 'addresses');
  const submit = () =>
    create.mutate(toCreateBody(values), {
      onSuccess: (saved) => {
        onSaved(saved);
        onClose();
      },
    });
  return (
    <FormShell
      title={t('persons.form.title')}
      size="xl"
      general={general}
      isPending={create.isPending}
      testId="person-form"
      submitLabel={t('persons.form.submit')}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput
        label={t('persons.form.fullName')}
        value={values.fullName}
        onChange={(event) => set('fullName', event.currentTarget.value)}
        error={fields.fullName}
        withAsterisk
        data-testid="person-form-fullName"
      />
      <TagsInput
        label={t('persons.form.aliases')}
        description={t('persons.form.aliasesHint')}
        value={values.aliases}
        onChange={(aliases) => set('aliases', aliases)}
        error={fields.aliases}
        data-testid="person-form-aliases"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('persons.form.sex')}
          data={SEXES.map((sex) => ({ value: sex, label: t(`persons.sex.${sex}`) }))}
          value={values.sex}
          onChange={(sex) => isOneOf(SEXES, sex) && set('sex', sex)}
          error={fields.sex}
          allowDeselect={false}
          data-testid="person-form-sex"
        />
        <TextInput
          label={t('persons.form.birthDate')}
          description={t('persons.form.birthDateHint')}
          placeholder="1988-04-12"
          value={values.birthDate}
          onChange={(event) => set('birthDate', event.currentTarget.value)}
          error={fields.birthDate}
          data-testid="person-form-birthDate"
        />
      </SimpleGrid>
      <IdentityDocumentsField
        value={values.documents}
        onChange={(documents) => set('documents', documents)}
        rowError={documentError}
        error={
          rowIssuesOf(create.error, 'identityDocuments').size === 0 ? fields.identityDocuments : undefined
        }
      />
      <AddressField
        value={values.address}
        onChange={(address) => set('address', address)}
        error={addressError(0, 'unitCode') ?? fields.addresses}
      />
      <MultiSelect
        label={t('persons.form.roles')}
        data={PERSON_ROLES.map((role) => ({ value: role, label: t(`persons.role.${role}`) }))}
        value={values.roles}
        onChange={(roles) =>
          set(
            'roles',
            roles.filter((role) => isOneOf(PERSON_ROLES, role)),
          )
        }
        error={fields.roles}
        clearable
        data-testid="person-form-roles"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('persons.form.dataSubjectCategory')}
          data={DATA_SUBJECT_CATEGORIES.map((code) => ({
            value: code,
            label: t(`persons.category.${code}`),
          }))}
          value={values.dataSubjectCategory}
          onChange={(code) => isOneOf(DATA_SUBJECT_CATEGORIES, code) && set('dataSubjectCategory', code)}
          error={fields.dataSubjectCategory}
          allowDeselect={false}
          withAsterisk
        />
        <Select
          label={t('persons.form.crimeDomain')}
          data={CRIME_DOMAINS.map((domain) => ({ value: domain, label: t(`agreements.domain.${domain}`) }))}
          value={values.crimeDomain}
          onChange={(domain) => isOneOf(CRIME_DOMAINS, domain) && set('crimeDomain', domain)}
          error={fields.crimeDomain}
          allowDeselect={false}
        />
      </SimpleGrid>
      <HandlingFields
        value={values.handling}
        onChange={(handling) => set('handling', handling)}
        errors={fields}
      />
      <Textarea
        label={t('persons.form.note')}
        value={values.note}
        onChange={(event) => set('note', event.currentTarget.value)}
        error={fields.note}
        autosize
        minRows={2}
      />
    </FormShell>
  );
};
