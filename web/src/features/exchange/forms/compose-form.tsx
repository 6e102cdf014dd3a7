import { Button, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { todayDay } from '../../../ui/format';
import { useAgreements } from '../../agreements/api';
import { useSendMessage } from '../api';
import {
  ASSISTANCE_KINDS,
  type MessageKind,
  PRIORITIES,
  type Priority,
  SENDABLE_KINDS,
  type SendBody,
  TEMPLATE_KEYS,
  type TemplateKey,
} from '../types';
import { PlaceAddressees } from './place-addressees';

type ComposeFormProps = { ownAgencyId: string; onSent: (messageId: string) => void };

const TEMPLATE_PARAMS = ['personName', 'idNumber', 'place', 'date'] as const;

/** The forces the user's agency has an agreement in force with: the addressees it is offered first. */
const useSuggestedAddressees = (ownAgencyId: string) => {
  const agreements = useAgreements({
    agencyId: ownAgencyId,
    status: 'in_force',
    kind: null,
    domain: null,
    inForceOn: todayDay(),
  });
  return useMemo(() => {
    const seen = new Map<string, string>();
    for (const agreement of agreements.data ?? []) {
      for (const party of agreement.parties) {
        if (party.agency.id !== ownAgencyId) seen.set(party.agency.id, party.agency.nameVi);
      }
    }
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [agreements.data, ownAgencyId]);
};

/** Writes a new message: to the forces of the agency's agreements, free text or one of the bilingual templates. */
export const ComposeForm = ({ ownAgencyId, onSent }: ComposeFormProps) => {
  const { t } = useTranslation();
  const agreed = useSuggestedAddressees(ownAgencyId);
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
