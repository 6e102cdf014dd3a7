import { withTransaction } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { dayOf, getAgency } from '../agencies/index.ts';
import { viewerOf } from '../sharing/index.ts';
import { assertSender, checkClearance } from './exchange.policy.ts';
import type { OutOfBandBody } from './exchange.schemas.ts';
import { type Written, writeMessage } from './message-writer.ts';
import { refuseField, resolveCounterpart } from './recipients.ts';
import { checkReferences } from './references.ts';
import { languageOf } from './templates.ts';

/**
 * Records an exchange made outside the system (by phone, in a meeting) so the record is complete: as sent by the
 * actor's agency to the counterpart, or received from it. It takes no place in the pair's sequence (nothing was
 * delivered through the system), is marked out-of-band with its channel, when it happened and who recorded it, and
 * otherwise follows the rules of a message: a request recorded this way has its deadline from when it was made.
 */
export const recordOutOfBand = (ctx: RequestContext, input: OutOfBandBody): Promise<Written> =>
  withTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    assertSender(actor);
    const at = ctx.clock();
    const occurredAt = new Date(input.occurredAt);
    if (occurredAt > at)
      refuseField('validation_failed', 'occurredAt', 'An exchange is recorded after it happened');
    if (input.kind === 'request_assistance' && !input.assistanceKind) {
      refuseField('validation_failed', 'assistanceKind', 'A request for assistance says which');
    }
    checkClearance(actor, input.classification);
    const sent = input.direction === 'sent';
    const counterpart = await resolveCounterpart(trx, input.counterpartAgencyId, {
      senderAgencyId: actor.agencyId,
      classification: input.classification,
      day: dayOf(at),
    });
    const references = input.references ?? [];
    await checkReferences(trx, await viewerOf(trx, actor, at), references);
    const senderAgencyId = sent ? actor.agencyId : counterpart.id;
    return writeMessage(
      ctx,
      trx,
      {
        kind: input.kind,
        assistanceKind: input.kind === 'request_assistance' ? (input.assistanceKind ?? null) : null,
        senderAgencyId,
        senderUserId: sent ? actor.userId : null,
        subject: input.subject,
        body: input.body,
        priority: input.priority,
        classification: input.classification,
        handlingCode: input.handlingCode,
        caseId: input.caseId ?? null,
        agreementId: input.agreementId ?? null,
        language: languageOf(await getAgency(trx, actor.agencyId)),
        outOfBand: true,
        channel: input.channel,
        occurredAt,
        recordedByAgencyId: actor.agencyId,
        idempotencyKey: input.idempotencyKey ? `oob:${actor.agencyId}:${input.idempotencyKey}` : null,
      },
      {
        recipientAgencyIds: [sent ? counterpart.id : actor.agencyId],
        deadlineAt: null,
        initialState: 'delivered',
        references,
        attachmentIds: [],
        at,
      },
    );
  });
