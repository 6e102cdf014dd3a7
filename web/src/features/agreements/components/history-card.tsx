import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { HistoryTimeline } from '../../agencies/components/history-timeline';
import { useAgreementHistory } from '../api';

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

/** An agreement's history, newest first: each change, when it was made and by which agency (or the system). */
export const HistoryCard = ({ agreementId }: { agreementId: string }) => {
  const { t } = useTranslation();
  const history = useAgreementHistory(agreementId);
  return (
    <SectionCard title={t('agreements.history.title')} testId="agreement-history">
      {history.isSuccess ? (
        <HistoryTimeline
          items={history.data}
          titleOf={(item) => t(historyEventKey(item.event))}
          itemTestId="agreement-history-item"
        />
      ) : (
        <QueryStatus query={history} />
      )}
    </SectionCard>
  );
};
