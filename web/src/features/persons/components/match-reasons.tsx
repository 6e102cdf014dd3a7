import { Badge, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../agreements/types';
import { MATCH_REASONS } from '../match-types';

const isAgainst = (reason: string): boolean => reason.endsWith('_differs') || reason.startsWith('missing_');

/** Why a record was ranked as it is, as small badges: what agrees in teal, what differs or is missing in orange. */
export const MatchReasonBadges = ({ reasons }: { reasons: readonly string[] }) => {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {reasons.map((reason) => (
        <Badge
          key={reason}
          size="xs"
          variant="light"
          color={isAgainst(reason) ? 'orange' : 'teal'}
          data-testid="match-reason"
        >
          {isOneOf(MATCH_REASONS, reason) ? t(`persons.reason.${reason}`) : reason}
        </Badge>
      ))}
    </Group>
  );
};

/** A score in [0, 1] as a percentage with a bar: green when high, yellow in the middle, grey when low. */
export const MatchScore = ({ score }: { score: number }) => {
  const percent = Math.round(score * 100);
  const color = percent >= 80 ? 'green' : percent >= 60 ? 'yellow' : 'gray';
  return (
    <Group gap={6} wrap="nowrap" data-testid="match-score">
      <Progress value={percent} color={color} w={60} size="sm" />
      <Text size="sm" fw={500}>{`${percent}%`}</Text>
    </Group>
  );
};
