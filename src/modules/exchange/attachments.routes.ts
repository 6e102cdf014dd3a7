import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ATTACHMENT_TYPES, getAttachment, uploadAttachment } from './attachments.service.ts';
import { AttachmentView } from './exchange.schemas.ts';

const tags = ['messages'];
const FILENAME_SAFE = /^[^\p{Cc}]*$/u;

const UploadQuery = z.strictObject({
  filename: z.string().trim().min(1).max(255).regex(FILENAME_SAFE, 'must not contain control characters'),
});
const AttachmentParams = z.strictObject({ messageId: z.uuid(), attachmentId: z.uuid() });

const disposition = (filename: string) => {
  const ascii = filename
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
};

/**
 * Files of messages: uploaded first as the raw body (PDF, JPEG or PNG, at most `attachmentLimit` bytes, only in
 * this scope), then named in `attachmentIds` of the message that sends them; read by the agencies of that message.
 */
export const attachmentsRoutes: FastifyPluginAsyncZod<{ attachmentLimit: number }> = async (app, options) => {
  app.addContentTypeParser(
    Object.keys(ATTACHMENT_TYPES),
    { parseAs: 'buffer', bodyLimit: options.attachmentLimit },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/messages/attachments',
    {
      schema: {
        tags,
        description: 'The body is the file itself, sent as application/pdf, image/jpeg or image/png.',
        querystring: UploadQuery,
        response: { 201: AttachmentView },
      },
    },
    async (request, reply) => {
      const meta = await uploadAttachment(request.ctx, {
        filename: request.query.filename,
        mediaType: request.headers['content-type'] ?? '',
        body: request.body,
      });
      const { id, filename, mediaType, byteSize, sha256 } = meta;
      return reply.code(201).send({ id, filename, mediaType, byteSize, sha256 });
    },
  );

  app.get(
    '/messages/:messageId/attachments/:attachmentId',
    { schema: { tags, description: 'The file itself, as an attachment.', params: AttachmentParams } },
    async (request, reply) => {
      const file = await getAttachment(request.ctx, request.params);
      return reply
        .type(file.mediaType)
        .header('content-disposition', disposition(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
};
