import type { Classification } from '../../db/columns.ts';
import type { Db } from '../../db/connect.ts';
import { AppError, type ErrorCode } from '../../http/problem.ts';
import {
  type AgencyRow,
  findAgency,
  findGroup,
  isValidOn,
  listGroupMemberAgencies,
  mapAgenciesById,
} from '../agencies/index.ts';
import { findAgreement, listPartyAgencyIds } from '../agreements/index.ts';

/** Refuses a request for one field: a 4xx with the code and the path at fault. */
export const refuseField = (code: ErrorCode, path: string, message: string): never => {
  throw new AppError(code, message, { errors: [{ path, code, message }] });
};

/** Whether an agency is of another country than Vietnam: what is classified never goes there. */
export const isForeign = (agency: AgencyRow): boolean => agency.country !== 'VN';

/**
 * The checks every addressee passes, whatever way it was named: it exists today, it is not the sender, and a state
 * secret never goes to a foreign agency (as the sharing policy rules for records).
 */
export const checkAddressee = (
  agency: AgencyRow | undefined,
  input: { senderAgencyId: string; classification: Classification; day: string; path: string },
): AgencyRow => {
  if (!agency || !isValidOn(agency, input.day)) {
    return refuseField('unknown_agency', input.path, 'No such agency today');
  }
  if (agency.id === input.senderAgencyId) {
    return refuseField('invalid_recipient', input.path, 'A force does not write to itself');
  }
  if (isForeign(agency) && input.classification !== 'none') {
    return refuseField('classified_to_foreign', input.path, 'A state secret never goes to a foreign agency');
  }
  return agency;
};

export type Addressees = {
  agencyIds?: string[] | undefined;
  agreementId?: string | undefined;
  groupId?: string | undefined;
};

const partiesOf = async (db: Db, agreementId: string, senderAgencyId: string): Promise<string[]> => {
  if (!(await findAgreement(db, agreementId))) {
    return refuseField('unknown_agreement', 'to.agreementId', 'No such agreement');
  }
  const parties = await listPartyAgencyIds(db, agreementId);
  if (!parties.includes(senderAgencyId)) {
    return refuseField('not_a_party', 'to.agreementId', 'Your agency is not a party of this agreement');
  }
  return parties.filter((id) => id !== senderAgencyId);
};

const membersOf = async (db: Db, groupId: string, senderAgencyId: string, day: string) => {
  if (!(await findGroup(db, groupId))) {
    return refuseField('unknown_group', 'to.groupId', 'No such cluster or route');
  }
  const members = await listGroupMemberAgencies(db, groupId, day);
  return members.map((m) => m.id).filter((id) => id !== senderAgencyId);
};

/**
 * The agencies a message goes to: those named, every other party of the agreement named, every other member of
 * the cluster or route named (on `day`), each once, each checked by `checkAddressee`. Nothing named: 422.
 */
export const resolveAddressees = async (
  db: Db,
  to: Addressees,
  input: { senderAgencyId: string; classification: Classification; day: string },
): Promise<AgencyRow[]> => {
  const named = to.agencyIds ?? [];
  const fromAgreement = to.agreementId ? await partiesOf(db, to.agreementId, input.senderAgencyId) : [];
  const fromGroup = to.groupId ? await membersOf(db, to.groupId, input.senderAgencyId, input.day) : [];
  const found = await mapAgenciesById(db, [...named, ...fromAgreement, ...fromGroup]);
  const chosen = new Map<string, AgencyRow>();
  named.forEach((id, index) => {
    const agency = checkAddressee(found.get(id), { ...input, path: `to.agencyIds.${index}` });
    chosen.set(agency.id, agency);
  });
  for (const [ids, path] of [
    [fromAgreement, 'to.agreementId'],
    [fromGroup, 'to.groupId'],
  ] as const) {
    for (const id of ids) {
      if (chosen.has(id)) continue;
      const agency = found.get(id);
      if (!agency || !isValidOn(agency, input.day)) continue;
      chosen.set(id, checkAddressee(agency, { ...input, path }));
    }
  }
  if (chosen.size === 0) return refuseField('invalid_recipient', 'to', 'Nobody to send to');
  return [...chosen.values()];
};

/** One counterpart agency by id, checked as an addressee (out-of-band entries). */
export const resolveCounterpart = async (
  db: Db,
  agencyId: string,
  input: { senderAgencyId: string; classification: Classification; day: string },
) => checkAddressee(await findAgency(db, agencyId), { ...input, path: 'counterpartAgencyId' });
