import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';
import { SectionCard } from '../../../ui/section-card';
import { agencyHref } from '../../agencies/components/agency-badges';
import { usePersonMatches } from '../api';
import { MatchDecisionForm } from '../forms/match-decision-form';
import type { MatchStatus, PersonMatch } from '../match-types';
import type { PersonListItem } from '../types';
import { MatchComparison } from './match-comparison';
import { MatchScore } from './match-reasons';

const STATUS_COLOR: Record<MatchStatus, string> = {
  possible: 'yellow',
  confirmed: 'green',
  rejected: 'gray',
};
/** Below this share of the population a surname says something; above it the card warns it is common. */
const COMMON_SURNAME_SHARE = 0.05;

type Deciding = { match: PersonMatch; otherName: string; status: 'confirmed' | 'rejected' };

const MatchStatusLine = ({ match }: { match: PersonMatch }) => {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xs">
      <Badge size="sm" variant="light" color={STATUS_COLOR[match.status]} data-testid="match-status">
        {t(`persons.matches.status.${match.status}`)}
      </Badge>
      {match.decidedAt && (
        <Text size="xs" c="dimmed">
          {formatDateTime(match.decidedAt, i18n.language)}
        </Text>
      )}
      {match.decisionNote && (
        <Text size="xs" data-testid="match-note">
          {match.decisionNote}
        </Text>
      )}
    </Group>
  );
};

type MatchItemProps = { match: PersonMatch; person: PersonListItem; onDecide: (deciding: Deciding) => void };

const MatchItem = ({ match, person, onDecide }: MatchItemProps) => {
  const { t } = useTranslation();
  const { other, explanation } = match;
  if (other.level === 'pointer' || explanation === null) {
    return (
      <Card withBorder padding="sm" data-testid="person-match-pointer">
        <Text size="sm">
          {t('persons.matches.pointer', { agency: other.ownerAgency.nameVi })}{' '}
          <Anchor href={agencyHref(other.ownerAgency.id)} size="sm">
            {t('persons.pointer.contact')}
          </Anchor>
        </Text>
      </Card>
    );
  }
  const share = explanation.surnameShare;
  const decide = (status: Deciding['status']) => onDecide({ match, otherName: other.fullName, status });
  return (
    <Card withBorder padding="sm" data-testid="person-match">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="sm">
            <MatchScore score={match.score} />
            <MatchStatusLine match={match} />
            {share >= COMMON_SURNAME_SHARE && (
              <Text size="xs" c="orange" data-testid="match-common-surname">
                {t('persons.matches.commonSurname', { percent: Math.round(share * 100) })}
              </Text>
            )}
          </Group>
          {match.status === 'possible' && (
            <Group gap="xs">
              <Button
                size="compact-sm"
                color="green"
                onClick={() => decide('confirmed')}
                data-testid="match-confirm"
              >
                {t('persons.matches.confirm')}
              </Button>
              <Button
                size="compact-sm"
                variant="light"
                color="red"
                onClick={() => decide('rejected')}
                data-testid="match-reject"
              >
                {t('persons.matches.reject')}
              </Button>
            </Group>
          )}
        </Group>
        <MatchComparison mine={person} theirs={other} explanation={explanation} />
      </Stack>
    </Card>
  );
};

/**
 * The records of other forces that may be the same person as this one, each compared field by field, to confirm or
 * reject; shown only when there is at least one. Nothing is merged: a decision only records what the user judged.
 */
export const PossibleMatchesCard = ({ person }: { person: PersonListItem }) => {
  const { t } = useTranslation();
  const matches = usePersonMatches(person.id);
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const items = matches.data?.items ?? [];
  if (items.length === 0) {
    return null;
  }
  return (
    <SectionCard title={t('persons.matches.title')} testId="person-matches">
      <Alert color="blue" variant="light">
        {t('persons.matches.explain')}
      </Alert>
      {items.map((match) => (
        <MatchItem key={match.id} match={match} person={person} onDecide={setDeciding} />
      ))}
      {deciding && (
        <MatchDecisionForm
          matchId={deciding.match.id}
          otherName={deciding.otherName}
          status={deciding.status}
          onClose={() => setDeciding(null)}
        />
      )}
    </SectionCard>
  );
};
