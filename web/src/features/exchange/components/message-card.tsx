import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOfRecord, ROUTES } from '../../../app/router';
import { formatBorderTime } from '../../../ui/format';
import type { Message, MessageReference } from '../types';
import { MessageStateBadge } from './message-state-badge';

const ReferenceLine = ({ reference }: { reference: MessageReference }) => {
  const { t } = useTranslation();
  const owner = reference.ownerAgency.nameVi;
  if (reference.level === 'pointer' || reference.kind !== 'persons') {
    return (
      <Text size="sm" data-testid="message-reference" data-level={reference.level}>
        {t('exchange.reference.pointer', { agency: owner })}
      </Text>
    );
  }
  return (
    <Anchor
      href={hrefOfRecord(ROUTES.persons, reference.id)}
      size="sm"
      data-testid="message-reference"
      data-level={reference.level}
    >
      {t('exchange.reference.open', { agency: owner })}
    </Anchor>
  );
};

/** One message of a thread: who wrote it and when, its text, the records and files it carries, each copy's state. */
export const MessageCard = ({ message }: { message: Message }) => {
  const { t, i18n } = useTranslation();
  const copies = message.mine ? [message.mine] : message.recipients;
  return (
    <Paper withBorder p="md" data-testid="thread-message">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} data-testid="thread-message-subject">
            {message.subject}
          </Text>
          <Group gap={4}>
            <Badge size="sm" variant="outline">
              {t(`exchange.kind.${message.kind}`)}
            </Badge>
            {message.classification !== 'none' && (
              <Badge size="sm" color="red">
                {t(`exchange.classification.${message.classification as 'MAT' | 'TOI_MAT' | 'TUYET_MAT'}`)}
              </Badge>
            )}
            <Badge size="sm" variant="light">
              {message.handlingCode}
            </Badge>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('exchange.list.from', { agency: message.sender.nameVi })} ·{' '}
          {formatBorderTime(message.occurredAt ?? message.createdAt, i18n.language)}
          {message.outOfBand &&
            ` · ${t('exchange.outOfBand')} (${t(`exchange.channel.${(message.channel ?? 'other') as 'phone' | 'meeting' | 'radio' | 'other'}`)})`}
        </Text>
        {message.body === null ? (
          <Text c="dimmed" fs="italic">
            {t('exchange.withdrawnBody')}
          </Text>
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="thread-message-body">
            {message.body}
          </Text>
        )}
        {message.references.map((reference) => (
          <ReferenceLine key={`${reference.kind}-${reference.id}`} reference={reference} />
        ))}
        {message.attachments.map((file) => (
          <Anchor
            key={file.id}
            size="sm"
            href={`/api/messages/${encodeURIComponent(message.id)}/attachments/${encodeURIComponent(file.id)}`}
          >
            📎 {file.filename}
          </Anchor>
        ))}
        {copies.map((copy) => (
          <Group key={copy.agency.id} gap="xs">
            <Text size="xs">{copy.agency.nameVi}</Text>
            {copy.seq !== null && (
              <Text size="xs" c="dimmed">
                #{copy.seq}
              </Text>
            )}
            <MessageStateBadge state={copy.state} />
            {copy.deadlineAt && (
              <Text size="xs" c="dimmed">
                {t('exchange.list.deadline', { at: formatBorderTime(copy.deadlineAt, i18n.language) })}
              </Text>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
};
