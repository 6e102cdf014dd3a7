import { CloseButton, Group, Input, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordSearch } from '../api';
import type { RecordRef } from '../types';

export type PickedRef = RecordRef & { label: string };
type Kind = RecordRef['kind'];

type ReferencesFieldProps = { value: PickedRef[]; onChange: (refs: PickedRef[]) => void };

/** Records the message refers to, found by search; each recipient sees each only as the sharing policy allows. */
export const ReferencesField = ({ value, onChange }: ReferencesFieldProps) => {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('persons');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const found = useRecordSearch(kind, q);
  const hits = (found.data ?? []).filter((hit) => !value.some((v) => v.id === hit.value));
  return (
    <Input.Wrapper label={t('exchange.references.label')} description={t('exchange.references.hint')}>
      <Stack gap={4} mt={4}>
        <Group gap="xs" align="end">
          <SegmentedControl
            size="xs"
            value={kind}
            onChange={(next) => setKind(next as Kind)}
            data={(['persons', 'hotspots', 'cases'] as const).map((k) => ({
              value: k,
              label: t(`inbox.shared.kind.${k}`),
            }))}
          />
          <Select
            flex={1}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={hits}
            value={null}
            filter={({ options }) => options}
            placeholder={t('exchange.references.search')}
            onChange={(id) => {
              const hit = hits.find((h) => h.value === id);
              if (hit) onChange([...value, { kind, id: hit.value, label: hit.label }]);
              setSearch('');
            }}
            data-testid="compose-reference-search"
          />
        </Group>
        {value.map((ref) => (
          <Group key={ref.id} gap={4} data-testid="compose-reference">
            <Text size="sm">
              {t(`inbox.shared.kind.${ref.kind}`)}: {ref.label}
            </Text>
            <CloseButton
              size="sm"
              aria-label={t('exchange.references.remove')}
              onClick={() => onChange(value.filter((v) => v.id !== ref.id))}
            />
          </Group>
        ))}
      </Stack>
    </Input.Wrapper>
  );
};
