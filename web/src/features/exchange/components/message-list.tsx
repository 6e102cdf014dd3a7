import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOfRecord, ROUTES } from '../../../app/router';
import { formatBorderTime } from '../../../ui/format';
import { isLate, type MessageSummary } from '../types';
import { MessageStateBadge } from './message-state-badge';

type MessageListProps = { items: MessageSummary[]; direction: 'received' | 'sent' };

/** Messages as a list: unread in bold, priority, kind, state of each copy, deadline in local time. */
export const MessageList = ({ items, direction }: MessageListProps) => {
  const { t, i18n } = useTranslation();
  const now = Date.now();
  if (items.length === 0) {
    return <Text c="dimmed">{t('exchange.list.empty')}</Text>;
  }
  return (
    <Stack gap="xs" data-testid={`messages-${direction}`}>
      {items.map((message) => {
        const unread = direction === 'received' && message.mine?.readAt === null;
        const copies = direction === 'received' ? (message.mine ? [message.mine] : []) : message.recipients;
        const deadline = copies.find((c) => c.deadlineAt)?.deadlineAt;
        return (
          <Paper key={message.id} withBorder p="sm" data-testid="message-item" data-unread={unread}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4}>
                <Anchor
                  href={hrefOfRecord(ROUTES.inbox, message.id)}
                  fw={unread ? 700 : 400}
                  data-testid="message-subject"
                >
                  {message.subject}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {direction === 'received'
                    ? t('exchange.list.from', { agency: message.sender.nameVi })
                    : t('exchange.list.to', { agencies: copies.map((c) => c.agency.nameVi).join(', ') })}
                  {' · '}
                  {formatBorderTime(message.createdAt, i18n.language)}
                </Text>
                {deadline && (
                  <Text
                    size="xs"
                    c={copies.some((c) => isLate(c, now)) ? 'red' : 'dimmed'}
                    data-testid="message-deadline"
                  >
                    {t('exchange.list.deadline', { at: formatBorderTime(deadline, i18n.language) })}
                  </Text>
                )}
              </Stack>
              <Group gap={4} justify="flex-end">
                {message.priority === 'urgent' && (
                  <Badge size="sm" color="red">
                    {t('exchange.priority.urgent')}
                  </Badge>
                )}
                <Badge size="sm" variant="outline">
                  {t(`exchange.kind.${message.kind}`)}
                </Badge>
                {message.outOfBand && (
                  <Badge size="sm" variant="outline" color="grape">
                    {t('exchange.outOfBand')}
                  </Badge>
                )}
                {copies.map((copy) => (
                  <MessageStateBadge key={copy.agency.id} state={copy.state} />
                ))}
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
};
