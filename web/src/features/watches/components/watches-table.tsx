import { Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';
import { useEndWatch } from '../api';
import type { Watch } from '../types';
import { WatchTarget } from './watch-target';

/** The agency's active watches, each with the button that stops it. */
export const WatchesTable = ({ watches }: { watches: Watch[] }) => {
  const { t, i18n } = useTranslation();
  const end = useEndWatch();
  const [endingId, setEndingId] = useState<string | null>(null);
  const stop = (watchId: string) => {
    setEndingId(watchId);
    end.mutate(watchId, { onSettled: () => setEndingId(null) });
  };
  return (
    <Table striped data-testid="watches-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('watches.list.target')}</Table.Th>
          <Table.Th>{t('watches.list.note')}</Table.Th>
          <Table.Th>{t('watches.list.since')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {watches.map((watch) => (
          <Table.Tr key={watch.id} data-testid="watch-row">
            <Table.Td>
              <WatchTarget watch={watch} />
              {watch.silent && (
                <Badge size="xs" variant="light" color="gray" data-testid="watch-silent">
                  {t('watches.list.silent')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{watch.note}</Text>
            </Table.Td>
            <Table.Td>{formatDateTime(watch.createdAt, i18n.language)}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="light"
                color="red"
                loading={endingId === watch.id}
                onClick={() => stop(watch.id)}
                data-testid="watch-stop"
              >
                {t('watches.list.stop')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};
