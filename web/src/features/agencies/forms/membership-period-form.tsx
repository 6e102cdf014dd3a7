import { SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { useUpdateMembership } from '../api';
import type { GroupDetail, Membership } from '../types';
import { textOrNull } from './form-values';
import { FormShell } from './group-forms';

type MembershipPeriodFormProps = { group: GroupDetail; membership: Membership; onClose: () => void };

/** Changes the period in which a force is a member of a cluster or route. */
export const MembershipPeriodForm = ({ group, membership, onClose }: MembershipPeriodFormProps) => {
  const { t } = useTranslation();
  const update = useUpdateMembership();
  const [validFrom, setValidFrom] = useState(membership.validFrom ?? '');
  const [validUntil, setValidUntil] = useState(membership.validUntil ?? '');
  const { fields, general } = useFormErrors(update.error, { membership_overlap: 'validFrom' });
  const submit = () =>
    update.mutate(
      {
        groupId: group.id,
        membershipId: membership.id,
        version: group.version,
        validFrom: textOrNull(validFrom),
        validUntil: textOrNull(validUntil),
      },
      { onSuccess: onClose },
    );
  return (
    <FormShell
      title={t('agencies.membershipForm.title', { agency: membership.agency.nameVi })}
      general={general}
      isPending={update.isPending}
      testId="membership-form"
      onClose={onClose}
      onSubmit={submit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('agencies.form.validFrom')}
          value={validFrom}
          onChange={(event) => setValidFrom(event.currentTarget.value)}
          error={fields.validFrom}
          data-testid="membership-form-valid-from"
        />
        <TextInput
          type="date"
          label={t('agencies.form.validUntil')}
          description={t('agencies.form.validUntilHint')}
          value={validUntil}
          onChange={(event) => setValidUntil(event.currentTarget.value)}
          error={fields.validUntil}
          data-testid="membership-form-valid-until"
        />
      </SimpleGrid>
    </FormShell>
  );
};
