import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { withTransaction } from '../../../db/connect.ts';
import { writeOutboxEvent } from '../../../events/outbox.ts';
import type { RequestContext } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { getActorAgency } from '../../agencies/index.ts';
import { type AuditEntry, appendAudit, recordAuditedRead } from '../../audit/index.ts';
import { canWriteAgreement } from '../agreements.policy.ts';
import { getAgreement, listPartyAgencyIds, refuse } from '../agreements.service.ts';
import { isPdf, sanitiseFilename } from './document-file.ts';
import {
  type DocumentMeta,
  type DocumentRow,
  findDocument,
  insertDocument,
  listDocumentMetas,
} from './documents.repo.ts';

export type { DocumentMeta, DocumentRow };

/** Refuses the upload unless the agreement exists (404) and the actor may keep it (403), as for every agreement write. */
export const assertCanAttachDocument = async (ctx: RequestContext, agreementId: string): Promise<void> => {
  await getAgreement(ctx.db, agreementId);
  const allowed = canWriteAgreement(await getActorAgency(ctx), await listPartyAgencyIds(ctx.db, agreementId));
  if (!allowed) {
    throw new AppError('forbidden', 'Your role does not allow this action');
  }
};

/** Checks that a request body is PDF bytes: sent as `application/pdf` (415) and starting with `%PDF-` (422). */
const checkPdfBody = (body: unknown): Buffer => {
  if (!Buffer.isBuffer(body)) {
    throw new AppError(
      'unsupported_media_type',
      'Send the document as the body with Content-Type application/pdf',
    );
  }
  if (!isPdf(body)) {
    refuse({ path: 'body', code: 'not_a_pdf', message: 'the content is not a PDF document' });
  }
  return body;
};

/** Attaches a signed PDF to an agreement, with its outbox event and audit entry in the same transaction. */
export const attachDocument = (
  ctx: RequestContext,
  input: { agreementId: string; filename: string; body: unknown },
): Promise<DocumentMeta> => {
  const content = checkPdfBody(input.body);
  return withTransaction(ctx.db, async (trx) => {
    const agreement = await getAgreement(trx, input.agreementId);
    const at = ctx.clock();
    const [document] = await insertDocument(trx, {
      id: uuidv7(),
      agreementId: agreement.id,
      filename: sanitiseFilename(input.filename),
      byteSize: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploadedBy: ctx.actor?.userId ?? null,
      uploadedAt: at,
    });
    if (!document) {
      throw new Error('the document insert returned no row');
    }
    const { id, filename, byteSize, sha256 } = document;
    const event = {
      eventType: 'agreement.document_attach',
      aggregateType: 'agreement',
      aggregateId: agreement.id,
      ownerAgencyId: null,
      payload: { agreementId: agreement.id, documentId: id, filename, byteSize, sha256 },
    };
    await writeOutboxEvent(trx, event, at);
    const entry: AuditEntry = {
      action: 'create',
      outcome: 'allow',
      objectType: 'agreement',
      objectIds: [agreement.id, id],
      objectOwnerAgencyId: null,
      detail: event.eventType,
    };
    await appendAudit(trx, ctx.audit, entry, at);
    return document;
  });
};

/** The documents of an agreement, without their content, oldest first. */
export const listDocuments = async (ctx: RequestContext, agreementId: string): Promise<DocumentMeta[]> => {
  await getAgreement(ctx.db, agreementId);
  return listDocumentMetas(ctx.db, agreementId);
};

/** One document with its content, audited as a read before it is served. */
export const getDocument = async (
  ctx: RequestContext,
  ids: { agreementId: string; documentId: string },
): Promise<DocumentRow> => {
  const document = await findDocument(ctx.db, ids.agreementId, ids.documentId);
  if (!document) {
    throw new AppError('not_found', 'No such document');
  }
  const entry: AuditEntry = {
    action: 'read',
    outcome: 'allow',
    objectType: 'agreement_document',
    objectIds: [ids.agreementId, ids.documentId],
    recordsReturned: 1,
    detail: 'agreement.document_download',
  };
  await recordAuditedRead(ctx.db, { context: ctx.audit, entry, at: ctx.clock() });
  return document;
};
