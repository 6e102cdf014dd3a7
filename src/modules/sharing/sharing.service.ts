import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../db/connect.ts';
import { recordChange } from '../../events/record-change.ts';
import { type Actor, type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { type AgencyRow, findAgency, getAgency, mapAgenciesById } from '../agencies/index.ts';
import {
  type Explanation,
  explainAccess,
  listActiveShares,
  loadRecordGrants,
  type ShareRow,
} from './explain.service.ts';
import type { AccessLevel } from './levels.ts';
import { type BuiltRecordKind, findRecordAccess, type RecordFacts } from './record-kinds.ts';
import type { ShareBody } from './sharing.schemas.ts';
import { recordShares } from './sharing.tables.ts';
import { viewerOf } from './visibility.ts';

/** The roles that may share a record of their agency, or forward one they read in full. */
const SHARER_ROLES = ['administrator', 'commander', 'liaison_officer', 'investigator'] as const;

const mayShare = (actor: Actor) => SHARER_ROLES.some((role) => actor.roles.includes(role));

/**
 * The record as the actor reads it: `not_found` when the policy gives it nothing (the same answer as for a record
 * that does not exist), else its facts and the actor's level.
 */
export const readRecordAccess = async (
  ctx: RequestContext,
  db: Db,
  kind: BuiltRecordKind,
  recordId: string,
): Promise<{ facts: RecordFacts; level: AccessLevel }> => {
  const viewer = await viewerOf(db, requireActor(ctx), ctx.clock());
  const found = await findRecordAccess(db, viewer, kind, recordId);
  if (!found || found.level === 'none') {
    throw new AppError('not_found', 'No such record');
  }
  return found;
};

/** Only the owner's agency, reading the record in full, manages and explains its sharing. */
const readAsOwner = async (ctx: RequestContext, db: Db, kind: BuiltRecordKind, recordId: string) => {
  const access = await readRecordAccess(ctx, db, kind, recordId);
  if (access.facts.ownerAgencyId !== requireActor(ctx).agencyId || access.level !== 'full') {
    throw new AppError('forbidden', 'Only the owning agency manages the sharing of a record');
  }
  return access.facts;
};

const issue = (
  code: 'share_to_owner' | 'not_releasable_to_foreign' | 'classified_to_foreign' | 'unknown_agency',
  message: string,
  path: string,
) => new AppError(code, message, { errors: [{ path, code, message }] });

/** The checks of a new share that do not depend on who grants it: recipient, foreign release, expiry. */
const checkRecipient = (
  facts: Pick<RecordFacts, 'ownerAgencyId' | 'releasableToForeign' | 'classification'>,
  recipient: AgencyRow | undefined,
  granter: string,
  path = 'recipientAgencyId',
) => {
  if (!recipient) throw issue('unknown_agency', 'No such agency', path);
  if (recipient.id === facts.ownerAgencyId || recipient.id === granter) {
    throw issue('share_to_owner', 'The recipient already holds the record', path);
  }
  if (recipient.country !== 'VN' && !facts.releasableToForeign) {
    throw issue('not_releasable_to_foreign', 'The record is not released to foreign agencies', path);
  }
  if (recipient.country !== 'VN' && facts.classification !== 'none') {
    throw issue('classified_to_foreign', 'A state secret is never shared with a foreign agency', path);
  }
};

/**
 * Shares a record with another agency, or (by an agency that reads it in full, not its owner) forwards it. H2
 * records are never forwarded; nothing reaches a foreign agency without the foreign-release flag; the grant is
 * audited with who, when, to whom, at what level and why.
 */
export const shareRecord = (
  ctx: RequestContext,
  kind: BuiltRecordKind,
  recordId: string,
  input: ShareBody,
): Promise<ShareRow> =>
  withTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    const { facts, level } = await readRecordAccess(ctx, trx, kind, recordId);
    const forward = facts.ownerAgencyId !== actor.agencyId;
    if (!mayShare(actor) || (forward && level !== 'full')) {
      throw new AppError('forbidden', 'You may not share this record');
    }
    if (forward && facts.handlingCode === 'H2') {
      const message = 'H2: the owner alone passes this record on';
      throw new AppError('handling_forbids_forwarding', message, {
        errors: [{ path: 'recipientAgencyId', code: 'handling_forbids_forwarding', message }],
      });
    }
    checkRecipient(facts, await findAgency(trx, input.recipientAgencyId), actor.agencyId);
    const at = ctx.clock();
    const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
    if (expiresAt && expiresAt <= at) {
      const message = 'A share must expire in the future';
      throw new AppError('invalid_expiry', message, {
        errors: [{ path: 'expiresAt', code: 'invalid_expiry', message }],
      });
    }
    const from = forward
      ? (await listActiveShares(trx, recordId, at)).find((s) => s.recipientAgencyId === actor.agencyId)
      : undefined;
    const [share] = await trx
      .insert(recordShares)
      .values({
        id: uuidv7(),
        recordKind: kind,
        recordId,
        ownerAgencyId: facts.ownerAgencyId,
        recipientAgencyId: input.recipientAgencyId,
        level: input.level,
        purpose: input.purpose,
        grantedByAgencyId: actor.agencyId,
        grantedBy: actor.userId,
        grantedAt: at,
        expiresAt,
        forwardedFromId: from?.id ?? null,
      })
      .returning();
    if (!share) throw new Error('insert returned no share');
    await recordShareChange(
      ctx,
      trx,
      share,
      forward ? 'forward' : 'share',
      'share.granted',
      input.purpose,
      at,
    );
    return share;
  });

const recordShareChange = (
  ctx: RequestContext,
  trx: Db,
  share: ShareRow,
  action: 'share' | 'forward',
  eventType: 'share.granted' | 'share.revoked',
  why: string,
  at: Date,
) =>
  recordChange(
    ctx,
    trx,
    {
      action,
      objectType: share.recordKind,
      objectId: share.recordId,
      ownerAgencyId: share.ownerAgencyId,
      eventType,
      payload: { shareId: share.id, recipientAgencyId: share.recipientAgencyId, level: share.level },
      audit: { receivingAgencyId: share.recipientAgencyId, objectLevel: share.level, justification: why },
    },
    at,
  );

/**
 * Revokes a share (the owner's agency, or the agency that granted it), and with it every forward made under it,
 * in the same transaction: the next request of the recipient already reads without it. Revoking a revoked share
 * changes nothing.
 */
export const revokeShare = (ctx: RequestContext, shareId: string, reason: string): Promise<ShareRow> =>
  withTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    const [share] = await trx.select().from(recordShares).where(eq(recordShares.id, shareId));
    const manages =
      share && (share.ownerAgencyId === actor.agencyId || share.grantedByAgencyId === actor.agencyId);
    if (!share || !manages) throw new AppError('not_found', 'No such share');
    if (!mayShare(actor)) throw new AppError('forbidden', 'You may not revoke shares');
    if (share.revokedAt) return share;
    const at = ctx.clock();
    let revoking = [share.id];
    let revoked: ShareRow | undefined;
    while (revoking.length > 0) {
      const rows = await trx
        .update(recordShares)
        .set({ revokedAt: at, revokedBy: actor.userId, revocationReason: reason })
        .where(and(inArray(recordShares.id, revoking), isNull(recordShares.revokedAt)))
        .returning();
      for (const row of rows) {
        revoked ??= row.id === share.id ? row : undefined;
        const action = row.grantedByAgencyId === row.ownerAgencyId ? 'share' : 'forward';
        await recordShareChange(ctx, trx, row, action, 'share.revoked', reason, at);
      }
      const forwards = await trx
        .select({ id: recordShares.id })
        .from(recordShares)
        .where(and(inArray(recordShares.forwardedFromId, revoking), isNull(recordShares.revokedAt)));
      revoking = forwards.map((f) => f.id);
    }
    return revoked ?? share;
  });

/** A record whose owner gives the agencies taking part in it a share: its facts, and who takes part now and before. */
export type Participation = {
  kind: BuiltRecordKind;
  record: Pick<RecordFacts, 'id' | 'ownerAgencyId' | 'releasableToForeign' | 'classification'>;
  agencyIds: readonly string[];
  removedAgencyIds: readonly string[];
  purpose: string;
  /** The body field naming the N-th agency, for the errors (e.g. `agencies.N.agencyId`). */
  pathOf: (index: number) => string;
  at: Date;
};

/**
 * The agencies that take part in a record (the participating forces of a case or a special operation, the forces
 * credited with a joint seizure) read it in full through the owner's share with the participation's purpose,
 * granted when they join and revoked when they leave, in the caller's transaction, each audited as any share. So
 * participation adds no rule to the policy: it is a share, checked as one (no foreign agency without foreign
 * release, no state secret abroad; 422 naming the agency's field).
 */
export const syncParticipantShares = async (
  ctx: RequestContext,
  trx: Db,
  p: Participation,
): Promise<void> => {
  const active = await listActiveShares(trx, p.record.id, p.at);
  const held = (agencyId: string) =>
    active.filter(
      (s) =>
        s.recipientAgencyId === agencyId &&
        s.grantedByAgencyId === p.record.ownerAgencyId &&
        s.purpose === p.purpose,
    );
  const agencies = p.agencyIds.length === 0 ? new Map() : await mapAgenciesById(trx, p.agencyIds);
  for (const [index, agencyId] of p.agencyIds.entries()) {
    checkRecipient(p.record, agencies.get(agencyId), p.record.ownerAgencyId, p.pathOf(index));
    if (held(agencyId).length > 0) continue;
    const [share] = await trx
      .insert(recordShares)
      .values({
        id: uuidv7(),
        recordKind: p.kind,
        recordId: p.record.id,
        ownerAgencyId: p.record.ownerAgencyId,
        recipientAgencyId: agencyId,
        level: 'full',
        purpose: p.purpose,
        grantedByAgencyId: p.record.ownerAgencyId,
        grantedBy: ctx.actor?.userId ?? null,
        grantedAt: p.at,
      })
      .returning();
    if (!share) throw new Error('insert returned no share');
    await recordShareChange(ctx, trx, share, 'share', 'share.granted', p.purpose, p.at);
  }
  for (const agencyId of p.removedAgencyIds.filter((id) => !p.agencyIds.includes(id))) {
    for (const share of held(agencyId)) {
      const [row] = await trx
        .update(recordShares)
        .set({ revokedAt: p.at, revokedBy: ctx.actor?.userId ?? null, revocationReason: p.purpose })
        .where(and(eq(recordShares.id, share.id), isNull(recordShares.revokedAt)))
        .returning();
      if (row) await recordShareChange(ctx, trx, row, 'share', 'share.revoked', p.purpose, p.at);
    }
  }
};

/** Every share ever made of a record, oldest first, for its owner. */
const listRecordShares = (db: Db, recordId: string): Promise<ShareRow[]> =>
  db
    .select()
    .from(recordShares)
    .where(eq(recordShares.recordId, recordId))
    .orderBy(asc(recordShares.grantedAt));

/** Why one agency reads a record at its level: for the owner's agency. */
export const explainRecordAccess = async (
  ctx: RequestContext,
  kind: BuiltRecordKind,
  recordId: string,
  agencyId: string,
): Promise<{ explanation: Explanation; agency: AgencyRow }> => {
  const facts = await readAsOwner(ctx, ctx.db, kind, recordId);
  const agency = await getAgency(ctx.db, agencyId);
  const loaded = await loadRecordGrants(ctx.db, facts, ctx.clock());
  return { explanation: explainAccess(facts, agency, loaded), agency };
};

/**
 * The "shared with" panel: the record's shares, and every agency that reads it now (the share recipients and the
 * parties of the agreements that cover it) with the rules that grant and block.
 */
export const recordAudience = async (ctx: RequestContext, kind: BuiltRecordKind, recordId: string) => {
  const db = ctx.db;
  const facts = await readAsOwner(ctx, db, kind, recordId);
  const shares = await listRecordShares(db, recordId);
  const loaded = await loadRecordGrants(db, facts, ctx.clock());
  const candidates = new Set([
    ...shares.map((s) => s.recipientAgencyId),
    ...loaded.agreements.flatMap((g) => g.partyAgencyIds),
  ]);
  candidates.delete(facts.ownerAgencyId);
  const agencies = await mapAgenciesById(db, [
    facts.ownerAgencyId,
    ...candidates,
    ...shares.map((s) => s.grantedByAgencyId),
  ]);
  const owner = agencies.get(facts.ownerAgencyId) as AgencyRow;
  const audience = [...candidates].map((id) => {
    const agency = agencies.get(id) as AgencyRow;
    return { explanation: explainAccess(facts, agency, loaded), agency };
  });
  return { facts, owner, shares, agencies, audience };
};
