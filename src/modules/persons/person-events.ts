import { withTransaction } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { viewerOf } from '../sharing/index.ts';
import { detectMatches } from './matching/matching.service.ts';
import type { PersonRow } from './persons.tables.ts';
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
