import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, todayDay } from '../../../ui/format';
import { SectionCard } from '../../../ui/section-card';
import type { Review } from '../types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day reminders start: the due day minus the review's reminder days. */
const remindFromOf = (dueOn: string, remindDaysBefore: number): string =>
  new Date(Date.parse(`${dueOn}T00:00:00Z`) - remindDaysBefore * DAY_MS).toISOString().slice(0, 10);

type DueState = 'overdue' | 'dueSoon' | null;

/** Whether a review is past due, within its reminder window, or neither (days compare as text). */
export const dueStateOf = (review: Review, today: string): DueState => {
  if (!review.nextDueOn) {
    return null;
  }
  if (review.nextDueOn < today) {
    return 'overdue';
  }
  return remindFromOf(review.nextDueOn, review.remindDaysBefore) <= today ? 'dueSoon' : null;
};

const ReviewItem = ({ review }: { review: Review }) => {
  const { t, i18n } = useTranslation();
  const day = (value: string) => formatDay(value, i18n.language);
  const state = dueStateOf(review, todayDay());
  const later = review.upcoming.filter((due) => due !== review.nextDueOn);
  const schedule =
    review.everyMonths === null
      ? t('agreements.reviews.fixedOn', { day: review.fixedOn ? day(review.fixedOn) : '—' })
      : review.everyMonths % 12 === 0
        ? t('agreements.reviews.everyYears', { years: review.everyMonths / 12 })
        : t('agreements.reviews.everyMonths', { months: review.everyMonths });
  return (
    <Stack gap={2} data-testid="agreement-review">
      <Group gap="xs">
        <Text fw={500} size="sm">
          {t(`agreements.reviewKind.${review.kind}`)}
        </Text>
        <Text size="sm">· {schedule}</Text>
        {state && (
          <Badge size="sm" color={state === 'overdue' ? 'red' : 'orange'} data-testid="review-due-badge">
            {t(`agreements.reviews.${state}`)}
          </Badge>
        )}
      </Group>
      <Text size="sm">
        {t('agreements.reviews.nextDue')}: {review.nextDueOn ? day(review.nextDueOn) : '—'}
        {later.length > 0 && ` (${t('agreements.reviews.upcoming')}: ${later.map(day).join(', ')})`}
      </Text>
      <Text size="xs" c="dimmed">
        {review.lastHeldOn && `${t('agreements.reviews.lastHeld')}: ${day(review.lastHeldOn)} · `}
        {t('agreements.reviews.remind', { days: review.remindDaysBefore })}
      </Text>
      {review.note && (
        <Text size="xs" c="dimmed">
          {review.note}
        </Text>
      )}
    </Stack>
  );
};

/** The review calendar: each review's schedule, next due days and a badge when it is due soon or overdue. */
export const ReviewsCard = ({ reviews, action }: { reviews: Review[]; action?: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('agreements.reviews.title')} action={action} testId="agreement-reviews">
      {reviews.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreements.reviews.none')}
        </Text>
      ) : (
        reviews.map((review) => <ReviewItem key={review.id} review={review} />)
      )}
    </SectionCard>
  );
};
