import { Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';
import type { HistoryItem } from '../types';
import { AgencyLink } from './agency-badges';

const HistoryEntry = ({ item }: { item: HistoryItem }) => {
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
          {t('app.history.system')}
        </Text>
      )}
      {item.receivingAgency && (
        <Group gap={4} data-testid="history-receiving-agency">
          <Text size="sm">{t('app.history.to')}</Text>
          <AgencyLink agency={item.receivingAgency} />
        </Group>
      )}
      {item.justification && (
        <Text size="sm" fs="italic" data-testid="history-justification">
          {t('app.history.why', { text: item.justification })}
        </Text>
      )}
    </>
  );
};

type HistoryTimelineProps = {
  /** Oldest first, as the history endpoints answer. */
  items: HistoryItem[];
  /** The translated name of a change (each feature names its own events). */
  titleOf: (item: HistoryItem) => string;
  itemTestId: string;
};

/**
 * A record's history, newest first: each change, when, by which agency (or the system), to which agency a share
 * went and the reason given. The history cards of agreements and persons draw it.
 */
export const HistoryTimeline = ({ items, titleOf, itemTestId }: HistoryTimelineProps) => {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('app.history.none')}
      </Text>
    );
  }
  return (
    <Timeline active={0} bulletSize={14} lineWidth={2}>
      {/* The position in the oldest-first log is stable (the log only grows) and unique, unlike `at`. */}
      {items
        .map((item, seq) => ({ item, seq }))
        .toReversed()
        .map(({ item, seq }) => (
          <Timeline.Item key={seq} title={titleOf(item)} data-testid={itemTestId}>
            <HistoryEntry item={item} />
          </Timeline.Item>
        ))}
    </Timeline>
  );
};
