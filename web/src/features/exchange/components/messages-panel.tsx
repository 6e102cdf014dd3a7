import { Checkbox, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui/query-status';
import { useMessageInbox, useSentMessages } from '../api';
import {
  type InboxFilters,
  MESSAGE_KINDS,
  MESSAGE_STATES,
  type MessageKind,
  type MessageState,
} from '../types';
import { MessageList } from './message-list';

/** The messages the agency received, with the filters of the inbox (kind, state, overdue). */
export const ReceivedPanel = () => {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<InboxFilters>({ kind: null, state: null, overdue: false });
  const inbox = useMessageInbox(filters);
  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label={t('exchange.filters.kind')}
          data={MESSAGE_KINDS.map((k) => ({ value: k, label: t(`exchange.kind.${k}`) }))}
          value={filters.kind}
          onChange={(value) => setFilters({ ...filters, kind: value as MessageKind | null })}
          clearable
          data-testid="inbox-filter-kind"
        />
        <Select
          label={t('exchange.filters.state')}
          data={MESSAGE_STATES.map((s) => ({ value: s, label: t(`exchange.state.${s}`) }))}
          value={filters.state}
          onChange={(value) => setFilters({ ...filters, state: value as MessageState | null })}
          clearable
          data-testid="inbox-filter-state"
        />
        <Checkbox
          label={t('exchange.filters.overdue')}
          checked={filters.overdue}
          onChange={(event) => setFilters({ ...filters, overdue: event.currentTarget.checked })}
          data-testid="inbox-filter-overdue"
        />
      </Group>
      <QueryStatus query={inbox} />
      {inbox.data && <MessageList items={inbox.data.items} direction="received" />}
    </Stack>
  );
};

/** The messages the agency sent, with each recipient's state. */
export const SentPanel = () => {
  const sent = useSentMessages();
  return (
    <Stack>
      <QueryStatus query={sent} />
      {sent.data && <MessageList items={sent.data.items} direction="sent" />}
    </Stack>
  );
};
