import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { QueryStatus } from '../../../ui/query-status';
import { useWatches } from '../api';
import { WatchesTable } from '../components/watches-table';
import { WatchNameForm } from '../forms/watch-name-form';

type WatchesPageProps = { canWatchSilently: boolean };

/** The agency's active watches on persons and names, with "watch a name" and "stop". */
export const WatchesPage = ({ canWatchSilently }: WatchesPageProps) => {
  const { t } = useTranslation();
  const watches = useWatches();
  const [isAdding, addForm] = useDisclosure(false);
  const items = watches.data?.items;
  return (
    <Stack>
      <PageHeader
        title={t('watches.list.title')}
        subtitle={t('watches.list.subtitle')}
        action={
          <Button onClick={addForm.open} data-testid="watches-add-name">
            {t('watches.form.title')}
          </Button>
        }
      />
      <QueryStatus query={watches} />
      {items?.length === 0 && <Text c="dimmed">{t('watches.list.empty')}</Text>}
      {items && items.length > 0 && <WatchesTable watches={items} />}
      {isAdding && <WatchNameForm canWatchSilently={canWatchSilently} onClose={addForm.close} />}
    </Stack>
  );
};
