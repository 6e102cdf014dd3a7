import { MultiSelect, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { rowIssuesOf, textOrNull } from '../../agencies/forms/form-values';
import { useCreateAgreement, useUpdateAgreement } from '../api';
import {
  AGREEMENT_KINDS,
  type AgreementDetail,
  type AgreementKind,
  CRIME_DOMAINS,
  type CrimeDomain,
  isOneOf,
} from '../types';
import { PartiesField, type PartyChoice } from './parties-field';

type Values = {
  kind: AgreementKind;
  title: string;
  number: string;
  effectiveFrom: string;
  effectiveUntil: string;
  domains: CrimeDomain[];
  approvalAuthority: string;
  areaDescription: string;
  note: string;
  parties: PartyChoice[];
};

type OwnAgency = { id: string; nameVi: string };

const valuesOf = (agreement: AgreementDetail | null, ownAgency: OwnAgency): Values => ({
  kind: agreement?.kind ?? 'regulation',
  title: agreement?.title ?? '',
  number: agreement?.number ?? '',
  effectiveFrom: agreement?.effectiveFrom ?? '',
  effectiveUntil: agreement?.effectiveUntil ?? '',
  domains: agreement?.domains ?? [],
  approvalAuthority: agreement?.approvalAuthority ?? '',
  areaDescription: agreement?.areaDescription ?? '',
  note: agreement?.note ?? '',
  parties: [{ key: 1, agencyId: ownAgency.id, initial: ownAgency }],
});

const FIELD_OF_CODE = {
  invalid_period: 'effectiveUntil',
  unknown_agency: 'parties',
  duplicate_party: 'parties',
  unknown_group: 'groupId',
};

type AgreementFormModalProps = {
  opened: boolean;
  /** The draft to edit, or null to draft a new agreement. */
  agreement: AgreementDetail | null;
  ownAgency: OwnAgency;
  onClose: () => void;
  onSaved: (agreement: AgreementDetail) => void;
};

/** Drafts an agreement (kind and parties are set once) or changes a draft's main fields. */
export const AgreementFormModal = (props: AgreementFormModalProps) =>
  props.opened ? <AgreementForm {...props} key={props.agreement?.version ?? 'new'} /> : null;

const AgreementForm = ({ agreement, ownAgency, onClose, onSaved }: AgreementFormModalProps) => {
  const { t } = useTranslation();
  const create = useCreateAgreement();
  const update = useUpdateAgreement();
  const mutation = agreement ? update : create;
  const { values, set } = useFormValues<Values>(() => valuesOf(agreement, ownAgency));
  const { fields, general } = useFormErrors(mutation.error, FIELD_OF_CODE);
  const submit = () => {
    const common = {
      title: values.title.trim(),
      number: textOrNull(values.number),
      effectiveFrom: textOrNull(values.effectiveFrom),
      effectiveUntil: textOrNull(values.effectiveUntil),
      domains: values.domains,
      approvalAuthority: textOrNull(values.approvalAuthority),
      areaDescription: textOrNull(values.areaDescription),
      note: textOrNull(values.note),
    };
    const callbacks = {
      onSuccess: (saved: AgreementDetail) => {
        onSaved(saved);
        onClose();
      },
    };
    if (agreement) {
      update.mutate({ id: agreement.id, version: agreement.version, ...common }, callbacks);
      return;
    }
    const parties = values.parties.flatMap((row) =>
      row.agencyId ? [{ agencyId: row.agencyId, role: 'party' as const }] : [],
    );
    create.mutate({ ...common, kind: values.kind, parties }, callbacks);
  };
  const text = (key: 'title' | 'number' | 'approvalAuthority', label: string, required = false) => (
    <TextInput
      label={label}
      value={values[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={fields[key]}
      withAsterisk={required}
      data-testid={`agreement-form-${key}`}
    />
  );
  return (
    <FormShell
      title={t(agreement ? 'agreements.form.editTitle' : 'agreements.form.createTitle')}
      size="xl"
      general={general}
      isPending={mutation.isPending}
      testId="agreement-form"
      submitLabel={agreement ? undefined : t('agreements.form.createSubmit')}
      onClose={onClose}
      onSubmit={submit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('agreements.form.kind')}
          data={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`agreements.kind.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => isOneOf(AGREEMENT_KINDS, kind) && set('kind', kind)}
          error={fields.kind}
          disabled={agreement !== null}
          allowDeselect={false}
          withAsterisk
        />
        {text('number', t('agreements.form.number'))}
      </SimpleGrid>
      {text('title', t('agreements.form.title'), true)}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('agreements.form.effectiveFrom')}
          value={values.effectiveFrom}
          onChange={(event) => set('effectiveFrom', event.currentTarget.value)}
          error={fields.effectiveFrom}
        />
        <TextInput
          type="date"
          label={t('agreements.form.effectiveUntil')}
          description={t('agreements.form.effectiveUntilHint')}
          value={values.effectiveUntil}
          onChange={(event) => set('effectiveUntil', event.currentTarget.value)}
          error={fields.effectiveUntil}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('agreements.form.domains')}
        data={CRIME_DOMAINS.map((domain) => ({ value: domain, label: t(`agreements.domain.${domain}`) }))}
        value={values.domains}
        onChange={(domains) =>
          set(
            'domains',
            domains.filter((domain) => isOneOf(CRIME_DOMAINS, domain)),
          )
        }
        error={fields.domains}
        clearable
      />
      {text('approvalAuthority', t('agreements.form.approvalAuthority'))}
      <Textarea
        label={t('agreements.form.areaDescription')}
        value={values.areaDescription}
        onChange={(event) => set('areaDescription', event.currentTarget.value)}
        error={fields.areaDescription}
        autosize
        minRows={2}
      />
      <Textarea
        label={t('agreements.form.note')}
        value={values.note}
        onChange={(event) => set('note', event.currentTarget.value)}
        error={fields.note}
        autosize
        minRows={2}
      />
      {!agreement && (
        <PartiesField
          value={values.parties}
          onChange={(parties) => set('parties', parties)}
          error={fields.parties}
          rowErrors={rowIssuesOf(mutation.error, 'parties')}
        />
      )}
    </FormShell>
  );
};
