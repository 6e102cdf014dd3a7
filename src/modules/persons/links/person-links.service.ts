import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { withTransaction } from '../../../db/connect.ts';
import { recordChange } from '../../../events/record-change.ts';
import { type RequestContext, requireActor } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import {
  type AccessLevel,
  accessRank,
  findRecordAccess,
  levelOfRank,
  readRecordAccess,
  viewerOf,
  visibleTo,
} from '../../sharing/index.ts';
import { auditPersonsRead } from '../person-read-audit.ts';
import { assertWriter } from '../persons.service.ts';
import { type PersonRow, persons } from '../persons.tables.ts';
import { type PersonLinkKind, type PersonLinkRow, personLinks } from './person-links.tables.ts';

const linkField = (code: 'self_link' | 'link_exists' | 'unknown_person', message: string) =>
  new AppError(code, message, { errors: [{ path: 'linkedPersonId', code, message }] });

/** Only the owning agency, reading its record in full, records or removes the record's links. */
const readAsKeeper = async (
  ctx: RequestContext,
  db: Parameters<typeof readRecordAccess>[1],
  personId: string,
) => {
  const { facts, level } = await readRecordAccess(ctx, db, 'persons', personId);
  if (facts.ownerAgencyId !== requireActor(ctx).agencyId || level !== 'full') {
    throw new AppError('forbidden', 'Only the owning agency links its person to others');
  }
  assertWriter(ctx);
  return facts;
};

const linkChange = (link: PersonLinkRow, event: 'person.linked' | 'person.unlinked') => ({
  action: 'update' as const,
  objectType: 'persons',
  objectId: link.personId,
  ownerAgencyId: link.ownerAgencyId,
  eventType: event,
  payload: { personId: link.personId, linkId: link.id, linkedPersonId: link.linkedPersonId, kind: link.kind },
});

/**
 * Links a person of the actor's agency to another person the actor can see (any agency's, a pointer is enough:
 * "this man's supplier is someone Hà Nội holds"). The link is audited in the person's history.
 */
export const addPersonLink = (
  ctx: RequestContext,
  personId: string,
  input: { linkedPersonId: string; kind: PersonLinkKind; note?: string | undefined },
): Promise<PersonLinkRow> =>
  withTransaction(ctx.db, async (trx) => {
    const facts = await readAsKeeper(ctx, trx, personId);
    if (input.linkedPersonId === personId) throw linkField('self_link', 'A person is not linked to itself');
    const viewer = await viewerOf(trx, requireActor(ctx), ctx.clock());
    const linked = await findRecordAccess(trx, viewer, 'persons', input.linkedPersonId);
    if (!linked || linked.level === 'none') throw linkField('unknown_person', 'No such person');
    const at = ctx.clock();
    const [link] = await trx
      .insert(personLinks)
      .values({
        id: uuidv7(),
        personId,
        linkedPersonId: input.linkedPersonId,
        kind: input.kind,
        note: input.note ?? null,
        ownerAgencyId: facts.ownerAgencyId,
        createdAt: at,
        createdBy: requireActor(ctx).userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!link) throw linkField('link_exists', 'These persons are already linked this way');
    await recordChange(ctx, trx, linkChange(link, 'person.linked'), at);
    return link;
  });

/** Removes a link of the actor's agency's person, keeping who removed it, when and why. */
export const removePersonLink = (
  ctx: RequestContext,
  personId: string,
  linkId: string,
  reason: string,
): Promise<PersonLinkRow> =>
  withTransaction(ctx.db, async (trx) => {
    await readAsKeeper(ctx, trx, personId);
    const at = ctx.clock();
    const [link] = await trx
      .update(personLinks)
      .set({ removedAt: at, removedBy: requireActor(ctx).userId, removalReason: reason })
      .where(
        and(eq(personLinks.id, linkId), eq(personLinks.personId, personId), isNull(personLinks.removedAt)),
      )
      .returning();
    if (!link) throw new AppError('not_found', 'No such link');
    await recordChange(ctx, trx, linkChange(link, 'person.unlinked'), at);
    return link;
  });

export type LinkGraph = {
  nodes: { person: PersonRow; level: Exclude<AccessLevel, 'none'> }[];
  edges: PersonLinkRow[];
};

/**
 * The person's links as a small graph: the person, the persons linked to it either way, and the links among them.
 * A link is part of the record that holds it, so the actor sees a link only when reading that record in full,
 * and each person at the level the actor reads it (a pointer names only its owner); nothing else is shown.
 */
export const readLinkGraph = async (ctx: RequestContext, personId: string): Promise<LinkGraph> => {
  const db = ctx.db;
  await readRecordAccess(ctx, db, 'persons', personId);
  const viewer = await viewerOf(db, requireActor(ctx), ctx.clock());
  const active = isNull(personLinks.removedAt);
  const around = await db
    .select()
    .from(personLinks)
    .where(and(active, or(eq(personLinks.personId, personId), eq(personLinks.linkedPersonId, personId))));
  const ids = [...new Set([personId, ...around.flatMap((l) => [l.personId, l.linkedPersonId])])];
  const [among, rows] = await Promise.all([
    db
      .select()
      .from(personLinks)
      .where(and(active, inArray(personLinks.personId, ids), inArray(personLinks.linkedPersonId, ids))),
    db
      .select({ person: persons, rank: accessRank(viewer, persons, 'persons') })
      .from(persons)
      .where(and(inArray(persons.id, ids), visibleTo(viewer, persons, 'persons'))),
  ]);
  const levels = new Map(rows.map((row) => [row.person.id, levelOfRank(Number(row.rank))]));
  const edges = among.filter(
    (link) => levels.get(link.personId) === 'full' && levels.has(link.linkedPersonId),
  );
  const shown = new Set([personId, ...edges.flatMap((l) => [l.personId, l.linkedPersonId])]);
  const nodes = rows.flatMap(({ person }) => {
    const level = levels.get(person.id);
    return shown.has(person.id) && level && level !== 'none' ? [{ person, level }] : [];
  });
  await auditPersonsRead(
    ctx,
    nodes.map((node) => node.person),
    { detail: 'persons.links' },
  );
  return { nodes, edges };
};
