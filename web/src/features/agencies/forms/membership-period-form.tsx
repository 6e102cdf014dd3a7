import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { useUpdateMembership } from '../api';
import { PeriodFields } from '../components/period-fields';
import type { GroupDetail, Membership } from '../types';
import { textOrNull } from './form-values';

type MembershipPeriodFormProps = { group: GroupDetail; membership: Membership; onClose: () => void };

/** Changes the period in which a force is a member of a cluster or route. */
export const MembershipPeriodForm = ({ group, membership, onClose }: MembershipPeriodFormProps) => {
  const { t } = useTranslation();
  const update = useUpdateMembership();
  const { values, set } = useFormValues({
    validFrom: membership.validFrom ?? '',
    validUntil: membership.validUntil ?? '',
  });
  const { fields, general } = useFormErrors(update.error, { membership_overlap: 'validFrom' });
  const submit = () =>
    update.mutate(
      {
        groupId: group.id,
        membershipId: membership.id,
        version: group.version,
        validFrom: textOrNull(values.validFrom),
        validUntil: textOrNull(values.validUntil),
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
      <PeriodFields value={values} onChange={set} errors={fields} hasUntilHint testId="membership-form" />
    </FormShell>
  );
};
