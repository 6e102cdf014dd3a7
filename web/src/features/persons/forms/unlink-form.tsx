import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import type { PersonLinkView } from '../link-types';
import { useRemovePersonLink } from '../record-api';

type UnlinkFormProps = { link: PersonLinkView; linkedName: string; onClose: () => void };

/** Asks before removing a link, with the reason the person's history keeps (required). */
export const UnlinkForm = ({ link, linkedName, onClose }: UnlinkFormProps) => {
  const { t } = useTranslation();
  const remove = useRemovePersonLink();
  const [reason, setReason] = useState('');
  const { fields, general } = useFormErrors(remove.error);
  return (
    <FormShell
      title={t('persons.links.unlink.title')}
      general={general}
      isPending={remove.isPending}
      testId="unlink-form"
      submitLabel={t('persons.links.unlink.submit')}
      onClose={onClose}
      onSubmit={() =>
        remove.mutate(
          { personId: link.personId, linkId: link.id, reason: reason.trim() },
          { onSuccess: onClose },
        )
      }
    >
      <Text size="sm">
        {t('persons.links.unlink.question', {
          person: linkedName,
          kind: t(`persons.links.kind.${link.kind}`),
        })}
      </Text>
      <Textarea
        label={t('persons.links.unlink.reason')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={fields.reason}
        withAsterisk
        autosize
        minRows={2}
        data-testid="unlink-form-reason"
      />
    </FormShell>
  );
};
