import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { HistoryTimeline } from '../../agencies/components/history-timeline';
import { usePersonHistory } from '../record-api';
import { personHistoryEventKey } from './person-history-event';

/**
 * The owner's history of a person, newest first: recording, changes, links, photo, shares and forwards, each with
 * the agency that made it, the agency a share went to and the reason given. Other agencies never ask for it.
 */
export const PersonHistoryCard = ({ personId }: { personId: string }) => {
  const { t } = useTranslation();
  const history = usePersonHistory(personId);
  return (
    <SectionCard title={t('persons.history.title')} testId="person-history">
      {history.isSuccess ? (
        <HistoryTimeline
          items={history.data}
          titleOf={(item) => t(personHistoryEventKey(item))}
          itemTestId="person-history-item"
        />
      ) : (
        <QueryStatus query={history} />
      )}
    </SectionCard>
  );
};
