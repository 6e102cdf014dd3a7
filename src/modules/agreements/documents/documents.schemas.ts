import { z } from 'zod';
import { FILENAME_SAFE } from './document-file.ts';

export const DocumentParams = z.strictObject({ agreementId: z.uuid(), documentId: z.uuid() });

export const UploadDocumentQuery = z.strictObject({
  filename: z.string().trim().min(1).max(255).regex(FILENAME_SAFE, 'must not contain control characters'),
});
export type UploadDocumentQuery = z.infer<typeof UploadDocumentQuery>;

export const DocumentView = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  filename: z.string(),
  byteSize: z.int(),
  sha256: z.string(),
  uploadedBy: z.uuid().nullable(),
  uploadedAt: z.string(),
});
export type DocumentView = z.infer<typeof DocumentView>;

export const DocumentList = z.object({ items: z.array(DocumentView) });
export type DocumentList = z.infer<typeof DocumentList>;
