import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, ROUTES } from '../../../app/router';
import { ErrorAlert } from '../../../ui/error-alert';
import { PageHeader } from '../../../ui/page-header';
import { QueryStatus } from '../../../ui/query-status';
import { useMove, useReply, useThread } from '../api';
import { MessageCard } from '../components/message-card';
import { AttachmentsField } from '../forms/attachments-field';
import type { Attachment, Message } from '../types';

type ThreadPageProps = { messageId: string; ownAgencyId: string; canWrite: boolean };

const ACKNOWLEDGEABLE = ['sent', 'delivered', 'read'];

/** The actions the user's agency may take on the last message it can act on. */
const Actions = ({ message, ownAgencyId }: { message: Message; ownAgencyId: string }) => {
  const { t } = useTranslation();
  const move = useMove();
  const isSender = message.sender.id === ownAgencyId;
  const run = (which: 'acknowledge' | 'close' | 'withdraw') =>
    move.mutate({
      messageId: message.id,
      move: which,
      ...(which === 'withdraw' ? { reason: t('exchange.withdrawReason') } : {}),
    });
  return (
    <Stack gap="xs">
      <ErrorAlert error={move.error} />
      <Group gap="xs">
        {message.mine && ACKNOWLEDGEABLE.includes(message.mine.state) && (
          <Button size="xs" onClick={() => run('acknowledge')} data-testid="thread-acknowledge">
            {t('exchange.actions.acknowledge')}
          </Button>
        )}
        {isSender && (
          <>
            <Button size="xs" variant="default" onClick={() => run('close')} data-testid="thread-close">
              {t('exchange.actions.close')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="orange"
              onClick={() => run('withdraw')}
              data-testid="thread-withdraw"
            >
              {t('exchange.actions.withdraw')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
};

/** A thread: every message the user may see, oldest first, the actions on it and a reply box. */
export const ThreadPage = ({ messageId, ownAgencyId, canWrite }: ThreadPageProps) => {
  const { t } = useTranslation();
  const thread = useThread(messageId);
  const reply = useReply();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<Attachment[]>([]);
  const messages = thread.data?.messages ?? [];
  const first = messages[0];
  const target = messages.find((m) => m.id === messageId) ?? first;
  return (
    <Stack>
      <PageHeader
        title={first?.subject ?? t('exchange.thread.title')}
        subtitle={first ? t('exchange.list.from', { agency: first.sender.nameVi }) : ''}
      />
      <Button component="a" href={hrefOf(ROUTES.inbox)} variant="subtle" w="fit-content" size="xs">
        {t('exchange.thread.back')}
      </Button>
      <QueryStatus query={thread} />
      {messages.map((message) => (
        <MessageCard key={message.id} message={message} />
      ))}
      {target && canWrite && <Actions message={target} ownAgencyId={ownAgencyId} />}
      {target && canWrite && (
        <Stack gap="xs">
          <Textarea
            label={t('exchange.thread.reply')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={20000}
            data-testid="thread-reply-body"
          />
          <AttachmentsField value={files} onChange={setFiles} />
          <ErrorAlert error={reply.error} />
          <Button
            w="fit-content"
            disabled={text.trim() === ''}
            loading={reply.isPending}
            onClick={() =>
              reply.mutate(
                { messageId: target.id, body: text, attachmentIds: files.map((f) => f.id) },
                {
                  onSuccess: () => {
                    setText('');
                    setFiles([]);
                  },
                },
              )
            }
            data-testid="thread-reply-send"
          >
            {t('exchange.thread.send')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
};
