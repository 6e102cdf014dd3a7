import { Badge, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../ui/format';
import type { Transition } from '../types';

/** The lifecycle of a point or hotspot as a timeline: each move with its day, who made it, why, and the re-check it set. */
export const LifecycleTimeline = ({ moves }: { moves: Transition[] }) => {
  const { t, i18n } = useTranslation();
  return (
    <Timeline active={moves.length - 1} bulletSize={18} lineWidth={2} data-testid="hotspot-timeline">
      {moves.map((move) => (
        <Timeline.Item
          key={move.id}
          title={
            <Group gap="xs">
              <Text fw={500} size="sm">
                {t(`hotspots.status.${move.to}`)}
              </Text>
              {move.reemerged && (
                <Badge size="xs" color="red">
                  {t('hotspots.timeline.reemerged')}
                </Badge>
              )}
            </Group>
          }
        >
          <Text size="xs" c="dimmed">
            {formatDay(move.on, i18n.language)} · {move.byAgency.nameVi}
          </Text>
          <Text size="sm">{move.from === null ? t('hotspots.timeline.recorded') : (move.reason ?? '')}</Text>
          {move.recheckDueOn && (
            <Text size="xs" c="cyan">
              {t('hotspots.rechecks.due', { day: formatDay(move.recheckDueOn, i18n.language) })}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
};
