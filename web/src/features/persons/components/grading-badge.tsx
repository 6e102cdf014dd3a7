import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Grading } from '../types';

/** The Europol grade of a record as its code (`B2`), with what each half means on hover. */
export const GradingBadge = ({ grading }: { grading: Grading }) => {
  const { t } = useTranslation();
  const { sourceReliability: source, informationAccuracy: accuracy } = grading;
  if (source === null && accuracy === null) {
    return (
      <Badge size="sm" variant="outline" color="gray" data-testid="person-grading">
        {t('persons.grading.none')}
      </Badge>
    );
  }
  const label = [
    source && `${source}: ${t(`persons.reliability.${source}`)}`,
    accuracy && `${accuracy}: ${t(`persons.accuracy.${accuracy}`)}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip label={label} multiline maw={320}>
      <Badge size="sm" variant="outline" color="indigo" data-testid="person-grading">
        {`${source ?? '–'}${accuracy ?? '–'}`}
      </Badge>
    </Tooltip>
  );
};
