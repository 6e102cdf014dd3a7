import { SegmentedControl, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/error-text';
import { FormShell } from '../../../ui/form-shell';
import { useFormValues } from '../../../ui/use-form-values';
import { useAddChairTerm, useAddMember, useCreateGroup } from '../api';
import { AgencyPicker } from '../components/agency-picker';
import { PeriodFields } from '../components/period-fields';
import type { GroupDetail, GroupKind } from '../types';
import { textOrNull } from './form-values';

type GroupFormProps = { group: GroupDetail; onClose: () => void };

/** Adds a force to a cluster or route for a period. */
export const AddMemberForm = ({ group, onClose }: GroupFormProps) => {
  const { t } = useTranslation();
  const add = useAddMember();
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const { values, set } = useFormValues({ validFrom: '', validUntil: '' });
  const { fields, general } = useFormErrors(add.error, {
    unknown_agency: 'agencyId',
    membership_overlap: 'validFrom',
  });
  const submit = () =>
    add.mutate(
      {
        groupId: group.id,
        version: group.version,
        agencyId: agencyId ?? '',
        validFrom: textOrNull(values.validFrom),
        validUntil: textOrNull(values.validUntil),
      },
      { onSuccess: onClose },
    );
  return (
    <FormShell
      title={t('agencies.groups.addMember')}
      general={general}
      isPending={add.isPending}
      testId="member-form"
      onClose={onClose}
      onSubmit={submit}
    >
      <AgencyPicker
        label={t('agencies.groups.member')}
        value={agencyId}
        onChange={setAgencyId}
        error={fields.agencyId}
        withAsterisk
      />
      <PeriodFields value={values} onChange={set} errors={fields} />
    </FormShell>
  );
};

/** Hands the chair of a cluster over: the open term ends on the day the new one starts. */
export const ChairHandoverForm = ({ group, onClose }: GroupFormProps) => {
  const { t } = useTranslation();
  const add = useAddChairTerm();
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState('');
  const [conference, setConference] = useState({ name: '', date: '', place: '' });
  const [note, setNote] = useState('');
  const { fields, general } = useFormErrors(add.error, {
    chair_not_member: 'agencyId',
    chair_terms_overlap: 'startsOn',
  });
  const submit = () => {
    const conferenceName = conference.name.trim();
    add.mutate(
      {
        groupId: group.id,
        version: group.version,
        agencyId: agencyId ?? '',
        startsOn,
        ...(conferenceName
          ? {
              handover: {
                conferenceName,
                conferenceDate: textOrNull(conference.date),
                conferencePlace: textOrNull(conference.place),
              },
            }
          : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      { onSuccess: onClose },
    );
  };
  return (
    <FormShell
      title={t('agencies.groups.handover')}
      general={general}
      isPending={add.isPending}
      testId="chair-form"
      onClose={onClose}
      onSubmit={submit}
    >
      <AgencyPicker
        label={t('agencies.groups.newChair')}
        value={agencyId}
        onChange={setAgencyId}
        error={fields.agencyId}
        withAsterisk
      />
      <TextInput
        type="date"
        label={t('agencies.groups.startsOn')}
        value={startsOn}
        onChange={(event) => setStartsOn(event.currentTarget.value)}
        error={fields.startsOn ?? fields.endsOn}
        withAsterisk
      />
      <TextInput
        label={t('agencies.groups.conferenceName')}
        value={conference.name}
        onChange={(event) => setConference({ ...conference, name: event.currentTarget.value })}
        error={fields.handover}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('agencies.groups.conferenceDate')}
          value={conference.date}
          onChange={(event) => setConference({ ...conference, date: event.currentTarget.value })}
        />
        <TextInput
          label={t('agencies.groups.conferencePlace')}
          value={conference.place}
          onChange={(event) => setConference({ ...conference, place: event.currentTarget.value })}
        />
      </SimpleGrid>
      <Textarea
        label={t('agencies.groups.note')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={fields.note}
        autosize
      />
    </FormShell>
  );
};

type CreateGroupModalProps = {
  opened: boolean;
  onClose: () => void;
  onCreated: (group: GroupDetail) => void;
};

/** Creates a cluster or a route. */
export const CreateGroupModal = (props: CreateGroupModalProps) =>
  props.opened ? <CreateGroupForm {...props} /> : null;

const CreateGroupForm = ({ onClose, onCreated }: CreateGroupModalProps) => {
  const { t } = useTranslation();
  const create = useCreateGroup();
  const { values, set } = useFormValues({
    kind: 'cluster' as GroupKind,
    code: '',
    nameVi: '',
    nameEn: '',
    description: '',
    agreementRef: '',
  });
  const { fields, general } = useFormErrors(create.error, { group_code_taken: 'code' });
  const submit = () =>
    create.mutate(
      {
        kind: values.kind,
        code: values.code.trim().toUpperCase(),
        nameVi: values.nameVi.trim(),
        nameEn: textOrNull(values.nameEn),
        description: textOrNull(values.description),
        agreementRef: textOrNull(values.agreementRef),
      },
      {
        onSuccess: (group) => {
          onCreated(group);
          onClose();
        },
      },
    );
  return (
    <FormShell
      title={t('agencies.groups.create')}
      general={general}
      isPending={create.isPending}
      testId="group-form"
      onClose={onClose}
      onSubmit={submit}
    >
      <SegmentedControl
        value={values.kind}
        onChange={(kind) => (kind === 'cluster' || kind === 'route') && set('kind', kind)}
        data={[
          { value: 'cluster', label: t('agencies.groupKind.cluster') },
          { value: 'route', label: t('agencies.groupKind.route') },
        ]}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('agencies.form.code')}
          value={values.code}
          onChange={(event) => set('code', event.currentTarget.value)}
          error={fields.code}
          withAsterisk
        />
        <TextInput
          label={t('agencies.groups.agreement')}
          value={values.agreementRef}
          onChange={(event) => set('agreementRef', event.currentTarget.value)}
          error={fields.agreementRef}
        />
      </SimpleGrid>
      <TextInput
        label={t('agencies.form.nameVi')}
        value={values.nameVi}
        onChange={(event) => set('nameVi', event.currentTarget.value)}
        error={fields.nameVi}
        withAsterisk
      />
      <TextInput
        label={t('agencies.form.nameEn')}
        value={values.nameEn}
        onChange={(event) => set('nameEn', event.currentTarget.value)}
        error={fields.nameEn}
      />
      <Textarea
        label={t('agencies.groups.description')}
        value={values.description}
        onChange={(event) => set('description', event.currentTarget.value)}
        error={fields.description}
        autosize
        minRows={2}
      />
    </FormShell>
  );
};
