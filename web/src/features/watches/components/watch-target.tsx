import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { personHref } from '../../persons/components/person-link';
import type { Watch } from '../types';

/** What a watch is on: a link to the watched person's page, or the watched name with its birth year. */
export const WatchTarget = ({ watch }: { watch: Watch }) => {
  const { t } = useTranslation();
  if (watch.personId) {
    return (
      <Anchor href={personHref(watch.personId)} size="sm" fw={500} data-testid="watch-person-link">
        {t('watches.list.person')}
      </Anchor>
    );
  }
  return (
    <Text size="sm" fw={500} data-testid="watch-name">
      {watch.birthYear === null
        ? watch.name
        : t('watches.list.nameWithYear', { name: watch.name, year: watch.birthYear })}
    </Text>
  );
};
