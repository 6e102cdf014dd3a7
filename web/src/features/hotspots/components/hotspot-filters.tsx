import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../agreements/types';
import { useProvinceName } from '../../persons/components/use-province-name';
import type { Facet } from '../../persons/types';
import {
  DRUG_SUBSTANCES,
  HOTSPOT_KINDS,
  HOTSPOT_STATUSES,
  type HotspotList,
  type HotspotListQuery,
} from '../types';

export type HotspotFilter = Omit<HotspotListQuery, 'offset'>;

type HotspotFiltersProps = {
  value: HotspotFilter;
  facets: HotspotList['facets'] | undefined;
  onChange: (value: HotspotFilter) => void;
};

const countOf = (facet: Facet | undefined, value: string): number =>
  facet?.find((entry) => entry.value === value)?.count ?? 0;

/** The registry's filters: name, kind, status, drug, province and the report period, each option with its count. */
export const HotspotFilters = ({ value, facets, onChange }: HotspotFiltersProps) => {
  const { t } = useTranslation();
  const provinceName = useProvinceName();
  const provinces = (facets?.provinces ?? []).map((entry) => entry.value);
  if (value.province && !provinces.includes(value.province)) provinces.unshift(value.province);
  const option = (prefix: string, facet: Facet | undefined) => (code: string) => ({
    value: code,
    label: `${t(`${prefix}.${code}` as 'hotspots.kind.point')} (${countOf(facet, code)})`,
  });
  return (
    <Group align="flex-end">
      <TextInput
        label={t('hotspots.list.search')}
        value={value.q}
        onChange={(event) => onChange({ ...value, q: event.currentTarget.value })}
        w={240}
        data-testid="hotspots-search"
      />
      <Select
        label={t('hotspots.list.kind')}
        data={HOTSPOT_KINDS.map(option('hotspots.kind', facets?.kinds))}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: isOneOf(HOTSPOT_KINDS, kind) ? kind : null })}
        clearable
        placeholder={t('hotspots.list.all')}
        w={170}
        data-testid="hotspots-filter-kind"
      />
      <Select
        label={t('hotspots.list.status')}
        data={HOTSPOT_STATUSES.map(option('hotspots.status', facets?.statuses))}
        value={value.status}
        onChange={(status) =>
          onChange({ ...value, status: isOneOf(HOTSPOT_STATUSES, status) ? status : null })
        }
        clearable
        placeholder={t('hotspots.list.all')}
        w={200}
        data-testid="hotspots-filter-status"
      />
      <Select
        label={t('hotspots.list.drugs')}
        data={DRUG_SUBSTANCES.map(option('hotspots.drug', facets?.drugs))}
        value={value.drug}
        onChange={(drug) => onChange({ ...value, drug: isOneOf(DRUG_SUBSTANCES, drug) ? drug : null })}
        clearable
        placeholder={t('hotspots.list.all')}
        w={200}
      />
      <Select
        label={t('hotspots.list.province')}
        data={provinces.map((code) => ({
          value: code,
          label: `${provinceName(code)} (${countOf(facets?.provinces, code)})`,
        }))}
        value={value.province}
        onChange={(province) => onChange({ ...value, province })}
        clearable
        searchable
        placeholder={t('hotspots.list.all')}
        w={220}
      />
      <TextInput
        label={t('hotspots.list.from')}
        type="date"
        value={value.from ?? ''}
        onChange={(event) => onChange({ ...value, from: event.currentTarget.value || null })}
        w={160}
      />
      <TextInput
        label={t('hotspots.list.to')}
        type="date"
        value={value.to ?? ''}
        onChange={(event) => onChange({ ...value, to: event.currentTarget.value || null })}
        w={160}
      />
    </Group>
  );
};
