import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Classification, Handling } from '../types';

const CLASSIFICATION_COLOR: Record<Classification, string> = {
  none: 'gray',
  MAT: 'orange',
  TOI_MAT: 'red',
  TUYET_MAT: 'grape',
};

/** A record's secrecy level, handling code and foreign-release decision, as badges beside its name. */
export const HandlingBadges = ({ handling }: { handling: Handling }) => {
  const { t } = useTranslation();
  return (
    <Group gap={6} data-testid="person-handling">
      <Badge size="sm" variant="light" color={CLASSIFICATION_COLOR[handling.classification]}>
        {t(`persons.classification.${handling.classification}`)}
      </Badge>
      <Badge size="sm" variant={handling.handlingCode === 'H0' ? 'light' : 'filled'} color="yellow">
        {`${handling.handlingCode} · ${t(`persons.handling.${handling.handlingCode}`)}`}
      </Badge>
      <Badge size="sm" variant="outline" color={handling.releasableToForeign ? 'teal' : 'gray'}>
        {t(handling.releasableToForeign ? 'persons.handling.releasable' : 'persons.handling.notReleasable')}
      </Badge>
    </Group>
  );
};
