import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../../db/connect.ts';
import type { RequestContext } from '../../../http/context.ts';
import { AppError, type ErrorCode, type FieldIssue } from '../../../http/problem.ts';
import { findAgencyById } from '../agencies.repo.ts';
import { type Period, periodIssue, periodsOverlap } from '../periods.ts';
import { planChairTerm } from './chair-terms.ts';
import {
  endChairTerm,
  insertChairTerm,
  insertMembership,
  listChairTermRows,
  updateMembership,
} from './groups.repo.ts';
import type { AddMemberBody, ChairTermBody, UpdateMemberBody } from './groups.schemas.ts';
import {
  changeGroupAtVersion,
  type GroupRow,
  getGroup,
  isMemberOn,
  listGroupMemberships,
} from './groups.service.ts';

/** Refuses a write with one field issue whose code is also the problem's code. */
const refuse = (issue: FieldIssue & { code: ErrorCode }): never => {
  throw new AppError(issue.code, issue.message, { errors: [issue] });
};

const checkAgency = async (db: Db, agencyId: string) => {
  if (!(await findAgencyById(db, agencyId))) {
    refuse({ path: 'agencyId', code: 'unknown_agency', message: 'no such agency' });
  }
};

const checkMembershipPeriod = async (
  db: Db,
  input: { groupId: string; agencyId: string; membershipId: string },
  period: Period,
) => {
  const issue = periodIssue(period, 'validUntil');
  if (issue) {
    refuse(issue);
  }
  const others = (await listGroupMemberships(db, input.groupId)).filter(
    (entry) => entry.agency.id === input.agencyId && entry.membership.id !== input.membershipId,
  );
  if (others.some((entry) => periodsOverlap(entry.membership, period))) {
    refuse({
      path: 'validFrom',
      code: 'membership_overlap',
      message: 'already a member in an overlapping period',
    });
  }
};

/** Adds an agency to a cluster or route for a period. */
export const addGroupMember = (
  ctx: RequestContext,
  groupId: string,
  input: AddMemberBody,
): Promise<GroupRow> =>
  withTransaction(ctx.db, async (trx) => {
    await getGroup(trx, groupId);
    await checkAgency(trx, input.agencyId);
    const membershipId = uuidv7();
    const period = { validFrom: input.validFrom ?? null, validUntil: input.validUntil ?? null };
    await checkMembershipPeriod(trx, { groupId, agencyId: input.agencyId, membershipId }, period);
    await insertMembership(trx, { id: membershipId, groupId, agencyId: input.agencyId, ...period });
    const payload = { membershipId, agencyId: input.agencyId, ...period };
    return changeGroupAtVersion(
      ctx,
      trx,
      { groupId, version: input.version, eventType: 'group.member_add', payload },
      {},
    );
  });

/** Changes the period of a membership (e.g. ends it). */
export const updateGroupMember = (
  ctx: RequestContext,
  ids: { groupId: string; membershipId: string },
  input: UpdateMemberBody,
): Promise<GroupRow> =>
  withTransaction(ctx.db, async (trx) => {
    await getGroup(trx, ids.groupId);
    const entry = (await listGroupMemberships(trx, ids.groupId)).find(
      (m) => m.membership.id === ids.membershipId,
    );
    if (!entry) {
      throw new AppError('not_found', 'No such membership');
    }
    const period = {
      validFrom: input.validFrom === undefined ? entry.membership.validFrom : input.validFrom,
      validUntil: input.validUntil === undefined ? entry.membership.validUntil : input.validUntil,
    };
    await checkMembershipPeriod(trx, { ...ids, agencyId: entry.agency.id }, period);
    await updateMembership(trx, ids.membershipId, period);
    const payload = { membershipId: ids.membershipId, agencyId: entry.agency.id, ...period };
    return changeGroupAtVersion(
      ctx,
      trx,
      { groupId: ids.groupId, version: input.version, eventType: 'group.member_update', payload },
      {},
    );
  });

/**
 * Hands a cluster's chair to a member agency from `startsOn`: the running term ends that day. Overlapping any
 * other term is refused with 422 `chair_terms_overlap` naming `startsOn` or `endsOn`.
 */
export const handOverChair = (
  ctx: RequestContext,
  groupId: string,
  input: ChairTermBody,
): Promise<GroupRow> =>
  withTransaction(ctx.db, async (trx) => {
    const group = await getGroup(trx, groupId);
    if (group.kind !== 'cluster') {
      throw new AppError('group_not_cluster', 'Only a cluster has a chair');
    }
    await checkAgency(trx, input.agencyId);
    const members = await listGroupMemberships(trx, groupId);
    if (!members.some((entry) => entry.agency.id === input.agencyId && isMemberOn(entry, input.startsOn))) {
      refuse({
        path: 'agencyId',
        code: 'chair_not_member',
        message: 'not a member of the cluster on startsOn',
      });
    }
    const terms = (await listChairTermRows(trx, groupId)).map((row) => row.term);
    const plan = planChairTerm(terms, { startsOn: input.startsOn, endsOn: input.endsOn ?? null });
    if ('issue' in plan) {
      return refuse(plan.issue);
    }
    if (plan.closeTermId) {
      await endChairTerm(trx, plan.closeTermId, input.startsOn);
    }
    const termId = uuidv7();
    await insertChairTerm(trx, {
      id: termId,
      groupId,
      agencyId: input.agencyId,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      conferenceName: input.handover?.conferenceName ?? null,
      conferenceDate: input.handover?.conferenceDate ?? null,
      conferencePlace: input.handover?.conferencePlace ?? null,
      note: input.note ?? null,
    });
    const payload = {
      termId,
      agencyId: input.agencyId,
      startsOn: input.startsOn,
      closedTermId: plan.closeTermId,
    };
    return changeGroupAtVersion(
      ctx,
      trx,
      { groupId, version: input.version, eventType: 'group.chair_handover', payload },
      {},
    );
  });
