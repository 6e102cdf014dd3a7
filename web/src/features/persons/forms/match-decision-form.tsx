import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useDecideMatch } from '../api';

type MatchDecisionFormProps = {
  matchId: string;
  otherName: string;
  status: 'confirmed' | 'rejected';
  onClose: () => void;
};

/** Asks before confirming or rejecting a possible match, with an optional note the audit keeps. */
export const MatchDecisionForm = ({ matchId, otherName, status, onClose }: MatchDecisionFormProps) => {
  const { t } = useTranslation();
  const decide = useDecideMatch();
  const [note, setNote] = useState('');
  const { fields, general } = useFormErrors(decide.error);
  const submit = () => {
    const trimmed = note.trim();
    decide.mutate({ matchId, status, ...(trimmed ? { note: trimmed } : {}) }, { onSuccess: onClose });
  };
  return (
    <FormShell
      title={t(status === 'confirmed' ? 'persons.matches.confirmTitle' : 'persons.matches.rejectTitle')}
      size="md"
      general={general}
      isPending={decide.isPending}
      testId="match-decision-form"
      submitLabel={t(status === 'confirmed' ? 'persons.matches.confirm' : 'persons.matches.reject')}
      onClose={onClose}
      onSubmit={submit}
    >
      <Text size="sm">
        {t(status === 'confirmed' ? 'persons.matches.confirmQuestion' : 'persons.matches.rejectQuestion', {
          name: otherName,
        })}
      </Text>
      <Textarea
        label={t('persons.matches.note')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={fields.note}
        autosize
        minRows={2}
        data-testid="match-decision-note"
      />
    </FormShell>
  );
};
