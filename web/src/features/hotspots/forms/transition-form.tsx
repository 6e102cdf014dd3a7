import { NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { todayDay } from '../../../ui/format';
import { useFormValues } from '../../../ui/use-form-values';
import { isOneOf } from '../../agreements/types';
import { useTransitionHotspot } from '../api';
import { HOTSPOT_STATUSES, type HotspotFull, NEXT_STATUSES } from '../types';

const FIELD_OF_CODE = {
  invalid_status_transition: 'to',
  date_in_future: 'on',
  transition_out_of_order: 'on',
};

type Values = { to: string | null; on: string; reason: string; recheckMonths: number | string };

type TransitionFormModalProps = { hotspot: HotspotFull | null; onClose: () => void };

/** Moves a point or hotspot of the user's agency to one of the statuses its lifecycle allows next. */
export const TransitionFormModal = ({ hotspot, onClose }: TransitionFormModalProps) =>
  hotspot ? <TransitionForm hotspot={hotspot} onClose={onClose} /> : null;

const TransitionForm = ({ hotspot, onClose }: { hotspot: HotspotFull; onClose: () => void }) => {
  const { t } = useTranslation();
  const move = useTransitionHotspot(hotspot.id);
  const { values, set } = useFormValues<Values>({ to: null, on: todayDay(), reason: '', recheckMonths: 6 });
  const { fields, general } = useFormErrors(move.error, FIELD_OF_CODE);
  const submit = () => {
    const to = isOneOf(HOTSPOT_STATUSES, values.to) ? values.to : hotspot.status;
    const months = typeof values.recheckMonths === 'number' ? values.recheckMonths : Number.NaN;
    move.mutate(
      {
        version: hotspot.version,
        to,
        on: values.on,
        reason: values.reason,
        ...(to === 'eliminated' ? { recheckMonths: months } : {}),
      },
      { onSuccess: onClose },
    );
  };
  return (
    <FormShell
      title={t('hotspots.transition.title')}
      general={general}
      isPending={move.isPending}
      testId="transition-form"
      submitLabel={t('hotspots.transition.submit')}
      onClose={onClose}
      onSubmit={submit}
    >
      <Select
        label={t('hotspots.transition.to')}
        data={NEXT_STATUSES[hotspot.status].map((status) => ({
          value: status,
          label: t(`hotspots.status.${status}`),
        }))}
        value={values.to}
        onChange={(to) => set('to', to)}
        error={fields.to}
        withAsterisk
        data-testid="transition-form-to"
      />
      <TextInput
        label={t('hotspots.transition.on')}
        type="date"
        value={values.on}
        onChange={(event) => set('on', event.currentTarget.value)}
        error={fields.on}
        withAsterisk
        data-testid="transition-form-on"
      />
      {values.to === 'eliminated' && (
        <NumberInput
          label={t('hotspots.transition.recheckMonths')}
          description={t('hotspots.transition.recheckHint')}
          value={values.recheckMonths}
          onChange={(months) => set('recheckMonths', months)}
          min={1}
          max={36}
          error={fields.recheckMonths}
        />
      )}
      <Textarea
        label={t('hotspots.transition.reason')}
        value={values.reason}
        onChange={(event) => set('reason', event.currentTarget.value)}
        error={fields.reason}
        withAsterisk
        autosize
        minRows={2}
        data-testid="transition-form-reason"
      />
    </FormShell>
  );
};
