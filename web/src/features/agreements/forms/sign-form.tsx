import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { todayDay } from '../../../ui/format';
import { useFormValues } from '../../../ui/use-form-values';
import { textOrNull } from '../../agencies/forms/form-values';
import { useSignAgreement } from '../api';
import type { AgreementDetail } from '../types';

type SignFormProps = { agreement: AgreementDetail; onClose: () => void };

/** Records the signing of a draft: the signing day and, when it differs, the first day in force. */
export const SignForm = ({ agreement, onClose }: SignFormProps) => {
  const { t } = useTranslation();
  const sign = useSignAgreement();
  const { values, set } = useFormValues({
    signedOn: todayDay(),
    effectiveFrom: agreement.effectiveFrom ?? '',
  });
  const { fields, general } = useFormErrors(sign.error, { too_few_parties: 'signedOn' });
  const submit = () =>
    sign.mutate(
      {
        id: agreement.id,
        version: agreement.version,
        signedOn: values.signedOn,
        effectiveFrom: textOrNull(values.effectiveFrom),
      },
      { onSuccess: onClose },
    );
  return (
    <FormShell
      title={t('agreements.sign.title')}
      size="md"
      general={general}
      isPending={sign.isPending}
      testId="agreement-sign"
      submitLabel={t('agreements.sign.submit')}
      onClose={onClose}
      onSubmit={submit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('agreements.sign.signedOn')}
          value={values.signedOn}
          onChange={(event) => set('signedOn', event.currentTarget.value)}
          error={fields.signedOn ?? fields.parties}
          withAsterisk
        />
        <TextInput
          type="date"
          label={t('agreements.sign.effectiveFrom')}
          description={t('agreements.sign.effectiveFromHint')}
          value={values.effectiveFrom}
          onChange={(event) => set('effectiveFrom', event.currentTarget.value)}
          error={fields.effectiveFrom ?? fields.effectiveUntil}
        />
      </SimpleGrid>
    </FormShell>
  );
};
