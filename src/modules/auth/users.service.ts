import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../db/connect.ts';
import { writeOutboxEvent } from '../../events/outbox.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { type AuditEntry, appendAudit, recordAuditedRead } from '../audit/index.ts';
import {
  endUserSessions,
  findAgencyUser,
  findUserByUsername,
  insertUser,
  listAgencyUsers,
  type NewUser,
  type UserRow,
  updateUserAtVersion,
} from './auth.repo.ts';
import type { Role } from './auth.tables.ts';
import { normalizeUsername } from './login.service.ts';
import { checkPasswordRules, hashPassword } from './passwords.ts';
import type { CreateUserBody, UpdateUserBody } from './users.schemas.ts';

const userEntry = (user: UserRow, entry: Omit<AuditEntry, 'outcome'>): AuditEntry => ({
  outcome: 'allow',
  objectType: 'user',
  objectIds: [user.id],
  objectOwnerAgencyId: user.agencyId,
  ...entry,
});

/** The users of the actor's agency; the read is audited with the number of records returned. */
export const listUsers = async (ctx: RequestContext): Promise<UserRow[]> => {
  const actor = requireActor(ctx);
  const rows = await listAgencyUsers(ctx.db, actor.agencyId);
  const entry: AuditEntry = {
    action: 'read',
    outcome: 'allow',
    objectType: 'user',
    objectOwnerAgencyId: actor.agencyId,
    recordsReturned: rows.length,
  };
  await recordAuditedRead(ctx.db, { context: ctx.audit, entry, at: ctx.clock() });
  return rows;
};

const getAgencyUser = async (db: Db, agencyId: string, userId: string): Promise<UserRow> => {
  const user = await findAgencyUser(db, agencyId, userId);
  if (!user) {
    throw new AppError('not_found', 'No such user');
  }
  return user;
};

/** One user of the actor's agency; a user of another agency is `not_found`, exactly like a missing one. */
export const getUser = async (ctx: RequestContext, userId: string): Promise<UserRow> => {
  const user = await getAgencyUser(ctx.db, requireActor(ctx).agencyId, userId);
  const entry = userEntry(user, { action: 'read', recordsReturned: 1 });
  await recordAuditedRead(ctx.db, { context: ctx.audit, entry, at: ctx.clock() });
  return user;
};

/** Creates an account in the actor's agency with an initial password that obeys the password rules. */
export const createUser = (ctx: RequestContext, input: CreateUserBody): Promise<UserRow> => {
  const actor = requireActor(ctx);
  return createAccount(ctx, { ...input, agencyId: actor.agencyId, createdBy: actor.userId });
};

/** Creates an account in any agency: for administrators through `createUser`, and for the CLI and demo seed. */
export const createAccount = async (
  ctx: RequestContext,
  input: CreateUserBody & { agencyId: string; createdBy: string | null },
): Promise<UserRow> => {
  const username = normalizeUsername(input.username);
  const broken = checkPasswordRules(input.password, username);
  if (broken) {
    throw new AppError(broken.code, broken.message, { errors: [broken] });
  }
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx.db, async (trx) => {
    if (await findUserByUsername(trx, username)) {
      throw new AppError('username_taken', 'This username is in use', {
        errors: [{ path: 'username', code: 'username_taken', message: 'already in use' }],
      });
    }
    const at = ctx.clock();
    const user = await insertUser(trx, {
      id: uuidv7(),
      agencyId: input.agencyId,
      username,
      displayName: input.displayName,
      roles: [...new Set(input.roles)],
      clearance: input.clearance ?? 'none',
      passwordHash,
      passwordChangedAt: at,
      createdAt: at,
      createdBy: input.createdBy,
      updatedAt: at,
      updatedBy: input.createdBy,
    });
    await recordUserChange(ctx, trx, user, 'admin.user.create', at);
    return user;
  });
};

const recordUserChange = async (
  ctx: RequestContext,
  trx: Db,
  user: UserRow,
  action: 'admin.user.create' | 'admin.user.update' | 'admin.user.unlock' | 'admin.user.mfa_reset',
  at: Date,
) => {
  const payload = { userId: user.id, agencyId: user.agencyId, version: user.version, action };
  const event = { eventType: `user.${action.slice('admin.user.'.length)}`, aggregateType: 'user', payload };
  await writeOutboxEvent(trx, { ...event, aggregateId: user.id, ownerAgencyId: user.agencyId }, at);
  await appendAudit(trx, ctx.audit, userEntry(user, { action }), at);
};

/**
 * Applies a change to a user of the actor's agency at the version the administrator saw (409 when stale).
 * Disabling an account or resetting its second factor ends its sessions at once.
 */
const changeUser = (
  ctx: RequestContext,
  input: { userId: string; version: number; action: Parameters<typeof recordUserChange>[3] },
  changes: (at: Date) => Partial<NewUser>,
): Promise<UserRow> =>
  withTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    await getAgencyUser(trx, actor.agencyId, input.userId);
    const at = ctx.clock();
    const updated = await updateUserAtVersion(trx, input.userId, input.version, {
      ...changes(at),
      updatedAt: at,
      updatedBy: actor.userId,
    });
    if (!updated) {
      throw new AppError('version_conflict', 'Someone changed this user first; reload it');
    }
    if (updated.disabledAt || input.action === 'admin.user.mfa_reset') {
      await endUserSessions(trx, updated.id, at);
    }
    await recordUserChange(ctx, trx, updated, input.action, at);
    return updated;
  });

/** Renames, changes roles, disables or re-enables an account. */
export const updateUser = (ctx: RequestContext, userId: string, input: UpdateUserBody): Promise<UserRow> =>
  changeUser(ctx, { userId, version: input.version, action: 'admin.user.update' }, (at) => ({
    ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
    ...(input.roles === undefined ? {} : { roles: [...new Set(input.roles)] }),
    ...(input.clearance === undefined ? {} : { clearance: input.clearance }),
    ...(input.isDisabled === undefined ? {} : { disabledAt: input.isDisabled ? at : null }),
  }));

/** Releases a locked account; failures before the unlock no longer count. */
export const unlockUser = (ctx: RequestContext, userId: string, version: number): Promise<UserRow> =>
  changeUser(ctx, { userId, version, action: 'admin.user.unlock' }, (at) => ({
    lockedAt: null,
    unlockedAt: at,
  }));

/** Forgets the user's authenticator: the next login asks to enrol a new one. */
export const resetUserMfa = (ctx: RequestContext, userId: string, version: number): Promise<UserRow> =>
  changeUser(ctx, { userId, version, action: 'admin.user.mfa_reset' }, () => ({
    totpSecret: null,
    totpLastStep: null,
  }));

/** The account with this username (normalised as at login), or undefined: how the demo seed stays idempotent. */
export const findUserWithUsername = (db: Db, username: string): Promise<UserRow | undefined> =>
  findUserByUsername(db, normalizeUsername(username));

/** The ids of an agency's enabled users holding a role (e.g. its commanders, whom escalations reach). */
export const listAgencyUserIdsWithRole = async (db: Db, agencyId: string, role: Role): Promise<string[]> =>
  (await listAgencyUsers(db, agencyId))
    .filter((user) => user.disabledAt === null && user.roles.includes(role))
    .map((user) => user.id);
