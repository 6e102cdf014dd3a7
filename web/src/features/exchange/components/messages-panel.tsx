import { Checkbox, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui/query-status';
import { useAgreements } from '../../agreements/api';
import { useCases } from '../../cases/api';
import { useMessageInbox, useSentMessages } from '../api';
import {
  type InboxFilters,
  MESSAGE_KINDS,
  MESSAGE_STATES,
  type MessageKind,
  type MessageState,
} from '../types';
import { MessageList } from './message-list';

const NO_FILTERS: InboxFilters = { kind: null, state: null, overdue: false, agreementId: null, caseId: null };

/** The messages the agency received, with the filters of the inbox (kind, state, overdue, agreement, case). */
export const ReceivedPanel = ({ ownAgencyId }: { ownAgencyId: string }) => {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<InboxFilters>(NO_FILTERS);
  const inbox = useMessageInbox(filters);
  const agreements = useAgreements({
    agencyId: ownAgencyId,
    status: null,
    kind: null,
    domain: null,
    inForceOn: '',
  });
  const cases = useCases({ q: '', kind: null, status: null, offence: null, from: '', to: '', offset: 0 });
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
        <Select
          label={t('exchange.filters.agreement')}
          data={(agreements.data ?? []).map((a) => ({ value: a.id, label: a.title }))}
          value={filters.agreementId}
          onChange={(value) => setFilters({ ...filters, agreementId: value })}
          searchable
          clearable
          data-testid="inbox-filter-agreement"
        />
        <Select
          label={t('exchange.filters.case')}
          data={(cases.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
          value={filters.caseId}
          onChange={(value) => setFilters({ ...filters, caseId: value })}
          searchable
          clearable
          data-testid="inbox-filter-case"
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
