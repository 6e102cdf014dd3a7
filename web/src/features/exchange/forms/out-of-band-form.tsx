import { Button, Group, SegmentedControl, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { useAgreedForces } from '../agreed-forces';
import { type OutOfBandBody, useRecordOutOfBand } from '../api';

const CHANNELS = ['phone', 'meeting', 'radio', 'other'] as const;
/** The kinds an exchange outside the system is recorded as (an assistance request is sent through the system). */
const KINDS = ['notification', 'request_info', 'alert', 'wanted_circulation'] as const;

type OutOfBandFormProps = { ownAgencyId: string; onRecorded: (messageId: string) => void };

/** Records an exchange made by phone, in a meeting or by radio, at its time in UTC+7, so the record is complete. */
export const OutOfBandForm = ({ ownAgencyId, onRecorded }: OutOfBandFormProps) => {
  const { t } = useTranslation();
  const forces = useAgreedForces(ownAgencyId);
  const record = useRecordOutOfBand();
  const [direction, setDirection] = useState<OutOfBandBody['direction']>('received');
  const [counterpart, setCounterpart] = useState<string | null>(null);
  const [channel, setChannel] = useState<OutOfBandBody['channel']>('phone');
  const [kind, setKind] = useState<OutOfBandBody['kind']>('request_info');
  const [at, setAt] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [key] = useState(() => crypto.randomUUID());
  const submit = () => {
    if (!counterpart) return;
    const entry: OutOfBandBody = {
      direction,
      counterpartAgencyId: counterpart,
      channel,
      kind,
      // The time is read as the borders' local time (Vietnam and Laos share UTC+7).
      occurredAt: `${at}:00+07:00`,
      subject: subject.trim(),
      body,
      idempotencyKey: key,
    };
    record.mutate(entry, { onSuccess: (saved) => onRecorded(saved.id) });
  };
  return (
    <Stack data-testid="out-of-band-form">
      <SegmentedControl
        value={direction}
        onChange={(value) => setDirection(value as OutOfBandBody['direction'])}
        data={[
          { value: 'received', label: t('exchange.oob.received') },
          { value: 'sent', label: t('exchange.oob.sent') },
        ]}
      />
      <Group grow>
        <Select
          label={t('exchange.oob.counterpart')}
          data={forces}
          value={counterpart}
          onChange={setCounterpart}
          searchable
          data-testid="oob-counterpart"
        />
        <Select
          label={t('exchange.oob.channel')}
          data={CHANNELS.map((c) => ({ value: c, label: t(`exchange.channel.${c}`) }))}
          value={channel}
          onChange={(value) => value && setChannel(value as OutOfBandBody['channel'])}
          allowDeselect={false}
        />
        <Select
          label={t('exchange.compose.kind')}
          data={KINDS.map((k) => ({ value: k, label: t(`exchange.kind.${k}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as OutOfBandBody['kind'])}
          allowDeselect={false}
        />
      </Group>
      <TextInput
        type="datetime-local"
        label={t('exchange.oob.occurredAt')}
        value={at}
        onChange={(event) => setAt(event.currentTarget.value)}
        data-testid="oob-occurred-at"
      />
      <TextInput
        label={t('exchange.compose.subject')}
        value={subject}
        onChange={(event) => setSubject(event.currentTarget.value)}
        maxLength={300}
        data-testid="oob-subject"
      />
      <Textarea
        label={t('exchange.oob.summary')}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={20000}
      />
      <ErrorAlert error={record.error} />
      <Button
        w="fit-content"
        onClick={submit}
        loading={record.isPending}
        disabled={!counterpart || at === '' || subject.trim() === ''}
        data-testid="oob-save"
      >
        {t('exchange.oob.save')}
      </Button>
    </Stack>
  );
};
