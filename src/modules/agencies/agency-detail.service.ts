import { withTransaction } from '../../db/connect.ts';
import type { RequestContext } from '../../http/context.ts';
import { compareVietnamese } from '../../text/vietnamese.ts';
import { canEditRegistry, canManageContacts } from './agencies.policy.ts';
import type { AgencyDetailBundle } from './agencies.presenter.ts';
import { findAgencyById, listAgencyRows, listJurisdictions, listSuccessionsOf } from './agencies.repo.ts';
import type { AtQuery } from './agencies.schemas.ts';
import { getActorAgency, getAgency } from './agencies.service.ts';
import { auditContactRead, listAgencyContacts } from './contacts/contacts.service.ts';
import { listAgencyGroups } from './groups/groups.service.ts';
import { describeJurisdictionOn, findUnitName, structureOn } from './history/units.ts';
import { dayOf } from './periods.ts';

/** What became of an agency: the successions of which it is the predecessor, with the successors. */
export const getAgencySuccessors = (ctx: { db: RequestContext['db'] }, agencyId: string) =>
  listSuccessionsOf(ctx.db, agencyId, 'from');

/**
 * Gathers an agency's page for a day and a structure (default: the one in force that day); the contacts it returns
 * are audited as a read of officers' details.
 */
export const getAgencyDetail = (
  ctx: RequestContext,
  agencyId: string,
  query: AtQuery,
): Promise<AgencyDetailBundle> =>
  withTransaction(ctx.db, async (trx) => {
    const agency = await getAgency(trx, agencyId);
    const day = query.at ?? dayOf(ctx.clock());
    const structure = query.structure ?? structureOn(day);
    const jurisdictionRows = await listJurisdictions(trx, agencyId);
    const unitNames = new Map<string, string | null>();
    for (const row of jurisdictionRows) {
      unitNames.set(`${row.structure}:${row.unitCode}`, await findUnitName(trx, row.structure, row.unitCode));
    }
    const contacts = await listAgencyContacts(trx, agencyId, day);
    await auditContactRead(ctx, trx, agencyId, contacts);
    const actor = await getActorAgency({ ...ctx, db: trx });
    const children = await listAgencyRows(trx, { parentId: agencyId });
    const groups = await listAgencyGroups(trx, agencyId);
    return {
      agency,
      day,
      structure,
      parent: agency.parentId ? await findAgencyById(trx, agency.parentId) : undefined,
      children: children.sort((a, b) => compareVietnamese(a.nameVi, b.nameVi)),
      jurisdictionRows,
      jurisdictionUnits: await describeJurisdictionOn(trx, jurisdictionRows, day, structure),
      unitNames,
      predecessors: await listSuccessionsOf(trx, agencyId, 'to'),
      successors: await listSuccessionsOf(trx, agencyId, 'from'),
      contacts,
      groups: groups.sort((a, b) => compareVietnamese(a.group.nameVi, b.group.nameVi)),
      abilities: {
        canEditRegistry: canEditRegistry(actor),
        canManageContacts: canManageContacts(actor, agency),
      },
    };
  });
