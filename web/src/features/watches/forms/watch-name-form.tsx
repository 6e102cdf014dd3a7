import { Checkbox, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { useCreateWatch } from '../api';
import type { CreateWatchBody } from '../types';

type WatchNameFormProps = { canWatchSilently: boolean; onClose: () => void };

const EMPTY = { name: '', birthYear: '', silent: false, note: '' };

const toBody = (values: typeof EMPTY): CreateWatchBody => {
  const note = values.note.trim();
  const year = values.birthYear.trim();
  return {
    name: values.name.trim(),
    ...(year === '' ? {} : { birthYear: Number(year) }),
    ...(values.silent ? { silent: true } : {}),
    ...(note === '' ? {} : { note }),
  };
};

/** Watches a name not (yet) recorded by a force the user reads: any record close to it, from any force, is a hit. */
export const WatchNameForm = ({ canWatchSilently, onClose }: WatchNameFormProps) => {
  const { t } = useTranslation();
  const create = useCreateWatch();
  const { values, set } = useFormValues(EMPTY);
  const { fields, general } = useFormErrors(create.error);
  return (
    <FormShell
      title={t('watches.form.title')}
      general={general}
      isPending={create.isPending}
      testId="watch-form"
      submitLabel={t('watches.form.submit')}
      onClose={onClose}
      onSubmit={() => create.mutate(toBody(values), { onSuccess: onClose })}
    >
      <TextInput
        label={t('watches.form.name')}
        value={values.name}
        onChange={(event) => set('name', event.currentTarget.value)}
        error={fields.name}
        withAsterisk
        data-testid="watch-form-name"
      />
      <TextInput
        label={t('watches.form.birthYear')}
        value={values.birthYear}
        onChange={(event) => set('birthYear', event.currentTarget.value)}
        error={fields.birthYear}
        inputMode="numeric"
        maxLength={4}
        data-testid="watch-form-birthYear"
      />
      {canWatchSilently && (
        <Checkbox
          label={t('watches.silent.label')}
          description={t('watches.silent.description')}
          checked={values.silent}
          onChange={(event) => set('silent', event.currentTarget.checked)}
          data-testid="watch-form-silent"
        />
      )}
      <Textarea
        label={t('watches.form.note')}
        value={values.note}
        onChange={(event) => set('note', event.currentTarget.value)}
        error={fields.note}
        autosize
        minRows={2}
        data-testid="watch-form-note"
      />
    </FormShell>
  );
};
