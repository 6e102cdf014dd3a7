import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../db/connect.ts';
import { recordChange } from '../../events/record-change.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError, type FieldIssue } from '../../http/problem.ts';
import { compareVietnamese, foldVietnamese } from '../../text/vietnamese.ts';
import type { ActorAgency } from './agencies.policy.ts';
import { isParentKindAllowed } from './agencies.policy.ts';
import {
  type AgencyRow,
  findAgencyByCode,
  findAgencyById,
  insertAgency,
  listAgencyIdsCoveringUnit,
  listAgencyRows,
  listDescendantIds,
  type NewAgency,
  updateAgencyAtVersion,
} from './agencies.repo.ts';
import type { AgencyListQuery, CreateAgencyBody, UpdateAgencyBody } from './agencies.schemas.ts';
import type { AgencyKind } from './agencies.tables.ts';
import { structureOn } from './history/units.ts';
import { dayOf, type Period, periodIssue, periodStatus } from './periods.ts';

export type { AgencyRow };

/** The folded code and names an agency is searched by. */
export const agencySearchText = (
  agency: Pick<AgencyRow, 'code' | 'nameVi' | 'nameLocal' | 'nameEn'>,
): string =>
  foldVietnamese([agency.code, agency.nameVi, agency.nameLocal ?? '', agency.nameEn ?? ''].join(' '));

/** The agency with this id, or undefined. */
export const findAgency = (db: Db, id: string): Promise<AgencyRow | undefined> => findAgencyById(db, id);

/** The agency with this code (e.g. `CA-HYN`), or undefined. */
export const findAgencyWithCode = (db: Db, code: string): Promise<AgencyRow | undefined> =>
  findAgencyByCode(db, code);

/** The agency with this id; `not_found` when there is none (agencies are visible to every logged-in user). */
export const getAgency = async (db: Db, id: string): Promise<AgencyRow> => {
  const agency = await findAgencyById(db, id);
  if (!agency) {
    throw new AppError('not_found', 'No such agency');
  }
  return agency;
};

/** The agencies with these ids, by id, in one query: for presenting the agencies of many records at once. */
export const mapAgenciesById = async (db: Db, ids: Iterable<string>): Promise<Map<string, AgencyRow>> => {
  const rows = await listAgencyRows(db, { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.id, row]));
};

/** The actor with the kind of its own agency, for the registry and contact rules. */
export const getActorAgency = async (ctx: RequestContext): Promise<ActorAgency> => {
  const actor = requireActor(ctx);
  const agency = await getAgency(ctx.db, actor.agencyId);
  return { agencyId: agency.id, agencyKind: agency.kind, roles: actor.roles };
};

/** Agencies matching the query, in Vietnamese alphabetical order, one page of them with the total. */
export const listAgencies = async (
  ctx: RequestContext,
  query: AgencyListQuery,
): Promise<{ rows: AgencyRow[]; total: number; day: string }> => {
  const day = query.at ?? dayOf(ctx.clock());
  let ids: string[] | undefined;
  if (query.province) {
    const structure = query.structure ?? structureOn(day);
    const covering = await listAgencyIdsCoveringUnit(ctx.db, { structure, code: query.province }, day);
    ids = [...covering, ...(await listDescendantIds(ctx.db, covering))];
  }
  const rows = await listAgencyRows(ctx.db, {
    ...(query.q ? { search: foldVietnamese(query.q) } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.country ? { country: query.country } : {}),
    ...(query.parentId ? { parentId: query.parentId } : {}),
    ...(ids ? { ids } : {}),
  });
  const matching = rows
    .filter((row) => !query.status || periodStatus(row, day) === query.status)
    .sort((a, b) => compareVietnamese(a.nameVi, b.nameVi) || a.code.localeCompare(b.code));
  return { rows: matching.slice(query.offset, query.offset + query.limit), total: matching.length, day };
};

const invalid = (issue: FieldIssue): never => {
  throw new AppError(issue.code === 'invalid_period' ? 'invalid_period' : 'invalid_parent', issue.message, {
    errors: [issue],
  });
};

/** Checks that the parent exists, fits the kind, and is not the agency itself or one of its descendants. */
const checkParent = async (db: Db, input: { id: string; kind: AgencyKind; parentId: string | null }) => {
  if (input.parentId === null) {
    return isParentKindAllowed(input.kind, null)
      ? undefined
      : invalid(parentIssue('this kind needs a parent'));
  }
  const parent = await findAgencyById(db, input.parentId);
  if (!parent) {
    throw new AppError('unknown_agency', 'No such parent agency', {
      errors: [{ path: 'parentId', code: 'unknown_agency', message: 'no such agency' }],
    });
  }
  if (!isParentKindAllowed(input.kind, parent.kind)) {
    invalid(parentIssue(`a ${input.kind} cannot sit under a ${parent.kind}`));
  }
  let ancestor: AgencyRow | undefined = parent;
  while (ancestor) {
    if (ancestor.id === input.id) {
      invalid(parentIssue('an agency cannot sit under itself'));
    }
    ancestor = ancestor.parentId ? await findAgencyById(db, ancestor.parentId) : undefined;
  }
};

const parentIssue = (message: string): FieldIssue => ({ path: 'parentId', code: 'invalid_parent', message });

const checkPeriod = (period: Period) => {
  const issue = periodIssue(period, 'validUntil');
  if (issue) {
    invalid(issue);
  }
};

const agencyChange = (agency: AgencyRow, action: 'create' | 'update', eventType: string) => ({
  action,
  objectType: 'agency' as const,
  objectId: agency.id,
  ownerAgencyId: agency.id,
  eventType,
  payload: { agencyId: agency.id, code: agency.code, version: agency.version },
});

/** Registers an agency in the registry; the code is unique, the parent must fit the kind. */
export const createAgency = (ctx: RequestContext, input: CreateAgencyBody): Promise<AgencyRow> =>
  withTransaction(ctx.db, async (trx) => {
    if (await findAgencyByCode(trx, input.code)) {
      throw new AppError('agency_code_taken', 'This agency code is in use', {
        errors: [{ path: 'code', code: 'agency_code_taken', message: 'already in use' }],
      });
    }
    const id = uuidv7();
    const period = { validFrom: input.validFrom ?? null, validUntil: input.validUntil ?? null };
    checkPeriod(period);
    await checkParent(trx, { id, kind: input.kind, parentId: input.parentId ?? null });
    const at = ctx.clock();
    const by = ctx.actor?.userId ?? null;
    const fields = {
      code: input.code,
      nameVi: input.nameVi,
      nameLocal: input.nameLocal ?? null,
      nameEn: input.nameEn ?? null,
    };
    const agency = await insertAgency(trx, {
      id,
      ...fields,
      kind: input.kind,
      localLanguage: input.localLanguage ?? null,
      country: input.country,
      parentId: input.parentId ?? null,
      ...period,
      searchText: agencySearchText(fields),
      createdAt: at,
      createdBy: by,
      updatedAt: at,
      updatedBy: by,
    });
    await recordChange(ctx, trx, agencyChange(agency, 'create', 'agency.create'), at);
    return agency;
  });

/**
 * Applies a change to an agency at the version the caller saw (409 when stale) and records it; the jurisdiction
 * and succession writes go through here too, so every change of the aggregate bumps its version.
 */
export const changeAgencyAtVersion = async (
  ctx: RequestContext,
  trx: Db,
  input: { agencyId: string; version: number; eventType: string },
  changes: Partial<NewAgency>,
): Promise<AgencyRow> => {
  const at = ctx.clock();
  const updated = await updateAgencyAtVersion(trx, input.agencyId, input.version, {
    ...changes,
    updatedAt: at,
    updatedBy: ctx.actor?.userId ?? null,
  });
  if (!updated) {
    throw new AppError('version_conflict', 'Someone changed this agency first; reload it');
  }
  await recordChange(ctx, trx, agencyChange(updated, 'update', input.eventType), at);
  return updated;
};

/** Renames an agency, moves it in the hierarchy or changes its period of existence. */
export const updateAgency = (
  ctx: RequestContext,
  agencyId: string,
  input: UpdateAgencyBody,
): Promise<AgencyRow> =>
  withTransaction(ctx.db, async (trx) => {
    const agency = await getAgency(trx, agencyId);
    const merged = { ...agency, ...withoutUndefined(input) };
    checkPeriod(merged);
    if (input.parentId !== undefined) {
      await checkParent(trx, { id: agency.id, kind: agency.kind, parentId: input.parentId });
    }
    const { version, ...changes } = withoutUndefined(input);
    return changeAgencyAtVersion(
      ctx,
      trx,
      { agencyId, version, eventType: 'agency.update' },
      { ...changes, searchText: agencySearchText(merged) },
    );
  });

/** The object without its undefined fields, so a PATCH changes only what it names. */
export const withoutUndefined = <T extends Record<string, unknown>>(input: T): T =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;
