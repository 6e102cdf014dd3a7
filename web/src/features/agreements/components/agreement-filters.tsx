import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../../agencies/components/agency-picker';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  type AgreementListQuery,
  CRIME_DOMAINS,
  isOneOf,
} from '../types';

type AgreementFiltersProps = {
  value: AgreementListQuery;
  onChange: (value: AgreementListQuery) => void;
};

/** The list's filters: a party agency, the status, the kind, a crime domain and a day the agreement is in force. */
export const AgreementFilters = ({ value, onChange }: AgreementFiltersProps) => {
  const { t } = useTranslation();
  return (
    <Group align="flex-end">
      <AgencyPicker
        label={t('agreements.list.party')}
        value={value.agencyId}
        onChange={(agencyId) => onChange({ ...value, agencyId })}
        testId="agreements-filter-party"
      />
      <Select
        label={t('agreements.list.status')}
        data={AGREEMENT_STATUSES.map((status) => ({
          value: status,
          label: t(`agreements.status.${status}`),
        }))}
        value={value.status}
        onChange={(status) =>
          onChange({ ...value, status: isOneOf(AGREEMENT_STATUSES, status) ? status : null })
        }
        clearable
        placeholder={t('agreements.list.all')}
        w={170}
        data-testid="agreements-filter-status"
      />
      <Select
        label={t('agreements.list.kind')}
        data={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`agreements.kind.${kind}`) }))}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: isOneOf(AGREEMENT_KINDS, kind) ? kind : null })}
        clearable
        placeholder={t('agreements.list.all')}
        w={200}
      />
      <Select
        label={t('agreements.list.domain')}
        data={CRIME_DOMAINS.map((domain) => ({ value: domain, label: t(`agreements.domain.${domain}`) }))}
        value={value.domain}
        onChange={(domain) => onChange({ ...value, domain: isOneOf(CRIME_DOMAINS, domain) ? domain : null })}
        clearable
        placeholder={t('agreements.list.all')}
        w={190}
      />
      <TextInput
        type="date"
        label={t('agreements.list.inForceOn')}
        value={value.inForceOn}
        onChange={(event) => onChange({ ...value, inForceOn: event.currentTarget.value })}
        w={170}
      />
    </Group>
  );
};
