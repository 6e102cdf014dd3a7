import {
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { textOrNull } from '../../agencies/forms/form-values';
import { useSetReviews } from '../api';
import { type AgreementDetail, isOneOf, REVIEW_KINDS, type ReviewBody, type ReviewKind } from '../types';
import { appendRow, changeRow, type Keyed, removeRow, useRowErrors, wholeOrNull, withKeys } from './row-list';

const SCHEDULES = ['every', 'fixed'] as const;
type Schedule = (typeof SCHEDULES)[number];

type Row = {
  kind: ReviewKind;
  schedule: Schedule;
  everyMonths: number | null;
  fixedOn: string;
  lastHeldOn: string;
  remindDaysBefore: number | null;
  note: string;
};

const NEW_ROW: Row = {
  kind: 'interim_review',
  schedule: 'every',
  everyMonths: 12,
  fixedOn: '',
  lastHeldOn: '',
  remindDaysBefore: 30,
  note: '',
};

const rowsOf = (agreement: AgreementDetail): Keyed<Row>[] =>
  withKeys(
    agreement.reviews.map((review) => ({
      kind: review.kind,
      schedule: review.everyMonths === null ? 'fixed' : 'every',
      everyMonths: review.everyMonths,
      fixedOn: review.fixedOn ?? '',
      lastHeldOn: review.lastHeldOn ?? '',
      remindDaysBefore: review.remindDaysBefore,
      note: review.note ?? '',
    })),
  );

/** A row as the API takes it: only the schedule chosen is sent, the other is null. */
const bodyOf = (row: Row): ReviewBody => ({
  kind: row.kind,
  everyMonths: row.schedule === 'every' ? row.everyMonths : null,
  fixedOn: row.schedule === 'fixed' ? textOrNull(row.fixedOn) : null,
  lastHeldOn: textOrNull(row.lastHeldOn),
  remindDaysBefore: row.remindDaysBefore ?? 30,
  note: textOrNull(row.note),
});

type ReviewRowProps = {
  row: Row;
  index: number;
  error: (field: string) => string | undefined;
  onChange: (patch: Partial<Row>) => void;
  onRemove: () => void;
};

const ReviewRow = ({ row, index, error, onChange, onRemove }: ReviewRowProps) => {
  const { t } = useTranslation();
  const scheduleError = error('everyMonths') ?? error('fixedOn');
  return (
    <Paper withBorder p="sm" data-testid="reviews-form-row">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('agreements.reviewsForm.kind')}
          data={REVIEW_KINDS.map((kind) => ({ value: kind, label: t(`agreements.reviewKind.${kind}`) }))}
          value={row.kind}
          onChange={(kind) => isOneOf(REVIEW_KINDS, kind) && onChange({ kind })}
          error={error('kind')}
          allowDeselect={false}
          data-testid={`reviews-form-kind-${index}`}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('agreements.reviewsForm.schedule')}
          </Text>
          <SegmentedControl
            fullWidth
            data={SCHEDULES.map((schedule) => ({
              value: schedule,
              label: t(`agreements.reviewsForm.${schedule}`),
            }))}
            value={row.schedule}
            onChange={(schedule) => isOneOf(SCHEDULES, schedule) && onChange({ schedule })}
            data-testid={`reviews-form-schedule-${index}`}
          />
        </Stack>
        {row.schedule === 'every' ? (
          <NumberInput
            label={t('agreements.reviewsForm.everyMonths')}
            value={row.everyMonths ?? ''}
            onChange={(value) => onChange({ everyMonths: wholeOrNull(value) })}
            error={scheduleError}
            min={1}
            max={120}
            allowDecimal={false}
            data-testid={`reviews-form-every-${index}`}
          />
        ) : (
          <TextInput
            type="date"
            label={t('agreements.reviewsForm.fixedOn')}
            value={row.fixedOn}
            onChange={(event) => onChange({ fixedOn: event.currentTarget.value })}
            error={scheduleError}
            data-testid={`reviews-form-fixed-${index}`}
          />
        )}
        <TextInput
          type="date"
          label={t('agreements.reviews.lastHeld')}
          value={row.lastHeldOn}
          onChange={(event) => onChange({ lastHeldOn: event.currentTarget.value })}
          error={error('lastHeldOn')}
        />
        <NumberInput
          label={t('agreements.reviewsForm.remindDaysBefore')}
          value={row.remindDaysBefore ?? ''}
          onChange={(value) => onChange({ remindDaysBefore: wholeOrNull(value) })}
          error={error('remindDaysBefore')}
          min={0}
          max={366}
          allowDecimal={false}
        />
        <TextInput
          label={t('agreements.form.note')}
          value={row.note}
          onChange={(event) => onChange({ note: event.currentTarget.value })}
          error={error('note')}
          data-testid={`reviews-form-note-${index}`}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button size="compact-xs" variant="subtle" color="red" onClick={onRemove}>
          {t('agreements.reviewsForm.remove')}
        </Button>
      </Group>
    </Paper>
  );
};

type ReviewsEditorProps = { agreement: AgreementDetail; onClose: () => void };

/** Edits the review calendar: each review every N months or on a fixed day, when last held, how early to remind. */
export const ReviewsEditor = ({ agreement, onClose }: ReviewsEditorProps) => {
  const { t } = useTranslation();
  const save = useSetReviews();
  const { values, set } = useFormValues(() => ({ rows: rowsOf(agreement) }));
  const { general } = useFormErrors(save.error);
  const rowError = useRowErrors(save.error, 'reviews');
  const submit = () =>
    save.mutate(
      { id: agreement.id, version: agreement.version, reviews: values.rows.map(bodyOf) },
      { onSuccess: onClose },
    );
  return (
    <FormShell
      title={t('agreements.reviewsForm.title')}
      size="xl"
      general={general}
      isPending={save.isPending}
      testId="reviews-form"
      onClose={onClose}
      onSubmit={submit}
    >
      {values.rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('agreements.reviews.none')}
        </Text>
      )}
      {values.rows.map((row, index) => (
        <ReviewRow
          key={row.key}
          row={row}
          index={index}
          error={(field) => rowError(index, field)}
          onChange={(patch) => set('rows', changeRow(values.rows, row.key, patch))}
          onRemove={() => set('rows', removeRow(values.rows, row.key))}
        />
      ))}
      <Group>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => set('rows', appendRow(values.rows, NEW_ROW))}
          data-testid="reviews-form-add"
        >
          {t('agreements.reviewsForm.add')}
        </Button>
      </Group>
    </FormShell>
  );
};
