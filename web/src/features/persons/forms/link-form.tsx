import { Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { isOneOf } from '../../agreements/types';
import { PERSON_LINK_KINDS, type PersonLinkKind } from '../link-types';
import { useAddPersonLink } from '../record-api';
import { PersonPicker } from './person-picker';

type Values = { linkedPersonId: string | null; kind: PersonLinkKind; note: string };

// The server names the field for these; listed so that none of them also shows above the form.
const FIELD_OF_CODE = {
  self_link: 'linkedPersonId',
  link_exists: 'linkedPersonId',
  unknown_person: 'linkedPersonId',
};

type LinkFormProps = { personId: string; onClose: () => void };

/** Links the person to another one found by search, with the kind of link ("B is A's supplier") and a note. */
export const LinkForm = ({ personId, onClose }: LinkFormProps) => {
  const { t } = useTranslation();
  const add = useAddPersonLink();
  const { values, set } = useFormValues<Values>({ linkedPersonId: null, kind: 'associate', note: '' });
  const { fields, general } = useFormErrors(add.error, FIELD_OF_CODE);
  const submit = () => {
    const note = values.note.trim();
    add.mutate(
      {
        personId,
        linkedPersonId: values.linkedPersonId ?? '',
        kind: values.kind,
        ...(note ? { note } : {}),
      },
      { onSuccess: onClose },
    );
  };
  return (
    <FormShell
      title={t('persons.links.form.title')}
      general={general}
      isPending={add.isPending}
      testId="link-form"
      submitLabel={t('persons.links.form.submit')}
      onClose={onClose}
      onSubmit={submit}
    >
      <PersonPicker
        label={t('persons.links.form.person')}
        value={values.linkedPersonId}
        excludeId={personId}
        onChange={(id) => set('linkedPersonId', id)}
        error={fields.linkedPersonId}
        testId="link-form-person"
      />
      <Select
        label={t('persons.links.form.kind')}
        description={t('persons.links.form.kindHint')}
        data={PERSON_LINK_KINDS.map((kind) => ({ value: kind, label: t(`persons.links.kind.${kind}`) }))}
        value={values.kind}
        onChange={(kind) => isOneOf(PERSON_LINK_KINDS, kind) && set('kind', kind)}
        error={fields.kind}
        allowDeselect={false}
        data-testid="link-form-kind"
      />
      <Textarea
        label={t('persons.links.form.note')}
        value={values.note}
        onChange={(event) => set('note', event.currentTarget.value)}
        error={fields.note}
        autosize
        minRows={2}
        data-testid="link-form-note"
      />
    </FormShell>
  );
};
