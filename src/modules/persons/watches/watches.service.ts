import { and, eq, inArray, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../../db/connect.ts';
import { type RequestContext, requireActor } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { dayOf, getAgency } from '../../agencies/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { notify } from '../../inbox/index.ts';
import { readRecordAccess } from '../../sharing/index.ts';
import { type PersonRow, persons } from '../persons.tables.ts';
import { hitsWatch } from './watch-hits.ts';
import { type PersonWatchRow, personWatches } from './watches.tables.ts';

export type WatchInput = {
  personId?: string | undefined;
  name?: string | undefined;
  birthYear?: number | undefined;
  silent?: boolean | undefined;
  note?: string | undefined;
};

/** Starts a watch for the actor's agency: on a person it may read, or on a name; only a commander makes it silent. */
export const createWatch = (ctx: RequestContext, input: WatchInput): Promise<PersonWatchRow> =>
  withTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    if (input.silent && !actor.roles.includes('commander')) {
      throw new AppError('forbidden', 'Only a commander keeps a watch silent');
    }
    if (input.personId) await readRecordAccess(ctx, trx, 'persons', input.personId);
    const at = ctx.clock();
    const [watch] = await trx
      .insert(personWatches)
      .values({
        id: uuidv7(),
        agencyId: actor.agencyId,
        personId: input.personId ?? null,
        name: input.personId ? null : (input.name ?? null),
        birthYear: input.personId ? null : (input.birthYear ?? null),
        silent: input.silent ?? false,
        note: input.note ?? null,
        createdAt: at,
        createdBy: actor.userId,
      })
      .returning();
    if (!watch) throw new Error('insert returned no watch');
    await appendAudit(
      trx,
      ctx.audit,
      {
        action: 'create',
        outcome: 'allow',
        objectType: 'person_watch',
        objectIds: [watch.id, ...(watch.personId ? [watch.personId] : [])],
        detail: 'person.watch_start',
      },
      at,
    );
    return watch;
  });

/** The actor's agency's watches that are still on. */
export const listWatches = (ctx: RequestContext): Promise<PersonWatchRow[]> =>
  ctx.db
    .select()
    .from(personWatches)
    .where(and(eq(personWatches.agencyId, requireActor(ctx).agencyId), isNull(personWatches.endedAt)));

/** Ends a watch of the actor's agency (404 for any other). */
export const endWatch = (ctx: RequestContext, watchId: string): Promise<PersonWatchRow> =>
  withTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    const at = ctx.clock();
    const [watch] = await trx
      .update(personWatches)
      .set({ endedAt: at, endedBy: actor.userId })
      .where(
        and(
          eq(personWatches.id, watchId),
          eq(personWatches.agencyId, actor.agencyId),
          isNull(personWatches.endedAt),
        ),
      )
      .returning();
    if (!watch) throw new AppError('not_found', 'No such watch');
    await appendAudit(
      trx,
      ctx.audit,
      {
        action: 'update',
        outcome: 'allow',
        objectType: 'person_watch',
        objectIds: [watch.id],
        detail: 'person.watch_end',
      },
      at,
    );
    return watch;
  });

export type WatchEvent = 'person.recorded' | 'person.updated' | 'person.linked_to_case';

/**
 * Tells the watching force of one hit, and unless the watch is silent or the owner's own, the owner that a force
 * watches; both name the acting force (the owner that recorded or changed the person, or the force that linked it).
 */
const notifyHit = async (
  db: Db,
  hit: { watch: PersonWatchRow; person: PersonRow; event: WatchEvent; at: Date; actingAgencyId: string },
): Promise<void> => {
  const { watch, person, event, at, actingAgencyId } = hit;
  const entry = { at: at.toISOString(), event, recordId: person.id, byAgencyId: actingAgencyId };
  await notify(
    db,
    {
      agencyId: watch.agencyId,
      kind: 'watch_hit',
      groupKey: `watch:${watch.id}:${person.id}:${dayOf(at)}`,
      recordKind: 'persons',
      recordId: person.id,
      watchId: watch.id,
      fromAgencyId: actingAgencyId,
      event: entry,
    },
    at,
  );
  if (watch.silent || watch.agencyId === person.ownerAgencyId) return;
  await notify(
    db,
    {
      agencyId: person.ownerAgencyId,
      kind: 'watch_notice',
      groupKey: `notice:${watch.id}:${person.id}`,
      recordKind: 'persons',
      recordId: person.id,
      watchId: watch.id,
      fromAgencyId: watch.agencyId,
      event: entry,
    },
    at,
  );
};

/**
 * Notifies every force but the acting one (by default each person's owner, who recorded or changed it; or the force
 * that linked it to a case) whose watch a person hits (at most one notification per watch, person and day: later
 * events that day are counted into it), and, unless the watch is silent or the owner's own, tells the owner once
 * that a force watches. A state secret, or a record not released abroad for a foreign watcher, notifies nobody.
 * The notification names only the record and the acting force: the watcher opens the record at whatever level the
 * policy gives it. The watches are read once for all the persons (an import's batch).
 */
export const notifyWatchersOfPersons = async (
  db: Db,
  written: readonly PersonRow[],
  event: WatchEvent,
  at: Date,
  actingAgencyId?: string,
): Promise<number> => {
  const open = written.filter((person) => person.classification === 'none');
  if (open.length === 0) return 0;
  const watches = await db.select().from(personWatches).where(isNull(personWatches.endedAt));
  if (watches.length === 0) return 0;
  const watchedIds = [...new Set(watches.flatMap((w) => (w.personId ? [w.personId] : [])))];
  const watched = new Map(
    (watchedIds.length === 0
      ? []
      : await db.select().from(persons).where(inArray(persons.id, watchedIds))
    ).map((p) => [p.id, p]),
  );
  const foreign = new Map<string, boolean>();
  let sent = 0;
  for (const person of open) {
    const acting = actingAgencyId ?? person.ownerAgencyId;
    for (const watch of watches) {
      if (watch.agencyId === acting) continue;
      if (!hitsWatch(watch, person, watch.personId ? watched.get(watch.personId) : undefined)) continue;
      if (!foreign.has(watch.agencyId)) {
        foreign.set(watch.agencyId, (await getAgency(db, watch.agencyId)).country !== 'VN');
      }
      if (foreign.get(watch.agencyId) && !person.releasableToForeign) continue;
      await notifyHit(db, { watch, person, event, at, actingAgencyId: acting });
      sent++;
    }
  }
  return sent;
};

/** `notifyWatchersOfPersons` for one person recorded, changed or linked to a case by `actingAgencyId`. */
export const notifyWatchers = (
  db: Db,
  person: PersonRow,
  event: WatchEvent,
  at: Date,
  actingAgencyId: string = person.ownerAgencyId,
): Promise<number> => notifyWatchersOfPersons(db, [person], event, at, actingAgencyId);
