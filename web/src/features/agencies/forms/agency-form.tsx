import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { useCreateAgency, useUpdateAgency } from '../api';
import { AgencyPicker } from '../components/agency-picker';
import { PeriodFields } from '../components/period-fields';
import { AGENCY_KINDS, type AgencyDetail, type AgencyKind, isAgencyKind } from '../types';
import { textOrNull } from './form-values';

type Values = {
  code: string;
  kind: AgencyKind;
  country: string;
  nameVi: string;
  nameLocal: string;
  localLanguage: string;
  nameEn: string;
  parentId: string | null;
  validFrom: string;
  validUntil: string;
};

const valuesOf = (agency: AgencyDetail | null): Values => ({
  code: agency?.code ?? '',
  kind: agency?.kind ?? 'provincial',
  country: agency?.country ?? 'VN',
  nameVi: agency?.nameVi ?? '',
  nameLocal: agency?.nameLocal ?? '',
  localLanguage: agency?.localLanguage ?? '',
  nameEn: agency?.nameEn ?? '',
  parentId: agency?.parentId ?? null,
  validFrom: agency?.validFrom ?? '',
  validUntil: agency?.validUntil ?? '',
});

const FIELD_OF_CODE = { agency_code_taken: 'code', invalid_parent: 'parentId', unknown_agency: 'parentId' };

type AgencyFormModalProps = {
  opened: boolean;
  /** The agency to edit, or null to register a new one. */
  agency: AgencyDetail | null;
  onClose: () => void;
  onSaved: (agency: AgencyDetail) => void;
};

/** Registers an agency or changes one; code, kind and country are fixed once registered. */
export const AgencyFormModal = (props: AgencyFormModalProps) =>
  props.opened ? <AgencyForm {...props} key={props.agency?.version ?? 'new'} /> : null;

const AgencyForm = ({ agency, onClose, onSaved }: AgencyFormModalProps) => {
  const { t } = useTranslation();
  const create = useCreateAgency();
  const update = useUpdateAgency();
  const mutation = agency ? update : create;
  const { values, set } = useFormValues<Values>(() => valuesOf(agency));
  const { fields, general } = useFormErrors(mutation.error, FIELD_OF_CODE);
  const submit = () => {
    const common = {
      nameVi: values.nameVi.trim(),
      nameLocal: textOrNull(values.nameLocal),
      localLanguage: textOrNull(values.localLanguage),
      nameEn: textOrNull(values.nameEn),
      parentId: values.parentId,
      validFrom: textOrNull(values.validFrom),
      validUntil: textOrNull(values.validUntil),
    };
    const callbacks = {
      onSuccess: (saved: AgencyDetail) => {
        onSaved(saved);
        onClose();
      },
    };
    if (agency) {
      update.mutate({ id: agency.id, version: agency.version, ...common }, callbacks);
    } else {
      const code = values.code.trim().toUpperCase();
      create.mutate(
        { ...common, code, kind: values.kind, country: values.country.trim().toUpperCase() },
        callbacks,
      );
    }
  };
  return (
    <FormShell
      title={t(agency ? 'agencies.form.editTitle' : 'agencies.form.createTitle')}
      general={general}
      isPending={mutation.isPending}
      testId="agency-form"
      onClose={onClose}
      onSubmit={submit}
    >
      {!agency && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('agencies.form.code')}
            value={values.code}
            onChange={(event) => set('code', event.currentTarget.value)}
            error={fields.code}
            withAsterisk
            data-testid="agency-form-code"
          />
          <Select
            label={t('agencies.form.kind')}
            data={AGENCY_KINDS.map((value) => ({ value, label: t(`agencies.kind.${value}`) }))}
            value={values.kind}
            onChange={(value) => isAgencyKind(value) && set('kind', value)}
            error={fields.kind}
            allowDeselect={false}
            withAsterisk
          />
          <TextInput
            label={t('agencies.form.country')}
            value={values.country}
            onChange={(event) => set('country', event.currentTarget.value)}
            error={fields.country}
            maxLength={2}
            withAsterisk
          />
        </SimpleGrid>
      )}
      <TextInput
        label={t('agencies.form.nameVi')}
        value={values.nameVi}
        onChange={(event) => set('nameVi', event.currentTarget.value)}
        error={fields.nameVi}
        withAsterisk
        data-testid="agency-form-name"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('agencies.form.nameLocal')}
          value={values.nameLocal}
          onChange={(event) => set('nameLocal', event.currentTarget.value)}
          error={fields.nameLocal}
        />
        <TextInput
          label={t('agencies.form.localLanguage')}
          description={t('agencies.form.localLanguageHint')}
          value={values.localLanguage}
          onChange={(event) => set('localLanguage', event.currentTarget.value)}
          error={fields.localLanguage}
          maxLength={3}
        />
      </SimpleGrid>
      <TextInput
        label={t('agencies.form.nameEn')}
        value={values.nameEn}
        onChange={(event) => set('nameEn', event.currentTarget.value)}
        error={fields.nameEn}
      />
      <AgencyPicker
        label={t('agencies.form.parent')}
        value={values.parentId}
        initial={agency?.parent ?? null}
        onChange={(parentId) => set('parentId', parentId)}
        error={fields.parentId}
      />
      <PeriodFields value={values} onChange={set} errors={fields} hasUntilHint />
    </FormShell>
  );
};
