import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useRevokeShare } from '../api';
import type { ShareView } from '../share-types';

type RevokeFormProps = { share: ShareView; onClose: () => void };

/** Asks before revoking a share, with the reason the audit keeps (required). */
export const RevokeForm = ({ share, onClose }: RevokeFormProps) => {
  const { t } = useTranslation();
  const revoke = useRevokeShare();
  const [reason, setReason] = useState('');
  const { fields, general } = useFormErrors(revoke.error);
  return (
    <FormShell
      title={t('persons.revokeForm.title')}
      general={general}
      isPending={revoke.isPending}
      testId="revoke-form"
      submitLabel={t('persons.revokeForm.submit')}
      onClose={onClose}
      onSubmit={() => revoke.mutate({ shareId: share.id, reason: reason.trim() }, { onSuccess: onClose })}
    >
      <Text size="sm">
        {t('persons.revokeForm.question', {
          agency: share.recipientAgency.nameVi,
          level: t(`agreements.level.${share.level}`),
        })}
      </Text>
      <Textarea
        label={t('persons.revokeForm.reason')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={fields.reason}
        withAsterisk
        autosize
        minRows={2}
        data-testid="revoke-form-reason"
      />
    </FormShell>
  );
};
