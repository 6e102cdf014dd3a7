import { z } from 'zod';
import { CLASSIFICATIONS, HANDLING_CODES } from '../../db/columns.ts';
import { AgencySummary, Day } from '../agencies/index.ts';
import { ASSISTANCE_KINDS, MESSAGE_KINDS, OUT_OF_BAND_CHANNELS, PRIORITIES } from './exchange.tables.ts';
import { MESSAGE_STATES } from './message-states.ts';
import { TEMPLATE_KEYS } from './templates.ts';

/** The longest message body, in characters; a larger request body is refused whole (413) before it is read. */
export const MAX_BODY_CHARS = 20_000;

export const MessageIdParams = z.strictObject({ messageId: z.uuid() });
export const AgreementIdParams = z.strictObject({ agreementId: z.uuid() });

/** A reference to a shared record: its kind (a shared record table) and id. */
export const RecordRef = z.strictObject({
  kind: z.string().regex(/^[a-z_]{1,40}$/),
  id: z.uuid(),
});

/** To whom: agencies, every other party of an agreement, every other member of a cluster or route; at least one. */
export const Addressees = z
  .strictObject({
    agencyIds: z.array(z.uuid()).max(100).optional(),
    agreementId: z.uuid().optional(),
    groupId: z.uuid().optional(),
  })
  .refine((to) => (to.agencyIds?.length ?? 0) > 0 || to.agreementId || to.groupId, {
    message: 'name at least one agency, an agreement or a group',
  });

const Subject = z.string().trim().min(1).max(300);
const Body = z.string().max(MAX_BODY_CHARS);
const TemplateParams = z.record(z.string().regex(/^[a-zA-Z]{1,40}$/), z.string().trim().max(500));
const IdempotencyKey = z.string().trim().min(1).max(100);

const contentFields = {
  references: z.array(RecordRef).max(50).optional(),
  attachmentIds: z.array(z.uuid()).max(10).optional(),
  idempotencyKey: IdempotencyKey.optional(),
};

export const SendMessageBody = z.strictObject({
  kind: z.enum(MESSAGE_KINDS).exclude(['reply']),
  assistanceKind: z.enum(ASSISTANCE_KINDS).optional(),
  to: Addressees,
  subject: Subject.optional(),
  body: Body.optional(),
  templateKey: z.enum(TEMPLATE_KEYS).optional(),
  templateParams: TemplateParams.optional(),
  priority: z.enum(PRIORITIES).default('normal'),
  classification: z.enum(CLASSIFICATIONS).default('none'),
  handlingCode: z.enum(HANDLING_CODES).default('H0'),
  deadlineAt: z.iso.datetime({ offset: true }).optional(),
  caseId: z.uuid().optional(),
  operationId: z.uuid().optional(),
  ...contentFields,
});
export type SendMessageBody = z.infer<typeof SendMessageBody>;

export const ReplyBody = z.strictObject({
  body: Body.min(1),
  subject: Subject.optional(),
  /** Carry the references of the message replied to (each reader still sees each as the policy allows). */
  quoteReferences: z.boolean().default(true),
  classification: z.enum(CLASSIFICATIONS).optional(),
  handlingCode: z.enum(HANDLING_CODES).optional(),
  ...contentFields,
});
export type ReplyBody = z.infer<typeof ReplyBody>;

export const WithdrawBody = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

export const OutOfBandBody = z.strictObject({
  direction: z.enum(['sent', 'received']),
  counterpartAgencyId: z.uuid(),
  channel: z.enum(OUT_OF_BAND_CHANNELS),
  occurredAt: z.iso.datetime({ offset: true }),
  kind: z.enum(MESSAGE_KINDS).exclude(['reply']),
  assistanceKind: z.enum(ASSISTANCE_KINDS).optional(),
  subject: Subject,
  body: Body.default(''),
  priority: z.enum(PRIORITIES).default('normal'),
  classification: z.enum(CLASSIFICATIONS).default('none'),
  handlingCode: z.enum(HANDLING_CODES).default('H0'),
  caseId: z.uuid().optional(),
  agreementId: z.uuid().optional(),
  references: z.array(RecordRef).max(50).optional(),
  idempotencyKey: IdempotencyKey.optional(),
});
export type OutOfBandBody = z.infer<typeof OutOfBandBody>;

const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const InboxQuery = z.strictObject({
  kind: z.enum(MESSAGE_KINDS).optional(),
  state: z.enum(MESSAGE_STATES).optional(),
  overdue: Flag.optional(),
  unread: Flag.optional(),
  agreementId: z.uuid().optional(),
  caseId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

export const SequenceQuery = z.strictObject({ senderAgencyId: z.uuid().optional() });
export const ScorecardQuery = z.strictObject({ from: Day, until: Day });

const Instant = z.iso.datetime();

export const RecipientView = z.object({
  agency: AgencySummary,
  seq: z.int().nullable(),
  state: z.enum(MESSAGE_STATES),
  deadlineAt: Instant.nullable(),
  deadlineSource: z.enum(['agreement', 'explicit']).nullable(),
  stateChangedAt: Instant,
  readAt: Instant.nullable(),
  answeredAt: Instant.nullable(),
  events: z.array(
    z.object({ from: z.enum(MESSAGE_STATES).nullable(), to: z.enum(MESSAGE_STATES), at: Instant }),
  ),
});

export const ReferenceView = z.object({
  kind: z.string(),
  id: z.uuid(),
  level: z.enum(['pointer', 'summary', 'full']),
  /** Whom to ask: the agency that holds the record. */
  ownerAgency: AgencySummary,
});
export type ReferenceView = z.infer<typeof ReferenceView>;

export const AttachmentView = z.object({
  id: z.uuid(),
  filename: z.string(),
  mediaType: z.string(),
  byteSize: z.int(),
  sha256: z.string(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;

const messageFields = {
  id: z.uuid(),
  kind: z.enum(MESSAGE_KINDS),
  assistanceKind: z.enum(ASSISTANCE_KINDS).nullable(),
  subject: z.string(),
  priority: z.enum(PRIORITIES),
  classification: z.enum(CLASSIFICATIONS),
  handlingCode: z.enum(HANDLING_CODES),
  sender: AgencySummary,
  threadId: z.uuid(),
  inReplyToId: z.uuid().nullable(),
  caseId: z.uuid().nullable(),
  operationId: z.uuid().nullable(),
  agreementId: z.uuid().nullable(),
  templateKey: z.string().nullable(),
  outOfBand: z.boolean(),
  channel: z.enum(OUT_OF_BAND_CHANNELS).nullable(),
  occurredAt: Instant.nullable(),
  createdAt: Instant,
  /** The viewer's own recipient row, when its agency received the message. */
  mine: RecipientView.nullable(),
  recipients: z.array(RecipientView),
};

export const MessageSummaryView = z.object(messageFields);
export type MessageSummaryView = z.infer<typeof MessageSummaryView>;

export const MessageView = z.object({
  ...messageFields,
  /** Null when the sender withdrew the message from the viewer. */
  body: z.string().nullable(),
  references: z.array(ReferenceView),
  attachments: z.array(AttachmentView),
});
export type MessageView = z.infer<typeof MessageView>;

export const MessageList = z.object({
  items: z.array(MessageSummaryView),
  total: z.int(),
  unread: z.int(),
});
export const ThreadView = z.object({ threadId: z.uuid(), messages: z.array(MessageView) });

export const SequenceReport = z.object({
  pairs: z.array(
    z.object({
      senderAgency: AgencySummary,
      lastSeq: z.int(),
      received: z.int(),
      missing: z.array(z.int()),
    }),
  ),
});

export const Scorecard = z.object({
  agreementId: z.uuid(),
  from: Day,
  until: Day,
  messages: z.int(),
  requestsSent: z.int(),
  requestsAnswered: z.int(),
  answeredOnTime: z.int(),
  overdue: z.int(),
  medianAnswerHours: z.number().nullable(),
  itemsExchanged: z.int(),
  outOfBand: z.int(),
});
export type Scorecard = z.infer<typeof Scorecard>;

/** A place to address: a point (`lat`, `lon`) or an administrative unit (`structure`, `unitCode`). */
export const AddresseesQuery = z
  .strictObject({
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    structure: z.enum(['current', 'pre2025']).default('current'),
    unitCode: z
      .string()
      .trim()
      .regex(/^[0-9]{1,10}$/)
      .optional(),
  })
  .refine((q) => (q.unitCode === undefined) !== (q.lat === undefined && q.lon === undefined), {
    message: 'give a point (lat and lon) or a unit (unitCode), not both',
    path: ['unitCode'],
  })
  .refine((q) => q.unitCode !== undefined || (q.lat !== undefined && q.lon !== undefined), {
    message: 'a point needs both lat and lon',
    path: ['lon'],
  });

/** The forces to address about a place: the other parties of the sender's agreements covering a zone holding it. */
export const AddresseeSuggestions = z.object({
  zones: z.array(z.object({ id: z.uuid(), name: z.string() })),
  suggestions: z.array(
    z.object({
      agency: AgencySummary,
      agreements: z.array(z.object({ id: z.uuid(), number: z.string().nullable(), title: z.string() })),
    }),
  ),
});
export type AddresseeSuggestions = z.infer<typeof AddresseeSuggestions>;
