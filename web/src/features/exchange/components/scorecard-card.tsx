import { Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api';
import { ErrorAlert } from '../../../ui/error-alert';
import { SectionCard } from '../../../ui/section-card';
import { useScorecard } from '../api';
import type { Scorecard } from '../types';

const FIGURES = [
  'messages',
  'requestsSent',
  'requestsAnswered',
  'answeredOnTime',
  'overdue',
  'itemsExchanged',
  'outOfBand',
] as const;

/** This year so far: from 1 January to tomorrow (the end is excluded). */
const thisYear = () => {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  return { from: `${tomorrow.slice(0, 4)}-01-01`, until: tomorrow };
};

const Figure = ({ label, value }: { label: string; value: string }) => (
  <Stack gap={0}>
    <Text size="xl" fw={700}>
      {value}
    </Text>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
  </Stack>
);

/** The exchange figures under an agreement for a period, as a review conference cites them; hidden from non-parties. */
export const ScorecardCard = ({ agreementId }: { agreementId: string }) => {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = useState(thisYear);
  const card = useScorecard(agreementId, period);
  if (card.error instanceof ApiError && card.error.status === 403) return null;
  const number = (value: number) => value.toLocaleString(i18n.language);
  const median = (s: Scorecard) =>
    s.medianAnswerHours === null
      ? '—'
      : t('exchange.scorecard.hours', { value: s.medianAnswerHours.toLocaleString(i18n.language) });
  return (
    <SectionCard title={t('exchange.scorecard.title')} testId="agreement-scorecard">
      <Group>
        <TextInput
          type="date"
          label={t('exchange.scorecard.from')}
          value={period.from}
          onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('exchange.scorecard.until')}
          value={period.until}
          onChange={(event) => setPeriod({ ...period, until: event.currentTarget.value })}
        />
      </Group>
      <ErrorAlert error={card.error} />
      {card.data && (
        <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="scorecard-figures">
          {FIGURES.map((name) => (
            <Figure key={name} label={t(`exchange.scorecard.${name}`)} value={number(card.data[name])} />
          ))}
          <Figure label={t('exchange.scorecard.medianAnswer')} value={median(card.data)} />
        </SimpleGrid>
      )}
    </SectionCard>
  );
};
