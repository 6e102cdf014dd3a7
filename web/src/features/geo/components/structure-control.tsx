import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isStructure, type Structure } from '../types';

type StructureControlProps = { value: Structure; onChange: (structure: Structure) => void };

/** The switch between today's 34 provinces and the former 63. */
export const StructureControl = ({ value, onChange }: StructureControlProps) => {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      value={value}
      onChange={(next) => {
        if (isStructure(next)) {
          onChange(next);
        }
      }}
      data={[
        { value: 'current', label: t('geo.structure.current') },
        { value: 'pre2025', label: t('geo.structure.pre2025') },
      ]}
      data-testid="structure-control"
    />
  );
};
