import { Chip, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../../cases/types';
import { useZones } from '../../geo/api';
import { DRUG_SUBSTANCES, HOTSPOT_STATUSES } from '../../hotspots/types';
import { MAP_KINDS, type MapFilter, type MapKind } from '../types';

type MapFiltersProps = { value: MapFilter; onChange: (value: MapFilter) => void };

/** The map's filters: kinds drawn, status (of a point, hotspot or case), drug and border zone. */
export const MapFilters = ({ value, onChange }: MapFiltersProps) => {
  const { t } = useTranslation();
  const zones = useZones();
  const statuses = [
    ...HOTSPOT_STATUSES.map((status) => ({ value: status, label: t(`hotspots.status.${status}`) })),
    ...CASE_STATUSES.filter((status) => !(HOTSPOT_STATUSES as readonly string[]).includes(status)).map(
      (status) => ({ value: status, label: t(`cases.status.${status}`) }),
    ),
  ];
  return (
    <Group gap="sm" align="flex-end">
      <Chip.Group
        multiple
        value={value.kinds}
        onChange={(kinds) => onChange({ ...value, kinds: kinds as MapKind[] })}
      >
        <Group gap={4} data-testid="map-kinds">
          {MAP_KINDS.map((kind) => (
            <Chip key={kind} value={kind} size="sm">
              {t(`operationsMap.kind.${kind}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Select
        label={t('operationsMap.status')}
        data={statuses}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        clearable
        w={180}
      />
      <Select
        label={t('operationsMap.drug')}
        data={DRUG_SUBSTANCES.map((drug) => ({ value: drug, label: t(`hotspots.drug.${drug}`) }))}
        value={value.drug}
        onChange={(drug) => onChange({ ...value, drug })}
        clearable
        w={180}
      />
      <Select
        label={t('operationsMap.zone')}
        data={(zones.data ?? []).map((zone) => ({ value: zone.id, label: zone.name }))}
        value={value.zone}
        onChange={(zone) => onChange({ ...value, zone })}
        clearable
        searchable
        w={240}
      />
    </Group>
  );
};
