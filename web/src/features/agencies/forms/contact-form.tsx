import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { LANGUAGES } from '../../../i18n';
import { useCreateContact, useUpdateContact } from '../api';
import { CONTACT_KINDS, type Contact, type ContactKind } from '../types';
import { textOrNull } from './form-values';

type Values = {
  kind: ContactKind;
  name: string;
  rank: string;
  title: string;
  phone: string;
  email: string;
  languages: string[];
  validFrom: string;
  validUntil: string;
};

const valuesOf = (contact: Contact | null): Values => ({
  kind: contact?.kind ?? 'duty_desk',
  name: contact?.name ?? '',
  rank: contact?.rank ?? '',
  title: contact?.title ?? '',
  phone: contact?.phone ?? '',
  email: contact?.email ?? '',
  languages: contact?.languages ?? ['vi'],
  validFrom: contact?.validFrom ?? '',
  validUntil: contact?.validUntil ?? '',
});

const isContactKind = (value: string | null): value is ContactKind =>
  CONTACT_KINDS.some((kind) => kind === value);

type ContactFormModalProps = {
  agencyId: string;
  /** The contact to change, or null to add one; the form shows while `opened`. */
  contact: Contact | null;
  opened: boolean;
  onClose: () => void;
};

/** Adds or changes a duty desk or liaison officer of an agency. */
export const ContactFormModal = (props: ContactFormModalProps) =>
  props.opened ? <ContactForm {...props} key={props.contact?.id ?? 'new'} /> : null;

const ContactForm = ({ agencyId, contact, onClose }: ContactFormModalProps) => {
  const { t } = useTranslation();
  const create = useCreateContact();
  const update = useUpdateContact();
  const mutation = contact ? update : create;
  const [values, setValues] = useState<Values>(() => valuesOf(contact));
  const { fields, general } = useFormErrors(mutation.error);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = {
      agencyId,
      kind: values.kind,
      name: values.name.trim(),
      rank: textOrNull(values.rank),
      title: textOrNull(values.title),
      phone: textOrNull(values.phone),
      email: textOrNull(values.email),
      languages: values.languages,
      validFrom: textOrNull(values.validFrom),
      validUntil: textOrNull(values.validUntil),
    };
    if (contact) {
      update.mutate({ ...body, contactId: contact.id, version: contact.version }, { onSuccess: onClose });
    } else {
      create.mutate(body, { onSuccess: onClose });
    }
  };
  const text = (key: 'name' | 'rank' | 'title' | 'phone' | 'email', isRequired = false) => (
    <TextInput
      label={t(`agencies.contacts.${key === 'title' ? 'position' : key}`)}
      value={values[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={fields[key]}
      withAsterisk={isRequired}
      data-testid={`contact-form-${key}`}
    />
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(contact ? 'agencies.contacts.editTitle' : 'agencies.contacts.createTitle')}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {general && (
            <Alert color="red" variant="light" data-testid="contact-form-error">
              {general}
            </Alert>
          )}
          <Select
            label={t('agencies.contacts.kind')}
            data={CONTACT_KINDS.map((value) => ({ value, label: t(`agencies.contactKind.${value}`) }))}
            value={values.kind}
            onChange={(value) => isContactKind(value) && set('kind', value)}
            allowDeselect={false}
            error={fields.kind}
          />
          {text('name', true)}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('rank')}
            {text('title')}
            {text('phone')}
            {text('email')}
          </SimpleGrid>
          <MultiSelect
            label={t('agencies.contacts.languages')}
            data={LANGUAGES.map((language) => ({ value: language.code, label: language.label }))}
            value={values.languages}
            onChange={(languages) => set('languages', languages)}
            error={fields.languages}
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
              value={values.validUntil}
              onChange={(event) => set('validUntil', event.currentTarget.value)}
              error={fields.validUntil}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="contact-form-submit">
              {t('agencies.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
