import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { LANGUAGES } from '../../../i18n';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { useCreateContact, useUpdateContact } from '../api';
import { PeriodFields } from '../components/period-fields';
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
  const { values, set } = useFormValues<Values>(() => valuesOf(contact));
  const { fields, general } = useFormErrors(mutation.error);
  const submit = () => {
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
    <FormShell
      title={t(contact ? 'agencies.contacts.editTitle' : 'agencies.contacts.createTitle')}
      general={general}
      isPending={mutation.isPending}
      testId="contact-form"
      onClose={onClose}
      onSubmit={submit}
    >
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
      <PeriodFields value={values} onChange={set} errors={fields} />
    </FormShell>
  );
};
