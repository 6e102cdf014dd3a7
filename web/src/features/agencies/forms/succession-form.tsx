import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useAddSuccession } from '../api';
import { AgencyPicker } from '../components/agency-picker';
import { type AgencyDetail, SUCCESSION_KINDS, type SuccessionKind } from '../types';
import { textOrNull } from './form-values';

const isSuccessionKind = (value: string | null): value is SuccessionKind =>
  SUCCESSION_KINDS.some((kind) => kind === value);

type SuccessionFormProps = { agency: AgencyDetail; onClose: () => void };

/** Records what an agency became on a day: merged into or renamed to one agency, or split into several. */
export const SuccessionForm = ({ agency, onClose }: SuccessionFormProps) => {
  const { t } = useTranslation();
  const add = useAddSuccession();
  const [kind, setKind] = useState<SuccessionKind>('merged_into');
  const [date, setDate] = useState('');
  const [successors, setSuccessors] = useState<(string | null)[]>([null]);
  const [note, setNote] = useState('');
  const { fields, general } = useFormErrors(add.error);
  const isSplit = kind === 'split_into';
  const chosen = isSplit ? successors : successors.slice(0, 1);
  const submit = () => {
    const trimmedNote = textOrNull(note);
    add.mutate(
      {
        id: agency.id,
        version: agency.version,
        kind,
        date,
        successorIds: chosen.filter((id): id is string => id !== null),
        ...(trimmedNote ? { note: trimmedNote } : {}),
      },
      { onSuccess: onClose },
    );
  };
  const setSuccessor = (index: number, id: string | null) =>
    setSuccessors((current) => current.map((other, at) => (at === index ? id : other)));
  return (
    <FormShell
      title={t('agencies.successionForm.title', { agency: agency.nameVi })}
      general={general}
      isPending={add.isPending}
      testId="succession-form"
      onClose={onClose}
      onSubmit={submit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('agencies.successionForm.kind')}
          data={SUCCESSION_KINDS.map((value) => ({
            value,
            label: t(`agencies.successionForm.kinds.${value}`),
          }))}
          value={kind}
          onChange={(value) => isSuccessionKind(value) && setKind(value)}
          allowDeselect={false}
          error={fields.kind}
          data-testid="succession-form-kind"
        />
        <TextInput
          type="date"
          label={t('agencies.successionForm.date')}
          description={t('agencies.successionForm.dateHint')}
          value={date}
          onChange={(event) => setDate(event.currentTarget.value)}
          error={fields.date}
          withAsterisk
          data-testid="succession-form-date"
        />
      </SimpleGrid>
      <Stack gap="xs">
        {chosen.map((successorId, index) => (
          <AgencyPicker
            // The pickers are positional: a successor is only ever added at the end.
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
            key={index}
            label={t('agencies.successionForm.successor', { number: index + 1 })}
            value={successorId}
            onChange={(id) => setSuccessor(index, id)}
            error={index === chosen.length - 1 ? fields.successorIds : undefined}
            withAsterisk
            testId={`succession-form-successor-${index}`}
          />
        ))}
        {isSplit && (
          <Group>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => setSuccessors((current) => [...current, null])}
            >
              {t('agencies.successionForm.addSuccessor')}
            </Button>
          </Group>
        )}
      </Stack>
      <Textarea
        label={t('agencies.successionForm.note')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={fields.note}
        autosize
        minRows={2}
      />
    </FormShell>
  );
};
