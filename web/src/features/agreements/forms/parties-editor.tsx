import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { AgencyPicker } from '../../agencies/components/agency-picker';
import { textOrNull } from '../../agencies/forms/form-values';
import { useAddParty } from '../api';
import { type AgreementDetail, isOneOf, PARTY_ROLES, type PartyRole } from '../types';

type Values = {
  agencyId: string | null;
  role: PartyRole;
  signatoryRank: string;
  signatoryName: string;
  signatoryTitle: string;
  note: string;
};

const INITIAL: Values = {
  agencyId: null,
  role: 'party',
  signatoryRank: '',
  signatoryName: '',
  signatoryTitle: '',
  note: '',
};

type SignatoryKey = 'signatoryRank' | 'signatoryName' | 'signatoryTitle';

type AddPartyFormProps = { agreement: AgreementDetail; onClose: () => void };

/** Adds a party to an agreement: the agency, its role and, where known, who signed for it. */
export const AddPartyForm = ({ agreement, onClose }: AddPartyFormProps) => {
  const { t } = useTranslation();
  const add = useAddParty();
  const { values, set } = useFormValues<Values>(INITIAL);
  const { fields, general } = useFormErrors(add.error, {
    unknown_agency: 'agencyId',
    duplicate_party: 'agencyId',
  });
  const submit = () => {
    if (!values.agencyId) {
      return;
    }
    add.mutate(
      {
        id: agreement.id,
        version: agreement.version,
        agencyId: values.agencyId,
        role: values.role,
        signatoryRank: textOrNull(values.signatoryRank),
        signatoryName: textOrNull(values.signatoryName),
        signatoryTitle: textOrNull(values.signatoryTitle),
        note: textOrNull(values.note),
      },
      { onSuccess: onClose },
    );
  };
  const text = (key: SignatoryKey) => (
    <TextInput
      label={t(`agreements.partyForm.${key}`)}
      value={values[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={fields[key]}
      data-testid={`party-form-${key}`}
    />
  );
  return (
    <FormShell
      title={t('agreements.partyForm.title')}
      general={general}
      isPending={add.isPending}
      testId="party-form"
      submitLabel={t('agreements.partyForm.submit')}
      onClose={onClose}
      onSubmit={submit}
    >
      <AgencyPicker
        label={t('agreements.parties.agency')}
        value={values.agencyId}
        onChange={(agencyId) => set('agencyId', agencyId)}
        error={fields.agencyId}
        withAsterisk
        testId="party-form-agency"
      />
      <Select
        label={t('agreements.parties.role')}
        data={PARTY_ROLES.map((role) => ({ value: role, label: t(`agreements.partyRole.${role}`) }))}
        value={values.role}
        onChange={(role) => isOneOf(PARTY_ROLES, role) && set('role', role)}
        error={fields.role}
        allowDeselect={false}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('signatoryRank')}
        {text('signatoryName')}
      </SimpleGrid>
      {text('signatoryTitle')}
      <Textarea
        label={t('agreements.form.note')}
        value={values.note}
        onChange={(event) => set('note', event.currentTarget.value)}
        error={fields.note}
        autosize
        minRows={2}
      />
    </FormShell>
  );
};
