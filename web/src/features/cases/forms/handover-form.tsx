import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { AgencyPicker } from '../../agencies/components/agency-picker';
import { useHandover } from '../api';

const FIELD_OF_CODE = {
  custody_out_of_order: 'since',
  date_in_future: 'since',
  unknown_agency: 'toAgencyId',
  not_releasable_to_foreign: 'toAgencyId',
  classified_to_foreign: 'toAgencyId',
};

type HandoverFormModalProps = { seizureId: string; opened: boolean; onClose: () => void };

/** Hands the exhibits of a seizure over to a new holder: a new entry at the end of the custody chain. */
export const HandoverFormModal = (props: HandoverFormModalProps) =>
  props.opened ? <HandoverForm {...props} /> : null;

const HandoverForm = ({ seizureId, onClose }: HandoverFormModalProps) => {
  const { t } = useTranslation();
  const handover = useHandover(seizureId);
  const { values, set } = useFormValues(() => ({
    toAgencyId: null as string | null,
    holderUnit: '',
    holderPerson: '',
    since: new Date().toISOString().slice(0, 10),
    note: '',
  }));
  const { fields, general } = useFormErrors(handover.error, FIELD_OF_CODE);
  const submit = () =>
    handover.mutate(
      {
        toAgencyId: values.toAgencyId ?? '',
        holderUnit: values.holderUnit || null,
        holderPerson: values.holderPerson || null,
        since: values.since,
        note: values.note || null,
      },
      { onSuccess: onClose },
    );
  return (
    <FormShell
      title={t('cases.custody.handover')}
      general={general}
      isPending={handover.isPending}
      testId="handover-form"
      onClose={onClose}
      onSubmit={submit}
    >
      <AgencyPicker
        label={t('cases.custody.toAgency')}
        value={values.toAgencyId}
        onChange={(agencyId) => set('toAgencyId', agencyId)}
        error={fields.toAgencyId}
        withAsterisk
        testId="handover-form-agency"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('cases.custody.holderUnit')}
          value={values.holderUnit}
          onChange={(event) => set('holderUnit', event.currentTarget.value)}
          error={fields.holderUnit}
        />
        <TextInput
          label={t('cases.custody.holderPerson')}
          value={values.holderPerson}
          onChange={(event) => set('holderPerson', event.currentTarget.value)}
          error={fields.holderPerson}
        />
      </SimpleGrid>
      <TextInput
        type="date"
        label={t('cases.custody.since')}
        value={values.since}
        onChange={(event) => set('since', event.currentTarget.value)}
        error={fields.since}
        withAsterisk
      />
      <Textarea
        label={t('cases.seizure.note')}
        value={values.note}
        onChange={(event) => set('note', event.currentTarget.value)}
        autosize
        minRows={2}
      />
    </FormShell>
  );
};
