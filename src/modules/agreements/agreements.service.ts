import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../db/connect.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError, type FieldIssue } from '../../http/problem.ts';
import { findAgency, findGroup } from '../agencies/index.ts';
import {
  type AgreementFilter,
  type AgreementRow,
  findAgreementById,
  insertAgreement,
  insertParties,
  listAgreementRows,
  listPartyRows,
  type NewAgreement,
  type PartyRow,
  updateAgreementAtVersion,
} from './agreements.repo.ts';
import type {
  AgreementListQuery,
  CreateAgreementBody,
  PartyBody,
  UpdateAgreementBody,
} from './agreements.schemas.ts';
import { recordAgreementChange } from './record-change.ts';

export type { AgreementRow, PartyRow };

/** Throws a 422 with one field at fault. */
export const refuse = (issue: FieldIssue & { code: AppError['code'] }): never => {
  throw new AppError(issue.code, issue.message, { errors: [issue] });
};

/** The agreement with this id; `not_found` when there is none (every logged-in user may read agreements). */
export const getAgreement = async (db: Db, id: string): Promise<AgreementRow> => {
  const agreement = await findAgreementById(db, id);
  if (!agreement) {
    throw new AppError('not_found', 'No such agreement');
  }
  return agreement;
};

/** The agency ids of an agreement's parties, for the write rule. */
export const listPartyAgencyIds = async (db: Db, agreementId: string): Promise<string[]> =>
  (await listPartyRows(db, [agreementId])).map((party) => party.agencyId);

/** Agreements matching the list filters, by signing day then number. */
export const listAgreements = (ctx: RequestContext, query: AgreementListQuery): Promise<AgreementRow[]> => {
  const filter: AgreementFilter = {
    ...(query.agencyId ? { agencyId: query.agencyId } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.domain ? { domain: query.domain } : {}),
    ...(query.inForceOn ? { inForceOn: query.inForceOn } : {}),
  };
  return listAgreementRows(ctx.db, filter);
};

/** Refuses an effective period that ends on or before its first day. */
export const checkAgreementPeriod = (period: {
  effectiveFrom: string | null;
  effectiveUntil: string | null;
}) => {
  if (
    period.effectiveFrom !== null &&
    period.effectiveUntil !== null &&
    period.effectiveUntil <= period.effectiveFrom
  ) {
    refuse({
      path: 'effectiveUntil',
      code: 'invalid_period',
      message: 'effectiveUntil must be after effectiveFrom',
    });
  }
};

/** Refuses parties that do not exist or are named twice, naming the field of the first at fault. */
export const checkParties = async (
  db: Db,
  parties: readonly { agencyId: string }[],
  path: (index: number) => string,
  existing: readonly string[] = [],
) => {
  const seen = new Set(existing);
  for (const [index, party] of parties.entries()) {
    if (!(await findAgency(db, party.agencyId))) {
      refuse({ path: path(index), code: 'unknown_agency', message: 'no such agency' });
    }
    if (seen.has(party.agencyId)) {
      refuse({ path: path(index), code: 'duplicate_party', message: 'this agency is already a party' });
    }
    seen.add(party.agencyId);
  }
};

const checkGroup = async (db: Db, groupId: string | null | undefined) => {
  if (groupId && !(await findGroup(db, groupId))) {
    refuse({ path: 'groupId', code: 'unknown_group', message: 'no such cluster or route' });
  }
};

/** The party row of a request body. */
export const partyRow = (agreementId: string, party: PartyBody): PartyRow => ({
  id: uuidv7(),
  agreementId,
  agencyId: party.agencyId,
  role: party.role,
  signatoryName: party.signatoryName ?? null,
  signatoryRank: party.signatoryRank ?? null,
  signatoryTitle: party.signatoryTitle ?? null,
  note: party.note ?? null,
});

/** Creates a draft agreement with its parties; the parties must exist and the period must be sound. */
export const createAgreement = (ctx: RequestContext, input: CreateAgreementBody): Promise<AgreementRow> =>
  withTransaction(ctx.db, async (trx) => {
    const period = {
      effectiveFrom: input.effectiveFrom ?? null,
      effectiveUntil: input.effectiveUntil ?? null,
    };
    checkAgreementPeriod(period);
    await checkParties(trx, input.parties, (index) => `parties.${index}.agencyId`);
    await checkGroup(trx, input.groupId);
    const at = ctx.clock();
    const by = ctx.actor?.userId ?? null;
    const agreement = await insertAgreement(trx, {
      id: uuidv7(),
      kind: input.kind,
      number: input.number ?? null,
      title: input.title,
      ...period,
      status: 'draft',
      domains: [...new Set(input.domains ?? [])],
      approvalAuthority: input.approvalAuthority ?? null,
      areaDescription: input.areaDescription ?? null,
      groupId: input.groupId ?? null,
      note: input.note ?? null,
      createdAt: at,
      createdBy: by,
      updatedAt: at,
      updatedBy: by,
    });
    await insertParties(
      trx,
      input.parties.map((party) => partyRow(agreement.id, party)),
    );
    await recordAgreementChange(ctx, trx, { agreement, action: 'create', eventType: 'agreement.create' }, at);
    return agreement;
  });

/**
 * Applies a change to an agreement at the version the caller saw (409 when stale) and records it; every write of
 * its parties, zones, obligations and reviews goes through here, so each bumps the agreement's version.
 */
export const changeAgreementAtVersion = async (
  ctx: RequestContext,
  trx: Db,
  input: { agreementId: string; version: number; eventType: string; payload?: Record<string, unknown> },
  changes: Partial<NewAgreement>,
): Promise<AgreementRow> => {
  const at = ctx.clock();
  const updated = await updateAgreementAtVersion(trx, input.agreementId, input.version, {
    ...changes,
    updatedAt: at,
    updatedBy: ctx.actor?.userId ?? null,
  });
  if (!updated) {
    throw new AppError('version_conflict', 'Someone changed this agreement first; reload it');
  }
  const change = { agreement: updated, action: 'update' as const, eventType: input.eventType };
  await recordAgreementChange(
    ctx,
    trx,
    { ...change, ...(input.payload ? { payload: input.payload } : {}) },
    at,
  );
  return updated;
};

/** Changes an agreement's number, title, period, scope, authority, area text, group or note. */
export const updateAgreement = (
  ctx: RequestContext,
  agreementId: string,
  input: UpdateAgreementBody,
): Promise<AgreementRow> =>
  withTransaction(ctx.db, async (trx) => {
    const agreement = await getAgreement(trx, agreementId);
    const { version, ...rest } = input;
    const changes = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined),
    ) as Partial<NewAgreement>;
    checkAgreementPeriod({ ...agreement, ...changes });
    await checkGroup(trx, input.groupId);
    if (input.domains) {
      changes.domains = [...new Set(input.domains)];
    }
    return changeAgreementAtVersion(
      ctx,
      trx,
      { agreementId, version, eventType: 'agreement.update' },
      changes,
    );
  });
