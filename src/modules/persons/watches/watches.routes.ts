import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createWatch, endWatch, listWatches } from './watches.service.ts';
import type { PersonWatchRow } from './watches.tables.ts';

const WatchBody = z.union([
  z.strictObject({
    personId: z.uuid(),
    silent: z.boolean().optional(),
    note: z.string().trim().min(1).max(2000).optional(),
  }),
  z.strictObject({
    name: z.string().trim().min(2).max(200),
    birthYear: z.int().min(1900).max(2100).optional(),
    silent: z.boolean().optional(),
    note: z.string().trim().min(1).max(2000).optional(),
  }),
]);

const WatchView = z.object({
  id: z.uuid(),
  personId: z.uuid().nullable(),
  name: z.string().nullable(),
  birthYear: z.int().nullable(),
  silent: z.boolean(),
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
});

const present = (watch: PersonWatchRow) => ({
  id: watch.id,
  personId: watch.personId,
  name: watch.name,
  birthYear: watch.birthYear,
  silent: watch.silent,
  note: watch.note,
  createdAt: watch.createdAt.toISOString(),
  endedAt: watch.endedAt?.toISOString() ?? null,
});

const tags = ['persons'];

/** A force's watches on persons and on names. */
export const watchesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons/watches',
    { schema: { tags, response: { 200: z.object({ items: z.array(WatchView) }) } } },
    async (request) => ({
      items: (await listWatches(request.ctx)).map(present),
    }),
  );

  app.post(
    '/persons/watches',
    { schema: { tags, body: WatchBody, response: { 201: WatchView } } },
    async (request, reply) => {
      reply.code(201);
      return present(await createWatch(request.ctx, request.body));
    },
  );

  app.post(
    '/persons/watches/:watchId/end',
    { schema: { tags, params: z.strictObject({ watchId: z.uuid() }), response: { 200: WatchView } } },
    async (request) => present(await endWatch(request.ctx, request.params.watchId)),
  );
};
