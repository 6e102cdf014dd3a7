import type { AgencySummary } from '../agencies/types';

export const MESSAGE_KINDS = [
  'notification',
  'request_info',
  'request_assistance',
  'reply',
  'alert',
  'wanted_circulation',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
/** The kinds a user starts a thread with (a reply answers one). */
export const SENDABLE_KINDS = MESSAGE_KINDS.filter((kind) => kind !== 'reply');
export const ASSISTANCE_KINDS = ['arrest', 'verify_person', 'joint_action'] as const;
export const PRIORITIES = ['urgent', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const MESSAGE_STATES = [
  'sent',
  'delivered',
  'read',
  'acknowledged',
  'answered',
  'overdue',
  'closed',
  'withdrawn',
] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];
export const TEMPLATE_KEYS = [
  'verify_identity',
  'suspect_whereabouts',
  'arrest_notice',
  'joint_patrol',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

/** One recipient's copy of a message: its number in the pair's sequence, its state and each dated step. */
export type RecipientCopy = {
  agency: AgencySummary;
  seq: number | null;
  state: MessageState;
  deadlineAt: string | null;
  deadlineSource: 'agreement' | 'explicit' | null;
  stateChangedAt: string;
  readAt: string | null;
  answeredAt: string | null;
  events: { from: MessageState | null; to: MessageState; at: string }[];
};

export type MessageSummary = {
  id: string;
  kind: MessageKind;
  assistanceKind: (typeof ASSISTANCE_KINDS)[number] | null;
  subject: string;
  priority: Priority;
  classification: string;
  handlingCode: string;
  sender: AgencySummary;
  threadId: string;
  inReplyToId: string | null;
  caseId: string | null;
  agreementId: string | null;
  templateKey: string | null;
  outOfBand: boolean;
  channel: string | null;
  occurredAt: string | null;
  createdAt: string;
  mine: RecipientCopy | null;
  recipients: RecipientCopy[];
};

/** A record a message refers to, as the sharing policy lets the reader see it. */
export type MessageReference = {
  kind: string;
  id: string;
  level: 'pointer' | 'summary' | 'full';
  ownerAgency: AgencySummary;
};

export type Message = MessageSummary & {
  body: string | null;
  references: MessageReference[];
  attachments: Attachment[];
};

/** A file carried by a message. */
export type Attachment = { id: string; filename: string; mediaType: string; byteSize: number };

/** A record a message refers to, as the sender names it. */
export type RecordRef = { kind: 'persons' | 'hotspots' | 'cases'; id: string };

export type MessageList = { items: MessageSummary[]; total: number; unread: number };
export type Thread = { threadId: string; messages: Message[] };

export type InboxFilters = {
  kind: MessageKind | null;
  state: MessageState | null;
  overdue: boolean;
  agreementId: string | null;
  caseId: string | null;
};

/** `POST /messages`. */
export type SendBody = {
  kind: MessageKind;
  assistanceKind?: (typeof ASSISTANCE_KINDS)[number];
  to: { agencyIds: string[] };
  subject?: string;
  body?: string;
  templateKey?: TemplateKey;
  templateParams?: Record<string, string>;
  priority: Priority;
  deadlineAt?: string;
  references?: RecordRef[];
  attachmentIds?: string[];
  idempotencyKey: string;
};

export type UnreadCounts = { messages: number; notifications: number };

/** The roles that write messages (the server refuses the others). */
export const canSendMessages = (roles: readonly string[]): boolean =>
  ['administrator', 'commander', 'liaison_officer', 'investigator'].some((role) => roles.includes(role));

/** Whether a copy still waits and its deadline has passed. */
export const isLate = (copy: RecipientCopy | null, now: number): boolean =>
  copy !== null &&
  (copy.state === 'overdue' ||
    (['sent', 'delivered', 'read', 'acknowledged'].includes(copy.state) &&
      copy.deadlineAt !== null &&
      new Date(copy.deadlineAt).getTime() < now));

/** The forces suggested for a place, each with the agreements through which it is one. */
export type AddresseeSuggestions = {
  zones: { id: string; name: string }[];
  suggestions: {
    agency: AgencySummary;
    agreements: { id: string; number: string | null; title: string }[];
  }[];
};

/** The exchange figures of an agreement over a period (days, `until` excluded). */
export type Scorecard = {
  agreementId: string;
  from: string;
  until: string;
  messages: number;
  requestsSent: number;
  requestsAnswered: number;
  answeredOnTime: number;
  overdue: number;
  medianAnswerHours: number | null;
  itemsExchanged: number;
  outOfBand: number;
};
