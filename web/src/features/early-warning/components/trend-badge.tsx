import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AlertTrend } from '../types';

const TREND_COLOR: Record<AlertTrend, string> = {
  new: 'red',
  intensifying: 'orange',
  persistent: 'yellow',
  diminishing: 'teal',
  historical: 'gray',
};

/** A cluster's trend: new and intensifying are the emerging ones. */
export const TrendBadge = ({ trend }: { trend: AlertTrend }) => {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={TREND_COLOR[trend]} data-testid="alert-trend">
      {t(`earlyWarning.trend.${trend}`)}
    </Badge>
  );
};
