import { CLASSIFICATIONS, type Classification } from '../../db/columns.ts';
import { withTransaction } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { dayOf, getAgency } from '../agencies/index.ts';
import { viewerOf } from '../sharing/index.ts';
import { assertSender, checkClearance } from './exchange.policy.ts';
import { listRecipientRows, listReferenceRows } from './exchange.repo.ts';
import type { ReplyBody, SendMessageBody } from './exchange.schemas.ts';
import { REQUEST_KINDS } from './exchange.tables.ts';
import { nextState } from './message-states.ts';
import { type Written, writeMessage } from './message-writer.ts';
import { moveRow } from './moves.service.ts';
import { getVisibleMessage } from './read.service.ts';
import { checkAddressee, refuseField, resolveAddressees } from './recipients.ts';
import { checkReferences } from './references.ts';
import { languageOf, renderTemplate, templateKind } from './templates.ts';

/** The subject and body of a new message: rendered from its template in the sender's language, or as written. */
const contentOf = async (ctx: RequestContext, input: SendMessageBody) => {
  if (!input.templateKey) {
    if (!input.subject) return refuseField('validation_failed', 'subject', 'A subject is required');
    if (!input.body) return refuseField('validation_failed', 'body', 'A body is required');
    return { subject: input.subject, body: input.body, language: 'vi', params: null, assistanceKind: null };
  }
  const sender = await getAgency(ctx.db, requireActor(ctx).agencyId);
  const language = languageOf(sender);
  const params = { ...input.templateParams, ...(input.body ? { note: input.body } : {}) };
  const text = renderTemplate(input.templateKey, language, params);
  return {
    subject: input.subject ?? text.subject,
    body: text.body,
    language,
    params,
    assistanceKind: templateKind(input.templateKey).assistanceKind,
  };
};

const checkKind = (kind: string, assistanceKind: string | null | undefined) => {
  if (kind === 'request_assistance' && !assistanceKind) {
    refuseField('validation_failed', 'assistanceKind', 'A request for assistance says which');
  }
  if (kind !== 'request_assistance' && assistanceKind) {
    refuseField('validation_failed', 'assistanceKind', 'Only a request for assistance has a sub-kind');
  }
};

/** A deadline given by the sender: only on a request, and never already past. */
const checkDeadline = (kind: string, deadlineAt: string | undefined, at: Date): Date | null => {
  if (deadlineAt === undefined) return null;
  if (!REQUEST_KINDS.includes(kind as never)) {
    return refuseField('validation_failed', 'deadlineAt', 'Only a request has a deadline');
  }
  const deadline = new Date(deadlineAt);
  if (deadline <= at) return refuseField('deadline_in_past', 'deadlineAt', 'The deadline has already passed');
  return deadline;
};

/**
 * Sends a message in one transaction: addressees resolved and checked, references checked against what the sender
 * may read, each recipient row numbered in its pair's gapless sequence with its deadline, attachments bound,
 * outbox and audit written. A retried send with the same idempotency key returns the first message (`created`
 * false). Any refusal leaves nothing written.
 */
export const sendMessage = (ctx: RequestContext, input: SendMessageBody): Promise<Written> =>
  withTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    assertSender(actor);
    const at = ctx.clock();
    const content = await contentOf({ ...ctx, db: trx }, input);
    const assistanceKind = input.assistanceKind ?? content.assistanceKind ?? null;
    checkKind(input.kind, assistanceKind);
    checkClearance(actor, input.classification);
    const deadlineAt = checkDeadline(input.kind, input.deadlineAt, at);
    const recipients = await resolveAddressees(trx, input.to, {
      senderAgencyId: actor.agencyId,
      classification: input.classification,
      day: dayOf(at),
    });
    const references = input.references ?? [];
    await checkReferences(trx, await viewerOf(trx, actor, at), references);
    return writeMessage(
      ctx,
      trx,
      {
        kind: input.kind,
        assistanceKind,
        senderAgencyId: actor.agencyId,
        senderUserId: actor.userId,
        subject: content.subject,
        body: content.body,
        priority: input.priority,
        classification: input.classification,
        handlingCode: input.handlingCode,
        caseId: input.caseId ?? null,
        operationId: input.operationId ?? null,
        agreementId: input.to.agreementId ?? null,
        templateKey: input.templateKey ?? null,
        templateParams: content.params,
        language: content.language,
        idempotencyKey: input.idempotencyKey ?? null,
      },
      {
        recipientAgencyIds: recipients.map((r) => r.id),
        deadlineAt,
        initialState: 'sent',
        references,
        attachmentIds: input.attachmentIds ?? [],
        at,
      },
    );
  });

const higher = (a: Classification, b: Classification | undefined): Classification =>
  b !== undefined && CLASSIFICATIONS.indexOf(b) > CLASSIFICATIONS.indexOf(a) ? b : a;

/**
 * Replies to a message the actor's agency sent or received (404 for any other, as if it did not exist): a recipient
 * answers the sender, and its own row becomes `answered`; the sender writes to every recipient it has not
 * withdrawn from. The reply stays in the thread, is at least as classified as what it answers, and quotes its
 * references unless asked not to.
 */
export const replyToMessage = (ctx: RequestContext, messageId: string, input: ReplyBody): Promise<Written> =>
  withTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    assertSender(actor);
    const at = ctx.clock();
    const { message: parent, mine } = await getVisibleMessage({ ...ctx, db: trx }, messageId);
    if (mine?.state === 'withdrawn') {
      refuseField('invalid_status_transition', 'messageId', 'The sender withdrew this message');
    }
    const classification = higher(parent.classification, input.classification);
    checkClearance(actor, classification);
    const rows = await listRecipientRows(trx, [parent.id]);
    const to =
      parent.senderAgencyId === actor.agencyId
        ? rows.filter((r) => r.state !== 'withdrawn').map((r) => r.recipientAgencyId)
        : [parent.senderAgencyId];
    const day = dayOf(at);
    const agencies = [];
    for (const id of to) {
      agencies.push(
        checkAddressee(await getAgency(trx, id), {
          senderAgencyId: actor.agencyId,
          classification,
          day,
          path: 'messageId',
        }),
      );
    }
    if (agencies.length === 0) refuseField('invalid_recipient', 'messageId', 'Nobody left to answer');
    const added = input.references ?? [];
    await checkReferences(trx, await viewerOf(trx, actor, at), added);
    const quoted = input.quoteReferences
      ? (await listReferenceRows(trx, [parent.id])).map((r) => ({ kind: r.recordKind, id: r.recordId }))
      : [];
    const written = await writeMessage(
      ctx,
      trx,
      {
        kind: 'reply',
        senderAgencyId: actor.agencyId,
        senderUserId: actor.userId,
        subject: input.subject ?? `Re: ${parent.subject}`.slice(0, 300),
        body: input.body,
        priority: parent.priority,
        classification,
        handlingCode: input.handlingCode ?? parent.handlingCode,
        threadId: parent.threadId,
        inReplyToId: parent.id,
        caseId: parent.caseId,
        operationId: parent.operationId,
        agreementId: parent.agreementId,
        language: languageOf(await getAgency(trx, actor.agencyId)),
        idempotencyKey: input.idempotencyKey ?? null,
      },
      {
        recipientAgencyIds: agencies.map((a) => a.id),
        deadlineAt: null,
        initialState: 'sent',
        references: dedupe([...quoted, ...added]),
        attachmentIds: input.attachmentIds ?? [],
        at,
      },
    );
    if (written.created && mine && nextState(mine.state, 'answer', 'recipient')) {
      await moveRow(ctx, trx, mine, 'answer', 'recipient', at, { answeredByMessageId: written.message.id });
    }
    return written;
  });

const dedupe = <T extends { kind: string; id: string }>(refs: T[]): T[] => {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.kind}:${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
