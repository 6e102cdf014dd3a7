import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOfRecord, ROUTES } from '../../../app/router';
import { formatDateTime } from '../../../ui/format';
import { personHref } from '../../persons/components/person-link';
import type { Watch } from '../../watches/types';
import type { InboxNotification } from '../types';
import { HitRecordLink } from './hit-record-link';

type NotificationItemProps = {
  notification: InboxNotification;
  /** The watch a hit answers, when it is still active. */
  watch: Watch | undefined;
  onRead: () => void;
};

const useWatchLabel = (watch: Watch | undefined): string => {
  const { t } = useTranslation();
  if (!watch?.name) {
    return t('inbox.hit.watchedPerson');
  }
  return watch.birthYear === null
    ? watch.name
    : t('watches.list.nameWithYear', { name: watch.name, year: watch.birthYear });
};

/** A notification about messages: how many arrived from a force today, or which requests went overdue. */
const MessageNotification = ({ notification, onRead }: Omit<NotificationItemProps, 'watch'>) => {
  const { t, i18n } = useTranslation();
  const agency = notification.fromAgency?.nameVi ?? t('inbox.unknownAgency');
  const latest = notification.events.at(-1)?.recordId ?? notification.recordId;
  const key = notification.kind === 'request_overdue' ? 'inbox.overdue.text' : 'inbox.messages.text';
  return (
    <Paper withBorder p="sm" data-testid="inbox-notification" data-read={notification.read}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text size="sm" fw={notification.read ? 400 : 700} data-testid="inbox-notification-text">
            {t(key, { agency, count: notification.eventCount })}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(notification.updatedAt, i18n.language)}
          </Text>
          <Anchor
            href={hrefOfRecord(ROUTES.inbox, latest)}
            size="sm"
            onClick={() => !notification.read && onRead()}
            data-testid="inbox-open-message"
          >
            {t('inbox.openMessage')}
          </Anchor>
        </Stack>
        {!notification.read && (
          <Button size="xs" variant="subtle" onClick={onRead} data-testid="inbox-mark-read">
            {t('inbox.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
};

/** An early-warning alert raised or updated today for the agency: links to the alert. */
const AlertNotification = ({ notification, onRead }: Omit<NotificationItemProps, 'watch'>) => {
  const { t, i18n } = useTranslation();
  const raised = notification.events.some((event) => event.event === 'alert.raised');
  return (
    <Paper withBorder p="sm" data-testid="inbox-notification" data-read={notification.read}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text size="sm" fw={notification.read ? 400 : 700} data-testid="inbox-notification-text">
            {t(raised ? 'inbox.alert.raised' : 'inbox.alert.updated', { count: notification.eventCount })}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(notification.updatedAt, i18n.language)}
          </Text>
          <Anchor
            href={hrefOfRecord(ROUTES.earlyWarning, notification.recordId)}
            size="sm"
            onClick={() => !notification.read && onRead()}
            data-testid="inbox-open-alert"
          >
            {t('inbox.alert.open')}
          </Anchor>
        </Stack>
        {!notification.read && (
          <Button size="xs" variant="subtle" onClick={onRead} data-testid="inbox-mark-read">
            {t('inbox.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
};

/** One notification: what happened and from which force, how many changes it folds, when, and where it leads. */
export const NotificationItem = ({ notification, watch, onRead }: NotificationItemProps) => {
  if (notification.recordKind === 'messages')
    return <MessageNotification notification={notification} onRead={onRead} />;
  if (notification.recordKind === 'alerts')
    return <AlertNotification notification={notification} onRead={onRead} />;
  return <WatchNotification notification={notification} watch={watch} onRead={onRead} />;
};

const WatchNotification = ({ notification, watch, onRead }: NotificationItemProps) => {
  const { t, i18n } = useTranslation();
  const watchLabel = useWatchLabel(watch);
  const agency = notification.fromAgency?.nameVi ?? t('inbox.unknownAgency');
  const lastEvent = notification.events.at(-1)?.event ?? 'person.recorded';
  const isHit = notification.kind === 'watch_hit';
  const openIfUnread = () => {
    if (!notification.read) {
      onRead();
    }
  };
  return (
    <Paper withBorder p="sm" data-testid="inbox-notification" data-read={notification.read}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text size="sm" fw={notification.read ? 400 : 700} data-testid="inbox-notification-text">
            {isHit
              ? t('inbox.hit.text', {
                  agency,
                  watch: watchLabel,
                  change: t(lastEvent === 'person.updated' ? 'inbox.hit.updated' : 'inbox.hit.recorded'),
                })
              : t('inbox.notice.text', { agency })}
          </Text>
          <Group gap="sm">
            <Text size="xs" c="dimmed">
              {formatDateTime(notification.updatedAt, i18n.language)}
            </Text>
            {notification.eventCount > 1 && (
              <Text size="xs" c="dimmed" data-testid="inbox-digest">
                {t('inbox.digest', { count: notification.eventCount })}
              </Text>
            )}
          </Group>
          {isHit ? (
            <HitRecordLink
              recordId={notification.recordId}
              fromAgency={notification.fromAgency}
              onOpen={openIfUnread}
            />
          ) : (
            <Anchor
              href={personHref(notification.recordId)}
              size="sm"
              onClick={openIfUnread}
              data-testid="inbox-open-record"
            >
              {t('inbox.openRecord')}
            </Anchor>
          )}
        </Stack>
        {!notification.read && (
          <Button size="xs" variant="subtle" onClick={onRead} data-testid="inbox-mark-read">
            {t('inbox.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
};
