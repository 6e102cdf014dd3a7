import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui/query-status';
import { useWatches } from '../../watches/api';
import { useMarkRead, useNotifications } from '../api';
import { NotificationItem } from './notification-item';

/** The agency's notifications, newest first, unread in bold: watch hits, notices, messages received, overdue requests. */
export const NotificationsPanel = () => {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const watches = useWatches();
  const markRead = useMarkRead();
  const items = notifications.data?.items;
  const watchOf = (watchId: string | null) => watches.data?.items.find((watch) => watch.id === watchId);
  return (
    <Stack>
      <QueryStatus query={notifications} />
      {items?.length === 0 && <Text c="dimmed">{t('inbox.empty')}</Text>}
      <Stack gap="xs" data-testid="inbox-list">
        {items?.map((notification) => (
          <NotificationItem
            key={notification.id}
            notification={notification}
            watch={watchOf(notification.watchId)}
            onRead={() => markRead.mutate(notification.id)}
          />
        ))}
      </Stack>
    </Stack>
  );
};
