import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { geometryRoutes } from './geometry/geometry.routes.ts';
import { StatusView } from './geometry/geometry.schemas.ts';
import { assertRefDataLoaded, findRefDataLoad } from './refdata/refdata-status.service.ts';
import { unitsRoutes } from './units/units.routes.ts';
import { zonesRoutes } from './zones/zones.routes.ts';

/** Everything under /api/geo: the status route always answers; the others 503 until the reference data is loaded. */
export const geoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/status', { schema: { tags: ['geo'], response: { 200: StatusView } } }, async (request) => {
    const load = await findRefDataLoad(request.ctx.db);
    return {
      loaded: load !== undefined,
      loadedAt: load?.loadedAt.toISOString() ?? null,
      dataAsOf: load?.dataAsOf ?? null,
      counts: load?.counts ?? null,
    };
  });
  await app.register(async (guarded) => {
    guarded.addHook('onRequest', async (request) => {
      await assertRefDataLoaded(request.ctx.db);
    });
    await guarded.register(unitsRoutes);
    await guarded.register(geometryRoutes);
    await guarded.register(zonesRoutes);
  });
};
