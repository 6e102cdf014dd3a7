import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SharingLevel } from '../../agreements/types';

const LEVEL_COLOR: Record<SharingLevel, string> = { pointer: 'gray', summary: 'blue', full: 'green' };

/** The level at which the user reads a record: pointer, summary or full. */
export const LevelBadge = ({ level }: { level: SharingLevel }) => {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={LEVEL_COLOR[level]} data-testid="person-level">
      {t(`agreements.level.${level}`)}
    </Badge>
  );
};
