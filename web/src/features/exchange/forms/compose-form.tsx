import { Button, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { useAgreedForces } from '../agreed-forces';
import { useSendMessage } from '../api';
import {
  ASSISTANCE_KINDS,
  type Attachment,
  type MessageKind,
  PRIORITIES,
  type Priority,
  SENDABLE_KINDS,
  type SendBody,
  TEMPLATE_KEYS,
  type TemplateKey,
} from '../types';
import { AttachmentsField } from './attachments-field';
import { PlaceAddressees } from './place-addressees';
import { type PickedRef, ReferencesField } from './references-field';

type ComposeFormProps = { ownAgencyId: string; onSent: (messageId: string) => void };

const TEMPLATE_PARAMS = ['personName', 'idNumber', 'place', 'date'] as const;

/** Writes a new message: to the forces of the agency's agreements, free text or one of the bilingual templates. */
export const ComposeForm = ({ ownAgencyId, onSent }: ComposeFormProps) => {
  const { t } = useTranslation();
  const agreed = useAgreedForces(ownAgencyId);
  const [byPlace, setByPlace] = useState<{ value: string; label: string }[]>([]);
  const addressees = useMemo(
    () => [...agreed, ...byPlace.filter((p) => !agreed.some((a) => a.value === p.value))],
    [agreed, byPlace],
  );
  const send = useSendMessage();
  const [to, setTo] = useState<string[]>([]);
  const [kind, setKind] = useState<MessageKind>('request_info');
  const [assistanceKind, setAssistanceKind] = useState<(typeof ASSISTANCE_KINDS)[number]>('verify_person');
  const [priority, setPriority] = useState<Priority>('normal');
  const [template, setTemplate] = useState<TemplateKey | null>(null);
  const [params, setParams] = useState<Record<string, string>>({});
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<Attachment[]>([]);
  const [refs, setRefs] = useState<PickedRef[]>([]);
  const [key] = useState(() => crypto.randomUUID());
  const submit = () => {
    const message: SendBody = {
      kind,
      ...(kind === 'request_assistance' ? { assistanceKind } : {}),
      to: { agencyIds: to },
      priority,
      idempotencyKey: key,
      ...(subject.trim() ? { subject: subject.trim() } : {}),
      ...(body.trim() ? { body } : {}),
      ...(template ? { templateKey: template, templateParams: params } : {}),
      ...(refs.length ? { references: refs.map(({ kind: k, id }) => ({ kind: k, id })) } : {}),
      ...(files.length ? { attachmentIds: files.map((f) => f.id) } : {}),
    };
    send.mutate(message, { onSuccess: (sent) => onSent(sent.id) });
  };
  return (
    <Stack data-testid="compose-form">
      <MultiSelect
        label={t('exchange.compose.to')}
        data={addressees}
        value={to}
        onChange={setTo}
        searchable
        data-testid="compose-to"
      />
      <PlaceAddressees
        onAdd={(agencies) => {
          setByPlace(agencies);
          setTo([...new Set([...to, ...agencies.map((a) => a.value)])]);
        }}
      />
      <Group grow>
        <Select
          label={t('exchange.compose.kind')}
          data={SENDABLE_KINDS.map((k) => ({ value: k, label: t(`exchange.kind.${k}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as MessageKind)}
          allowDeselect={false}
          data-testid="compose-kind"
        />
        {kind === 'request_assistance' && (
          <Select
            label={t('exchange.compose.assistanceKind')}
            data={ASSISTANCE_KINDS.map((k) => ({ value: k, label: t(`exchange.assistance.${k}`) }))}
            value={assistanceKind}
            onChange={(value) => value && setAssistanceKind(value as (typeof ASSISTANCE_KINDS)[number])}
            allowDeselect={false}
          />
        )}
        <Select
          label={t('exchange.compose.priority')}
          data={PRIORITIES.map((p) => ({ value: p, label: t(`exchange.priority.${p}`) }))}
          value={priority}
          onChange={(value) => value && setPriority(value as Priority)}
          allowDeselect={false}
          data-testid="compose-priority"
        />
      </Group>
      <Select
        label={t('exchange.compose.template')}
        data={TEMPLATE_KEYS.map((k) => ({ value: k, label: t(`exchange.template.${k}`) }))}
        value={template}
        onChange={(value) => setTemplate(value as TemplateKey | null)}
        clearable
      />
      {template && (
        <Group grow>
          {TEMPLATE_PARAMS.map((name) => (
            <TextInput
              key={name}
              label={t(`exchange.param.${name}`)}
              value={params[name] ?? ''}
              onChange={(event) => setParams({ ...params, [name]: event.currentTarget.value })}
            />
          ))}
        </Group>
      )}
      <TextInput
        label={t('exchange.compose.subject')}
        value={subject}
        onChange={(event) => setSubject(event.currentTarget.value)}
        maxLength={300}
        data-testid="compose-subject"
      />
      <Textarea
        label={template ? t('exchange.compose.note') : t('exchange.compose.body')}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        autosize
        minRows={4}
        maxLength={20000}
        data-testid="compose-body"
      />
      <ReferencesField value={refs} onChange={setRefs} />
      <AttachmentsField value={files} onChange={setFiles} />
      <ErrorAlert error={send.error} />
      <Button
        w="fit-content"
        onClick={submit}
        loading={send.isPending}
        disabled={to.length === 0}
        data-testid="compose-send"
      >
        {t('exchange.compose.send')}
      </Button>
    </Stack>
  );
};
