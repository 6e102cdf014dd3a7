import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../../db/connect.ts';
import { recordChange } from '../../../events/record-change.ts';
import type { RequestContext } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { compareVietnamese, foldVietnamese } from '../../../text/vietnamese.ts';
import type { AgencyRow } from '../agencies.repo.ts';
import { withoutUndefined } from '../agencies.service.ts';
import { dayOf, isValidOn } from '../periods.ts';
import {
  type ChairTermRow,
  findGroupByCode,
  findGroupById,
  type GroupRow,
  insertGroup,
  listAgencyMembershipRows,
  listChairTermRows,
  listGroupRows,
  listMembershipRows,
  type MembershipRow,
  type NewGroup,
  updateGroupAtVersion,
} from './groups.repo.ts';
import type { CreateGroupBody, GroupListQuery, UpdateGroupBody } from './groups.schemas.ts';

export type { ChairTermRow, GroupRow, MembershipRow };
export type Membership = { membership: MembershipRow; agency: AgencyRow };

const groupSearchText = (group: Pick<GroupRow, 'code' | 'nameVi' | 'nameEn' | 'agreementRef'>) =>
  foldVietnamese([group.code, group.nameVi, group.nameEn ?? '', group.agreementRef ?? ''].join(' '));

/** The group with this id; `not_found` when there is none. */
export const getGroup = async (db: Db, id: string): Promise<GroupRow> => {
  const group = await findGroupById(db, id);
  if (!group) {
    throw new AppError('not_found', 'No such group');
  }
  return group;
};

/** Whether a membership holds on a day: its own period and the agency's existence both hold. */
export const isMemberOn = (entry: Membership, day: string): boolean =>
  isValidOn(entry.membership, day) && isValidOn(entry.agency, day);

/** Every membership of a group with its agency and period, in Vietnamese order: for reports grouped by route or cluster. */
export const listGroupMemberships = async (db: Db, groupId: string): Promise<Membership[]> =>
  (await listMembershipRows(db, groupId)).sort(
    (a, b) =>
      compareVietnamese(a.agency.nameVi, b.agency.nameVi) ||
      (a.membership.validFrom ?? '').localeCompare(b.membership.validFrom ?? ''),
  );

/** The member agencies of a route or cluster on a day: a group used as an addressee. */
export const listGroupMemberAgencies = async (db: Db, groupId: string, day: string): Promise<AgencyRow[]> =>
  (await listGroupMemberships(db, groupId))
    .filter((entry) => isMemberOn(entry, day))
    .map((entry) => entry.agency);

/** The groups an agency has belonged to, with the periods. */
export const listAgencyGroups = (db: Db, agencyId: string) => listAgencyMembershipRows(db, agencyId);

/** The chair terms of a group, oldest first. */
export const listChairTerms = (
  db: Db,
  groupId: string,
): Promise<{ term: ChairTermRow; agency: AgencyRow }[]> => listChairTermRows(db, groupId);

/** Groups matching the query in Vietnamese order; with `agencyId`, those the agency belongs to on `at`. */
export const listGroups = async (ctx: RequestContext, query: GroupListQuery): Promise<GroupRow[]> => {
  const rows = await listGroupRows(ctx.db, {
    ...(query.q ? { search: foldVietnamese(query.q) } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
  });
  let keep = rows;
  if (query.agencyId) {
    const day = query.at ?? dayOf(ctx.clock());
    const mine = await listAgencyMembershipRows(ctx.db, query.agencyId);
    const ids = new Set(mine.filter((m) => isValidOn(m.membership, day)).map((m) => m.group.id));
    keep = rows.filter((row) => ids.has(row.id));
  }
  return keep.sort((a, b) => compareVietnamese(a.nameVi, b.nameVi));
};

const groupChange = (group: GroupRow, action: 'create' | 'update', eventType: string) => ({
  action,
  objectType: 'agency_group' as const,
  objectId: group.id,
  ownerAgencyId: null,
  eventType,
  payload: { groupId: group.id, code: group.code, kind: group.kind, version: group.version },
});

/** Creates a cluster or a route; the code is unique. */
export const createGroup = (ctx: RequestContext, input: CreateGroupBody): Promise<GroupRow> =>
  withTransaction(ctx.db, async (trx) => {
    if (await findGroupByCode(trx, input.code)) {
      throw new AppError('group_code_taken', 'This group code is in use', {
        errors: [{ path: 'code', code: 'group_code_taken', message: 'already in use' }],
      });
    }
    const at = ctx.clock();
    const by = ctx.actor?.userId ?? null;
    const fields = {
      code: input.code,
      nameVi: input.nameVi,
      nameEn: input.nameEn ?? null,
      agreementRef: input.agreementRef ?? null,
    };
    const group = await insertGroup(trx, {
      id: uuidv7(),
      kind: input.kind,
      ...fields,
      description: input.description ?? null,
      searchText: groupSearchText(fields),
      createdAt: at,
      createdBy: by,
      updatedAt: at,
      updatedBy: by,
    });
    await recordChange(ctx, trx, groupChange(group, 'create', 'group.create'), at);
    return group;
  });

/**
 * Applies a change to a group at the version the caller saw (409 when stale) and records it; member and chair
 * writes go through here too, so every change of the group bumps its version.
 */
export const changeGroupAtVersion = async (
  ctx: RequestContext,
  trx: Db,
  input: { groupId: string; version: number; eventType: string; payload?: Record<string, unknown> },
  changes: Partial<NewGroup>,
): Promise<GroupRow> => {
  const at = ctx.clock();
  const updated = await updateGroupAtVersion(trx, input.groupId, input.version, {
    ...changes,
    updatedAt: at,
    updatedBy: ctx.actor?.userId ?? null,
  });
  if (!updated) {
    throw new AppError('version_conflict', 'Someone changed this group first; reload it');
  }
  const change = groupChange(updated, 'update', input.eventType);
  await recordChange(ctx, trx, { ...change, payload: { ...change.payload, ...input.payload } }, at);
  return updated;
};

/** Renames a group or changes its description or agreement reference. */
export const updateGroup = (
  ctx: RequestContext,
  groupId: string,
  input: UpdateGroupBody,
): Promise<GroupRow> =>
  withTransaction(ctx.db, async (trx) => {
    const group = await getGroup(trx, groupId);
    const { version, ...changes } = withoutUndefined(input);
    const searchText = groupSearchText({ ...group, ...changes });
    return changeGroupAtVersion(
      ctx,
      trx,
      { groupId, version, eventType: 'group.update' },
      { ...changes, searchText },
    );
  });

/** The group with this id, or undefined: for other modules that link to a cluster or route. */
export const findGroup = (db: Db, id: string): Promise<GroupRow | undefined> => findGroupById(db, id);

/** The group with this code (e.g. `CUM-303`), or undefined. */
export const findGroupWithCode = (db: Db, code: string): Promise<GroupRow | undefined> =>
  findGroupByCode(db, code);
