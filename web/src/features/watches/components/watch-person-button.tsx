import { Button, Checkbox, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { useCreateWatch, useEndWatch, useWatches } from '../api';

type WatchPersonButtonProps = { personId: string; canWatchSilently: boolean };

/**
 * "Watch this person" on a person's page, or "Stop watching" when the agency already watches them; commanders may
 * keep the watch silent (the owner force is not told).
 */
export const WatchPersonButton = ({ personId, canWatchSilently }: WatchPersonButtonProps) => {
  const { t } = useTranslation();
  const watches = useWatches();
  const create = useCreateWatch();
  const end = useEndWatch();
  const [isSilent, setSilent] = useState(false);
  if (!watches.isSuccess) {
    return null;
  }
  const watch = watches.data.items.find((item) => item.personId === personId);
  if (watch) {
    return (
      <Group gap="sm">
        <Button
          variant="light"
          color="red"
          loading={end.isPending}
          onClick={() => end.mutate(watch.id)}
          data-testid="person-watch-stop"
        >
          {t('watches.person.stop')}
        </Button>
        <ErrorAlert error={end.error} />
      </Group>
    );
  }
  return (
    <Group gap="sm">
      <Button
        variant="light"
        loading={create.isPending}
        onClick={() => create.mutate({ personId, ...(isSilent ? { silent: true } : {}) })}
        data-testid="person-watch"
      >
        {t('watches.person.watch')}
      </Button>
      {canWatchSilently && (
        <Checkbox
          label={t('watches.silent.label')}
          checked={isSilent}
          onChange={(event) => setSilent(event.currentTarget.checked)}
          data-testid="person-watch-silent"
        />
      )}
      <ErrorAlert error={create.error} />
    </Group>
  );
};
