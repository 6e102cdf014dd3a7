import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isStructure, type Structure } from '../../geo/types';

type DayControlsProps = {
  at: string;
  onAt: (day: string) => void;
  /** Omit for pages without a structure choice (clusters and routes). */
  structure?: Structure | null;
  onStructure?: (structure: Structure | null) => void;
};

/** The day a page looks at, and the structure its units are shown in (default: the one in force that day). */
export const DayControls = ({ at, onAt, structure, onStructure }: DayControlsProps) => {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end">
      <TextInput
        type="date"
        label={t('agencies.detail.at')}
        value={at}
        onChange={(event) => event.currentTarget.value && onAt(event.currentTarget.value)}
        w={170}
        data-testid="day-control"
      />
      {onStructure && (
        <Select
          label={t('agencies.detail.structure')}
          data={[
            { value: 'auto', label: t('agencies.detail.structureAuto') },
            { value: 'current', label: t('geo.structure.current') },
            { value: 'pre2025', label: t('geo.structure.pre2025') },
          ]}
          value={structure ?? 'auto'}
          onChange={(value) => onStructure(isStructure(value) ? value : null)}
          allowDeselect={false}
          w={220}
        />
      )}
    </Group>
  );
};
