import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytes, CLASSIFICATIONS, HANDLING_CODES, utcTimestamp } from '../../db/columns.ts';
import { MESSAGE_STATES } from './message-states.ts';

export const MESSAGE_KINDS = [
  'notification',
  'request_info',
  'request_assistance',
  'reply',
  'alert',
  'wanted_circulation',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** The kinds that ask for an answer: only they carry a deadline and become overdue. */
export const REQUEST_KINDS: readonly MessageKind[] = ['request_info', 'request_assistance'];

export const ASSISTANCE_KINDS = ['arrest', 'verify_person', 'joint_action'] as const;
export const PRIORITIES = ['urgent', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** How an exchange made outside the system was made, when it is recorded afterwards. */
export const OUT_OF_BAND_CHANNELS = ['phone', 'meeting', 'radio', 'other'] as const;

/**
 * A message from one agency to one or more others. `thread_id` is the first message of its thread (its own id for a
 * first message); `idempotency_key` makes a retried send give the same message. Out-of-band entries record an
 * exchange made by phone or in a meeting: `recorded_by_agency_id` says which side wrote it down.
 */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: MESSAGE_KINDS }).notNull(),
    assistanceKind: text('assistance_kind', { enum: ASSISTANCE_KINDS }),
    senderAgencyId: uuid('sender_agency_id').notNull(),
    senderUserId: uuid('sender_user_id'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    priority: text('priority', { enum: PRIORITIES }).notNull(),
    classification: text('classification', { enum: CLASSIFICATIONS }).notNull().default('none'),
    handlingCode: text('handling_code', { enum: HANDLING_CODES }).notNull().default('H0'),
    threadId: uuid('thread_id').notNull(),
    inReplyToId: uuid('in_reply_to_id'),
    caseId: uuid('case_id'),
    operationId: uuid('operation_id'),
    agreementId: uuid('agreement_id'),
    templateKey: text('template_key'),
    templateParams: jsonb('template_params').$type<Record<string, string>>(),
    language: text('language').notNull().default('vi'),
    outOfBand: boolean('out_of_band').notNull().default(false),
    channel: text('channel', { enum: OUT_OF_BAND_CHANNELS }),
    occurredAt: utcTimestamp('occurred_at'),
    recordedByAgencyId: uuid('recorded_by_agency_id'),
    idempotencyKey: text('idempotency_key'),
    /** The fingerprint of what was asked with the idempotency key: a reuse asking something else is refused. */
    requestHash: text('request_hash'),
    createdAt: utcTimestamp('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('messages_idempotency_key').on(t.senderAgencyId, t.idempotencyKey),
    index('messages_thread_idx').on(t.threadId, t.createdAt),
    index('messages_sender_idx').on(t.senderAgencyId, t.createdAt),
    index('messages_case_idx').on(t.caseId),
    index('messages_agreement_idx').on(t.agreementId),
  ],
);

/**
 * One row per message and recipient agency: its place in the gapless sequence of the (sender, recipient) pair, its
 * state, its deadline and the day of each step. Out-of-band entries carry no sequence number.
 */
export const messageRecipients = pgTable(
  'message_recipients',
  {
    id: uuid('id').primaryKey(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id),
    senderAgencyId: uuid('sender_agency_id').notNull(),
    recipientAgencyId: uuid('recipient_agency_id').notNull(),
    seq: bigint('seq', { mode: 'number' }),
    state: text('state', { enum: MESSAGE_STATES }).notNull(),
    deadlineAt: utcTimestamp('deadline_at'),
    deadlineSource: text('deadline_source', { enum: ['agreement', 'explicit'] }),
    deadlineAgreementId: uuid('deadline_agreement_id'),
    createdAt: utcTimestamp('created_at').notNull(),
    stateChangedAt: utcTimestamp('state_changed_at').notNull(),
    deliveredAt: utcTimestamp('delivered_at'),
    readAt: utcTimestamp('read_at'),
    acknowledgedAt: utcTimestamp('acknowledged_at'),
    answeredAt: utcTimestamp('answered_at'),
    answeredByMessageId: uuid('answered_by_message_id'),
    overdueAt: utcTimestamp('overdue_at'),
    escalatedAt: utcTimestamp('escalated_at'),
    closedAt: utcTimestamp('closed_at'),
    withdrawnAt: utcTimestamp('withdrawn_at'),
  },
  (t) => [
    uniqueIndex('message_recipients_message_key').on(t.messageId, t.recipientAgencyId),
    uniqueIndex('message_recipients_pair_seq_key').on(t.senderAgencyId, t.recipientAgencyId, t.seq),
    index('message_recipients_inbox_idx').on(t.recipientAgencyId, t.createdAt),
    index('message_recipients_deadline_idx').on(t.state, t.deadlineAt),
  ],
);

/** Every state change of a recipient row, dated, with who made it (null: the system). */
export const messageEvents = pgTable(
  'message_events',
  {
    id: uuid('id').primaryKey(),
    recipientRowId: uuid('recipient_row_id')
      .notNull()
      .references(() => messageRecipients.id),
    fromState: text('from_state', { enum: MESSAGE_STATES }),
    toState: text('to_state', { enum: MESSAGE_STATES }).notNull(),
    at: utcTimestamp('at').notNull(),
    byUserId: uuid('by_user_id'),
    byAgencyId: uuid('by_agency_id'),
    note: text('note'),
  },
  (t) => [index('message_events_row_idx').on(t.recipientRowId, t.at)],
);

/** The last sequence number given to each (sender, recipient) pair: the row is locked while a send takes the next. */
export const messageSequences = pgTable(
  'message_sequences',
  {
    senderAgencyId: uuid('sender_agency_id').notNull(),
    recipientAgencyId: uuid('recipient_agency_id').notNull(),
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.senderAgencyId, t.recipientAgencyId] })],
);

/**
 * Files attached to messages, kept in the database like agreement documents. Uploaded first by the sender's agency
 * (`message_id` null), then bound to the message that sends them; an unbound file is seen by its agency only.
 */
export const messageAttachments = pgTable(
  'message_attachments',
  {
    id: uuid('id').primaryKey(),
    messageId: uuid('message_id').references(() => messages.id),
    agencyId: uuid('agency_id').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytes('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: utcTimestamp('uploaded_at').notNull(),
  },
  (t) => [index('message_attachments_message_idx').on(t.messageId)],
);

/** Structured references from a message to shared records: each reader sees each as the sharing policy allows. */
export const messageReferences = pgTable(
  'message_references',
  {
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id),
    recordKind: text('record_kind').notNull(),
    recordId: uuid('record_id').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.recordKind, t.recordId] }),
    index('message_references_record_idx').on(t.recordKind, t.recordId),
  ],
);

export type MessageRow = typeof messages.$inferSelect;
export type RecipientRow = typeof messageRecipients.$inferSelect;
export type AttachmentRow = typeof messageAttachments.$inferSelect;
export type ReferenceRow = typeof messageReferences.$inferSelect;
