import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AgreementIdParams } from '../agreements.schemas.ts';
import { attachmentDisposition } from './document-file.ts';
import type { DocumentMeta } from './documents.repo.ts';
import { DocumentList, DocumentParams, DocumentView, UploadDocumentQuery } from './documents.schemas.ts';
import { assertCanAttachDocument, attachDocument, getDocument, listDocuments } from './documents.service.ts';

const tags = ['agreements'];

const presentDocument = (document: DocumentMeta): DocumentView => ({
  id: document.id,
  agreementId: document.agreementId,
  filename: document.filename,
  byteSize: document.byteSize,
  sha256: document.sha256,
  uploadedBy: document.uploadedBy,
  uploadedAt: document.uploadedAt.toISOString(),
});

/**
 * The signed documents of agreements: the raw PDF is the body (`application/pdf`, at most `documentLimit` bytes,
 * only in this scope); every logged-in user reads them, whoever may keep the agreement attaches them.
 */
export const agreementDocumentsRoutes: FastifyPluginAsyncZod<{ documentLimit: number }> = async (
  app,
  options,
) => {
  app.addContentTypeParser(
    'application/pdf',
    { parseAs: 'buffer', bodyLimit: options.documentLimit },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/agreements/:agreementId/documents',
    {
      schema: {
        tags,
        description: 'The body is the PDF itself, sent with Content-Type application/pdf.',
        params: AgreementIdParams,
        querystring: UploadDocumentQuery,
        response: { 201: DocumentView },
      },
    },
    async (request, reply) => {
      const { agreementId } = request.params;
      await assertCanAttachDocument(request.ctx, agreementId);
      const document = await attachDocument(request.ctx, {
        agreementId,
        filename: request.query.filename,
        body: request.body,
      });
      return reply.code(201).send(presentDocument(document));
    },
  );

  app.get(
    '/agreements/:agreementId/documents',
    { schema: { tags, params: AgreementIdParams, response: { 200: DocumentList } } },
    async (request) => ({
      items: (await listDocuments(request.ctx, request.params.agreementId)).map(presentDocument),
    }),
  );

  app.get(
    '/agreements/:agreementId/documents/:documentId',
    { schema: { tags, description: 'The PDF itself, as an attachment.', params: DocumentParams } },
    async (request, reply) => {
      const document = await getDocument(request.ctx, request.params);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(document.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(document.content);
    },
  );
};
