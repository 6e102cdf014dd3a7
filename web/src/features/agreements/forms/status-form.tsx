import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { todayDay } from '../../../ui/format';
import { useFormValues } from '../../../ui/use-form-values';
import { useAgreements, useChangeAgreementStatus } from '../api';
import { AGREEMENT_STATUSES, type AgreementDetail, type AgreementStatus, isOneOf } from '../types';

/** The status changes the API allows from each status (signing goes through its own form). */
const NEXT_STATUSES: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: [],
  signed: ['in_force', 'superseded'],
  in_force: ['suspended', 'expired', 'superseded'],
  suspended: ['in_force', 'expired', 'superseded'],
  expired: [],
  superseded: [],
};

/** Tells whether an agreement in this status can move on through `/status`. */
export const hasNextStatus = (status: AgreementStatus): boolean => NEXT_STATUSES[status].length > 0;

type Values = { status: AgreementStatus | null; on: string; supersededById: string | null };

type StatusFormProps = { agreement: AgreementDetail; onClose: () => void };

/** Moves an agreement to another status on a day; "superseded" names the agreement that replaces it. */
export const StatusForm = ({ agreement, onClose }: StatusFormProps) => {
  const { t } = useTranslation();
  const change = useChangeAgreementStatus();
  const others = useAgreements({ agencyId: null, status: null, kind: null, domain: null, inForceOn: '' });
  const { values, set } = useFormValues<Values>({ status: null, on: todayDay(), supersededById: null });
  const { fields, general } = useFormErrors(change.error, {
    invalid_status_transition: 'status',
    unknown_agreement: 'supersededById',
    invalid_period: 'on',
  });
  const submit = () => {
    if (!values.status) {
      return;
    }
    const supersededById = values.status === 'superseded' ? values.supersededById : undefined;
    change.mutate(
      { id: agreement.id, version: agreement.version, status: values.status, on: values.on, supersededById },
      { onSuccess: onClose },
    );
  };
  return (
    <FormShell
      title={t('agreements.statusForm.title')}
      size="md"
      general={general}
      isPending={change.isPending}
      testId="agreement-status-form"
      onClose={onClose}
      onSubmit={submit}
    >
      <Select
        label={t('agreements.statusForm.status')}
        data={NEXT_STATUSES[agreement.status].map((status) => ({
          value: status,
          label: t(`agreements.status.${status}`),
        }))}
        value={values.status}
        onChange={(status) => set('status', isOneOf(AGREEMENT_STATUSES, status) ? status : null)}
        error={fields.status}
        withAsterisk
      />
      <TextInput
        type="date"
        label={t('agreements.statusForm.on')}
        value={values.on}
        onChange={(event) => set('on', event.currentTarget.value)}
        error={fields.on ?? fields.effectiveUntil}
        withAsterisk
      />
      {values.status === 'superseded' && (
        <Select
          label={t('agreements.statusForm.supersededBy')}
          data={(others.data ?? [])
            .filter((other) => other.id !== agreement.id)
            .map((other) => ({ value: other.id, label: other.number ?? other.title }))}
          value={values.supersededById}
          onChange={(id) => set('supersededById', id)}
          error={fields.supersededById}
          searchable
          withAsterisk
        />
      )}
    </FormShell>
  );
};
