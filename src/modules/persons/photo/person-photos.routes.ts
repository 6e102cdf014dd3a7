import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PersonIdParams } from '../persons.schemas.ts';
import { PHOTO_LIMIT, readPersonPhoto, removePersonPhoto, setPersonPhoto } from './person-photos.service.ts';
import { PHOTO_TYPES, type PhotoType } from './person-photos.tables.ts';

const tags = ['persons'];

/** A person's photo: the raw image is the body (JPEG, PNG or WebP, at most 5 MiB, only in this scope). */
export const personPhotoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    [...PHOTO_TYPES],
    { parseAs: 'buffer', bodyLimit: PHOTO_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.put(
    '/persons/:personId/photo',
    {
      schema: {
        tags,
        description:
          'The body is the image itself, sent as image/jpeg, image/png or image/webp (at most 5 MiB).',
        params: PersonIdParams,
      },
    },
    async (request, reply) => {
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim() as PhotoType;
      await setPersonPhoto(request.ctx, request.params.personId, { contentType, body: request.body });
      return reply.code(204).send();
    },
  );

  app.get(
    '/persons/:personId/photo',
    {
      schema: {
        tags,
        description: 'The photo itself, for readers of the record in full.',
        params: PersonIdParams,
      },
    },
    async (request, reply) => {
      const photo = await readPersonPhoto(request.ctx, request.params.personId);
      return reply
        .type(photo.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(photo.content);
    },
  );

  app.delete(
    '/persons/:personId/photo',
    { schema: { tags, params: PersonIdParams } },
    async (request, reply) => {
      await removePersonPhoto(request.ctx, request.params.personId);
      return reply.code(204).send();
    },
  );
};
