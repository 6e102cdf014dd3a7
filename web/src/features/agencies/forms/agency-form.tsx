import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { useCreateAgency, useUpdateAgency } from '../api';
import { AgencyPicker } from '../components/agency-picker';
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
  const [values, setValues] = useState<Values>(() => valuesOf(agency));
  const { fields, general } = useFormErrors(mutation.error, FIELD_OF_CODE);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
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
    <Modal
      opened
      onClose={onClose}
      title={t(agency ? 'agencies.form.editTitle' : 'agencies.form.createTitle')}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {general && (
            <Alert color="red" variant="light" data-testid="agency-form-error">
              {general}
            </Alert>
          )}
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
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('agencies.form.validFrom')}
              value={values.validFrom}
              onChange={(event) => set('validFrom', event.currentTarget.value)}
              error={fields.validFrom}
            />
            <TextInput
              type="date"
              label={t('agencies.form.validUntil')}
              description={t('agencies.form.validUntilHint')}
              value={values.validUntil}
              onChange={(event) => set('validUntil', event.currentTarget.value)}
              error={fields.validUntil}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="agency-form-submit">
              {t('agencies.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
