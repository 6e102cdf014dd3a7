import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { AgencyLink } from '../../agencies/components/agency-badges';
import { useAgreementHistory } from '../api';
import type { AgreementHistoryItem } from '../types';

/** The changes the UI names; any other event (or none) shows as a generic change. */
const HISTORY_EVENTS = [
  'create',
  'update',
  'party_add',
  'party_remove',
  'sign',
  'status',
  'status_recorded',
  'obligations_set',
  'reviews_set',
  'zones_set',
  'document_attach',
] as const;

type HistoryEvent = (typeof HISTORY_EVENTS)[number];

const EVENT_PREFIX = 'agreement.';

const isHistoryEvent = (name: string): name is HistoryEvent => HISTORY_EVENTS.some((known) => known === name);

/** The i18n key of a history event (`agreement.sign` → `agreements.history.event.sign`). */
export const historyEventKey = (
  event: string | null,
): `agreements.history.event.${HistoryEvent}` | 'agreements.history.other' => {
  const name = event?.startsWith(EVENT_PREFIX) ? event.slice(EVENT_PREFIX.length) : '';
  return isHistoryEvent(name) ? `agreements.history.event.${name}` : 'agreements.history.other';
};

const HistoryEntry = ({ item }: { item: AgreementHistoryItem }) => {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Text size="xs" c="dimmed">
        {formatDateTime(item.at, i18n.language)}
      </Text>
      {item.agency ? (
        <AgencyLink agency={item.agency} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('agreements.history.system')}
        </Text>
      )}
    </>
  );
};

/** An agreement's history, newest first: each change, when it was made and by which agency (or the system). */
export const HistoryCard = ({ agreementId }: { agreementId: string }) => {
  const { t } = useTranslation();
  const history = useAgreementHistory(agreementId);
  return (
    <SectionCard title={t('agreements.history.title')} testId="agreement-history">
      {!history.isSuccess ? (
        <QueryStatus query={history} />
      ) : history.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreements.history.none')}
        </Text>
      ) : (
        <Timeline active={0} bulletSize={14} lineWidth={2}>
          {/* The position in the oldest-first log is stable (the log only grows) and unique, unlike `at`. */}
          {history.data
            .map((item, seq) => ({ item, seq }))
            .toReversed()
            .map(({ item, seq }) => (
              <Timeline.Item
                key={seq}
                title={t(historyEventKey(item.event))}
                data-testid="agreement-history-item"
              >
                <HistoryEntry item={item} />
              </Timeline.Item>
            ))}
        </Timeline>
      )}
    </SectionCard>
  );
};
