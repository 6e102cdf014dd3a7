import { inArray } from 'drizzle-orm';
import { withTransaction } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { viewerOf } from '../sharing/index.ts';
import { detectMatches } from './matching/matching.service.ts';
import { type PersonRow, persons } from './persons.tables.ts';
import { notifyWatchers } from './watches/watches.service.ts';

/**
 * What follows a person recorded or changed through the API, in one transaction after the write (the record
 * stands even if this fails; `giapranh match persons` redoes the matching): the acting force's possible matches,
 * and the notifications of every other force whose watch the person hits.
 */
export const afterPersonWrite = async (
  ctx: RequestContext,
  person: PersonRow,
  event: 'person.recorded' | 'person.updated',
): Promise<void> => {
  const at = ctx.clock();
  const viewer = await viewerOf(ctx.db, requireActor(ctx), at);
  await withTransaction(ctx.db, async (trx) => {
    await detectMatches(trx, viewer, person, at);
    await notifyWatchers(trx, person, event, at);
  });
};

/**
 * What follows persons linked to a case or a special operation by the actor's force, in one transaction after the
 * link is committed: every force (the person's owner included) whose watch a linked person hits is notified that the
 * actor's force linked it. A link on a classified record notifies nobody: the notification would tell of it.
 */
export const afterPersonsLinked = async (
  ctx: RequestContext,
  personIds: readonly string[],
  link: { classified: boolean },
): Promise<void> => {
  if (personIds.length === 0 || link.classified) return;
  const at = ctx.clock();
  const actingAgencyId = requireActor(ctx).agencyId;
  await withTransaction(ctx.db, async (trx) => {
    const linked = await trx
      .select()
      .from(persons)
      .where(inArray(persons.id, [...personIds]));
    for (const person of linked) {
      await notifyWatchers(trx, person, 'person.linked_to_case', at, actingAgencyId);
    }
  });
};
