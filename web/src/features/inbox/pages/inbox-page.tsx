import { Badge, Button, Group, Modal, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOfRecord, ROUTES } from '../../../app/router';
import { PageHeader } from '../../../ui/page-header';
import { useUnreadCounts } from '../../exchange/api';
import { ReceivedPanel, SentPanel } from '../../exchange/components/messages-panel';
import { ComposeForm } from '../../exchange/forms/compose-form';
import { OutOfBandForm } from '../../exchange/forms/out-of-band-form';
import { NotificationsPanel } from '../components/notifications-panel';
import { SharedPanel } from '../components/shared-panel';

type InboxPageProps = { ownAgencyId: string; canWrite: boolean };

/** The inbox: messages received (filtered), messages sent, notifications, records shared with us, a new message; live. */
export const InboxPage = ({ ownAgencyId, canWrite }: InboxPageProps) => {
  const { t } = useTranslation();
  const counts = useUnreadCounts();
  const [composing, setComposing] = useState(false);
  const [recording, setRecording] = useState(false);
  const open = (id: string) => {
    setComposing(false);
    setRecording(false);
    window.location.hash = hrefOfRecord(ROUTES.inbox, id);
  };
  const unread = (counts.data?.messages ?? 0) + (counts.data?.notifications ?? 0);
  return (
    <Stack>
      <PageHeader
        title={t('inbox.title')}
        subtitle={t('inbox.subtitle', { count: unread })}
        action={
          canWrite ? (
            <Group gap="xs">
              <Button variant="light" onClick={() => setRecording(true)} data-testid="inbox-out-of-band">
                {t('exchange.oob.title')}
              </Button>
              <Button onClick={() => setComposing(true)} data-testid="inbox-compose">
                {t('exchange.compose.title')}
              </Button>
            </Group>
          ) : undefined
        }
      />
      <Tabs defaultValue="received" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab
            value="received"
            data-testid="inbox-tab-received"
            rightSection={counts.data?.messages ? <Badge size="xs">{counts.data.messages}</Badge> : null}
          >
            {t('exchange.tabs.received')}
          </Tabs.Tab>
          <Tabs.Tab value="sent" data-testid="inbox-tab-sent">
            {t('exchange.tabs.sent')}
          </Tabs.Tab>
          <Tabs.Tab
            value="notifications"
            data-testid="inbox-tab-notifications"
            rightSection={
              counts.data?.notifications ? <Badge size="xs">{counts.data.notifications}</Badge> : null
            }
          >
            {t('exchange.tabs.notifications')}
          </Tabs.Tab>
          <Tabs.Tab value="shared" data-testid="inbox-tab-shared">
            {t('inbox.shared.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="received" pt="md">
          <ReceivedPanel ownAgencyId={ownAgencyId} />
        </Tabs.Panel>
        <Tabs.Panel value="sent" pt="md">
          <SentPanel />
        </Tabs.Panel>
        <Tabs.Panel value="notifications" pt="md">
          <NotificationsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="shared" pt="md">
          <SharedPanel />
        </Tabs.Panel>
      </Tabs>
      <Modal
        opened={composing}
        onClose={() => setComposing(false)}
        title={t('exchange.compose.title')}
        size="xl"
      >
        <ComposeForm ownAgencyId={ownAgencyId} onSent={open} />
      </Modal>
      <Modal opened={recording} onClose={() => setRecording(false)} title={t('exchange.oob.title')} size="lg">
        <OutOfBandForm ownAgencyId={ownAgencyId} onRecorded={open} />
      </Modal>
    </Stack>
  );
};
