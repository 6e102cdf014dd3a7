import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../../db/connect.ts';
import { recordChange } from '../../../events/record-change.ts';
import type { RequestContext } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { appendAudit } from '../../audit/index.ts';
import { withoutUndefined } from '../agencies.service.ts';
import { isValidOn, periodIssue } from '../periods.ts';
import {
  type ContactRow,
  deleteContactAtVersion,
  findAgencyContact,
  insertContact,
  listContactRows,
  updateContactAtVersion,
} from './contacts.repo.ts';
import type { CreateContactBody, UpdateContactBody } from './contacts.schemas.ts';

export type { ContactRow };

/** The contact points of an agency valid on a day (or all of them): the "contact agency X" answer. */
export const listAgencyContacts = async (
  db: Db,
  agencyId: string,
  day: string | 'all',
): Promise<ContactRow[]> => {
  const rows = await listContactRows(db, agencyId);
  return day === 'all' ? rows : rows.filter((row) => isValidOn(row, day));
};

/** Contacts name officers: every read that returns some leaves an audit entry with how many. */
export const auditContactRead = async (ctx: RequestContext, db: Db, agencyId: string, rows: ContactRow[]) => {
  if (rows.length === 0) {
    return;
  }
  const entry = {
    action: 'read' as const,
    outcome: 'allow' as const,
    objectType: 'agency_contact',
    objectIds: rows.map((row) => row.id),
    objectOwnerAgencyId: agencyId,
    recordsReturned: rows.length,
  };
  await appendAudit(db, ctx.audit, entry, ctx.clock());
};

/** The contacts of an agency on a day, audited. */
export const readAgencyContacts = (ctx: RequestContext, agencyId: string, day: string | 'all') =>
  withTransaction(ctx.db, async (trx) => {
    const rows = await listAgencyContacts(trx, agencyId, day);
    await auditContactRead(ctx, trx, agencyId, rows);
    return rows;
  });

const checkPeriod = (period: { validFrom?: string | null; validUntil?: string | null }) => {
  const issue = periodIssue(
    { validFrom: period.validFrom ?? null, validUntil: period.validUntil ?? null },
    'validUntil',
  );
  if (issue) {
    throw new AppError('invalid_period', issue.message, { errors: [issue] });
  }
};

const contactChange = (contact: ContactRow, action: 'create' | 'update' | 'delete') => ({
  action,
  objectType: 'agency_contact' as const,
  objectId: contact.id,
  ownerAgencyId: contact.agencyId,
  eventType: `agency.contact_${action}`,
  payload: { agencyId: contact.agencyId, contactId: contact.id, version: contact.version },
});

/** Adds a duty desk or liaison officer to an agency. */
export const createContact = (
  ctx: RequestContext,
  agencyId: string,
  input: CreateContactBody,
): Promise<ContactRow> =>
  withTransaction(ctx.db, async (trx) => {
    checkPeriod(input);
    const at = ctx.clock();
    const by = ctx.actor?.userId ?? null;
    const contact = await insertContact(trx, {
      id: uuidv7(),
      agencyId,
      kind: input.kind,
      name: input.name,
      rank: input.rank ?? null,
      title: input.title ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      languages: [...new Set(input.languages ?? [])],
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
      createdAt: at,
      createdBy: by,
      updatedAt: at,
      updatedBy: by,
    });
    await recordChange(ctx, trx, contactChange(contact, 'create'), at);
    return contact;
  });

const getAgencyContact = async (db: Db, agencyId: string, contactId: string): Promise<ContactRow> => {
  const contact = await findAgencyContact(db, agencyId, contactId);
  if (!contact) {
    throw new AppError('not_found', 'No such contact');
  }
  return contact;
};

/** Changes a contact at the version the caller saw (409 when stale). */
export const updateContact = (
  ctx: RequestContext,
  ids: { agencyId: string; contactId: string },
  input: UpdateContactBody,
): Promise<ContactRow> =>
  withTransaction(ctx.db, async (trx) => {
    const contact = await getAgencyContact(trx, ids.agencyId, ids.contactId);
    const { version, ...changes } = withoutUndefined(input);
    checkPeriod({ ...contact, ...changes });
    const at = ctx.clock();
    const updated = await updateContactAtVersion(trx, contact.id, version, {
      ...changes,
      ...(changes.languages ? { languages: [...new Set(changes.languages)] } : {}),
      updatedAt: at,
      updatedBy: ctx.actor?.userId ?? null,
    });
    if (!updated) {
      throw new AppError('version_conflict', 'Someone changed this contact first; reload it');
    }
    await recordChange(ctx, trx, contactChange(updated, 'update'), at);
    return updated;
  });

/** Removes a contact at the version the caller saw (409 when stale); end its period instead to keep history. */
export const deleteContact = (
  ctx: RequestContext,
  ids: { agencyId: string; contactId: string },
  version: number,
): Promise<void> =>
  withTransaction(ctx.db, async (trx) => {
    const contact = await getAgencyContact(trx, ids.agencyId, ids.contactId);
    const deleted = await deleteContactAtVersion(trx, contact.id, version);
    if (!deleted) {
      throw new AppError('version_conflict', 'Someone changed this contact first; reload it');
    }
    await recordChange(ctx, trx, contactChange(deleted, 'delete'), ctx.clock());
  });
