import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { agreementDocuments } from './documents.tables.ts';

export type DocumentRow = typeof agreementDocuments.$inferSelect;
export type DocumentMeta = Omit<DocumentRow, 'content'>;

const META = {
  id: agreementDocuments.id,
  agreementId: agreementDocuments.agreementId,
  filename: agreementDocuments.filename,
  byteSize: agreementDocuments.byteSize,
  sha256: agreementDocuments.sha256,
  uploadedBy: agreementDocuments.uploadedBy,
  uploadedAt: agreementDocuments.uploadedAt,
};

export const insertDocument = (db: Db, row: DocumentRow): Promise<DocumentMeta[]> =>
  db.insert(agreementDocuments).values(row).returning(META);

export const listDocumentMetas = (db: Db, agreementId: string): Promise<DocumentMeta[]> =>
  db
    .select(META)
    .from(agreementDocuments)
    .where(eq(agreementDocuments.agreementId, agreementId))
    .orderBy(asc(agreementDocuments.uploadedAt), asc(agreementDocuments.id));

export const findDocument = (
  db: Db,
  agreementId: string,
  documentId: string,
): Promise<DocumentRow | undefined> =>
  db
    .select()
    .from(agreementDocuments)
    .where(and(eq(agreementDocuments.agreementId, agreementId), eq(agreementDocuments.id, documentId)))
    .then((rows) => rows[0]);
