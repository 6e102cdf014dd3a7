import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { QueryStatus } from '../../../ui/query-status';
import { useUnits } from '../api';
import { StructureControl } from '../components/structure-control';
import { UnitsTable } from '../components/units-table';
import type { Level, Structure } from '../types';

const LEVELS: readonly Level[] = ['province', 'district', 'commune'];

const isLevel = (value: string | null): value is Level => LEVELS.some((level) => level === value);

/** Browse and search the administrative units of either structure; the search ignores diacritics. */
export const UnitsPage = () => {
  const { t } = useTranslation();
  const [structure, setStructure] = useState<Structure>('current');
  const [level, setLevel] = useState<Level | null>('province');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [q] = useDebouncedValue(search, 300);
  const units = useUnits({ q, structure, level, province: null, district: null, page });
  const levels = LEVELS.filter((option) => structure === 'pre2025' || option !== 'district');
  return (
    <Stack>
      <PageHeader title={t('geo.units.title')} subtitle={t('geo.units.subtitle')} />
      <Group align="flex-end">
        <TextInput
          label={t('geo.units.search')}
          placeholder={t('geo.units.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={320}
          data-testid="units-search"
        />
        <Select
          label={t('geo.units.level')}
          data={levels.map((value) => ({ value, label: t(`geo.level.${value}`) }))}
          value={level}
          onChange={(value) => {
            setLevel(isLevel(value) ? value : null);
            setPage(1);
          }}
          clearable
          placeholder={t('geo.units.allLevels')}
          w={200}
          data-testid="units-level"
        />
        <StructureControl
          value={structure}
          onChange={(next) => {
            setStructure(next);
            setLevel((current) => (next === 'current' && current === 'district' ? 'province' : current));
            setPage(1);
          }}
        />
      </Group>
      <QueryStatus query={units} />
      {units.data && <UnitsTable page={units.data} onPage={setPage} />}
    </Stack>
  );
};
