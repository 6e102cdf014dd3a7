import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { AgencyPicker } from '../../agencies/components/agency-picker';
import { textOrNull } from '../../agencies/forms/form-values';
import { isOneOf, SHARING_LEVELS, type SharingLevel } from '../../agreements/types';
import { useSharePerson } from '../api';

type Values = { recipientAgencyId: string | null; level: SharingLevel; purpose: string; expiresAt: string };

// The recipient-side refusals name the recipient; show them there rather than above the form.
const FIELD_OF_CODE = {
  share_to_owner: 'recipientAgencyId',
  not_releasable_to_foreign: 'recipientAgencyId',
  classified_to_foreign: 'recipientAgencyId',
  handling_forbids_forwarding: 'recipientAgencyId',
  unknown_agency: 'recipientAgencyId',
  invalid_expiry: 'expiresAt',
};

/** A `datetime-local` value (the officer's local time) as the ISO instant the API takes. */
const instantOf = (local: string): string | undefined => {
  const text = textOrNull(local);
  const date = text ? new Date(text) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
};

type ShareFormProps = { personId: string; onClose: () => void };

/** Shares the person with another agency at a level, for a stated purpose, optionally until a moment. */
export const ShareForm = ({ personId, onClose }: ShareFormProps) => {
  const { t } = useTranslation();
  const share = useSharePerson();
  const { values, set } = useFormValues<Values>({
    recipientAgencyId: null,
    level: 'summary',
    purpose: '',
    expiresAt: '',
  });
  const { fields, general } = useFormErrors(share.error, FIELD_OF_CODE);
  const submit = () => {
    const expiresAt = instantOf(values.expiresAt);
    share.mutate(
      {
        personId,
        recipientAgencyId: values.recipientAgencyId ?? '',
        level: values.level,
        purpose: values.purpose.trim(),
        ...(expiresAt ? { expiresAt } : {}),
      },
      { onSuccess: onClose },
    );
  };
  return (
    <FormShell
      title={t('persons.shareForm.title')}
      general={general}
      isPending={share.isPending}
      testId="share-form"
      submitLabel={t('persons.shareForm.submit')}
      onClose={onClose}
      onSubmit={submit}
    >
      <AgencyPicker
        label={t('persons.shareForm.recipient')}
        value={values.recipientAgencyId}
        onChange={(agencyId) => set('recipientAgencyId', agencyId)}
        error={fields.recipientAgencyId}
        withAsterisk
        testId="share-form-recipient"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('persons.shareForm.level')}
          data={SHARING_LEVELS.map((level) => ({ value: level, label: t(`agreements.level.${level}`) }))}
          value={values.level}
          onChange={(level) => isOneOf(SHARING_LEVELS, level) && set('level', level)}
          error={fields.level}
          allowDeselect={false}
          data-testid="share-form-level"
        />
        <TextInput
          type="datetime-local"
          label={t('persons.shareForm.expiresAt')}
          description={t('persons.shareForm.expiresAtHint')}
          value={values.expiresAt}
          onChange={(event) => set('expiresAt', event.currentTarget.value)}
          error={fields.expiresAt}
          data-testid="share-form-expiresAt"
        />
      </SimpleGrid>
      <Textarea
        label={t('persons.shareForm.purpose')}
        description={t('persons.shareForm.purposeHint')}
        value={values.purpose}
        onChange={(event) => set('purpose', event.currentTarget.value)}
        error={fields.purpose}
        withAsterisk
        autosize
        minRows={2}
        data-testid="share-form-purpose"
      />
    </FormShell>
  );
};
