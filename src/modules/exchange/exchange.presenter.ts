import type { Db } from '../../db/connect.ts';
import {
  type AgencyRow,
  dayOf,
  getAgency,
  mapAgenciesById,
  presentAgencySummary,
} from '../agencies/index.ts';
import type { Viewer } from '../sharing/index.ts';
import { listAttachmentMetas, listEventRows, listRecipientRows, listReferenceRows } from './exchange.repo.ts';
import type { MessageSummaryView, MessageView } from './exchange.schemas.ts';
import type { MessageRow, RecipientRow } from './exchange.tables.ts';
import { presentReferences } from './references.ts';
import { isTemplateKey, languageOf, renderTemplate } from './templates.ts';

type Loaded = {
  agencies: Map<string, AgencyRow>;
  rows: Map<string, RecipientRow[]>;
  events: Map<string, { from: RecipientRow['state'] | null; to: RecipientRow['state']; at: string }[]>;
  language: ReturnType<typeof languageOf>;
};

const group = <T, K>(items: T[], key: (item: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/** Loads what presenting these messages to the viewer needs, each kind of row in one query. */
const load = async (db: Db, viewer: Viewer, items: MessageRow[]): Promise<Loaded> => {
  const allRows = await listRecipientRows(
    db,
    items.map((m) => m.id),
  );
  // A recipient sees its own copy only; the sender sees every recipient's.
  const rows = allRows.filter(
    (r) => r.recipientAgencyId === viewer.agencyId || r.senderAgencyId === viewer.agencyId,
  );
  const events = await listEventRows(
    db,
    rows.map((r) => r.id),
  );
  const agencies = await mapAgenciesById(db, [
    viewer.agencyId,
    ...items.map((m) => m.senderAgencyId),
    ...rows.map((r) => r.recipientAgencyId),
  ]);
  return {
    agencies,
    rows: group(rows, (r) => r.messageId),
    events: new Map(
      [...group(events, (e) => e.recipientRowId)].map(([id, list]) => [
        id,
        list.map((e) => ({ from: e.fromState, to: e.toState, at: e.at.toISOString() })),
      ]),
    ),
    language: languageOf(agencies.get(viewer.agencyId) ?? (await getAgency(db, viewer.agencyId))),
  };
};

const iso = (at: Date | null) => (at ? at.toISOString() : null);

const presentRow = (row: RecipientRow, loaded: Loaded, day: string) => ({
  agency: presentAgencySummary(loaded.agencies.get(row.recipientAgencyId) as AgencyRow, day),
  seq: row.seq,
  state: row.state,
  deadlineAt: iso(row.deadlineAt),
  deadlineSource: row.deadlineSource,
  stateChangedAt: row.stateChangedAt.toISOString(),
  readAt: iso(row.readAt),
  answeredAt: iso(row.answeredAt),
  events: loaded.events.get(row.id) ?? [],
});

/** The subject and body in the reader's language when the message was made from a template. */
const textFor = (message: MessageRow, loaded: Loaded) =>
  isTemplateKey(message.templateKey) && loaded.language !== message.language
    ? renderTemplate(message.templateKey, loaded.language, message.templateParams ?? {})
    : { subject: message.subject, body: message.body };

const summaryOf = (message: MessageRow, viewer: Viewer, loaded: Loaded): MessageSummaryView => {
  const day = dayOf(viewer.now);
  const rows = loaded.rows.get(message.id) ?? [];
  const mine = rows.find((r) => r.recipientAgencyId === viewer.agencyId);
  return {
    id: message.id,
    kind: message.kind,
    assistanceKind: message.assistanceKind,
    subject: textFor(message, loaded).subject,
    priority: message.priority,
    classification: message.classification,
    handlingCode: message.handlingCode,
    sender: presentAgencySummary(loaded.agencies.get(message.senderAgencyId) as AgencyRow, day),
    threadId: message.threadId,
    inReplyToId: message.inReplyToId,
    caseId: message.caseId,
    operationId: message.operationId,
    agreementId: message.agreementId,
    templateKey: message.templateKey,
    outOfBand: message.outOfBand,
    channel: message.channel,
    occurredAt: iso(message.occurredAt),
    createdAt: message.createdAt.toISOString(),
    mine: mine ? presentRow(mine, loaded, day) : null,
    recipients: message.senderAgencyId === viewer.agencyId ? rows.map((r) => presentRow(r, loaded, day)) : [],
  };
};

/** Messages as list items for the viewer: no body, no references. */
export const presentSummaries = async (
  db: Db,
  viewer: Viewer,
  items: MessageRow[],
): Promise<MessageSummaryView[]> => {
  const loaded = await load(db, viewer, items);
  return items.map((m) => summaryOf(m, viewer, loaded));
};

/**
 * Messages in full for the viewer: the body (none for a copy withdrawn from it), the references as the sharing
 * policy lets the viewer see each record now, and the attachments' descriptions.
 */
export const presentMessages = async (
  db: Db,
  viewer: Viewer,
  items: MessageRow[],
): Promise<MessageView[]> => {
  const loaded = await load(db, viewer, items);
  const ids = items.map((m) => m.id);
  const references = group(await listReferenceRows(db, ids), (r) => r.messageId);
  const attachments = group(await listAttachmentMetas(db, ids), (a) => a.messageId);
  const views: MessageView[] = [];
  for (const message of items) {
    const summary = summaryOf(message, viewer, loaded);
    const withdrawn = summary.mine?.state === 'withdrawn';
    const refs = (references.get(message.id) ?? []).map((r) => ({ kind: r.recordKind, id: r.recordId }));
    views.push({
      ...summary,
      body: withdrawn ? null : textFor(message, loaded).body,
      references: withdrawn ? [] : await presentReferences(db, viewer, refs),
      attachments: withdrawn
        ? []
        : (attachments.get(message.id) ?? []).map((a) => ({
            id: a.id,
            filename: a.filename,
            mediaType: a.mediaType,
            byteSize: a.byteSize,
            sha256: a.sha256,
          })),
    });
  }
  return views;
};
