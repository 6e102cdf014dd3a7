import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MapFeatures, MapQuery } from './map.schemas.ts';
import { listMapFeatures } from './map-features.service.ts';

/** The operations map: every point, hotspot, placed case and seizure the user may see, as compact columns. */
export const mapRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/map/features',
    {
      schema: {
        tags: ['map'],
        description:
          'Points, hotspots, placed cases and seizures visible to the user (summary or full), in a box and period, filtered by kind, status, drug and zone.',
        querystring: MapQuery,
        response: { 200: MapFeatures },
      },
    },
    async (request) => listMapFeatures(request.ctx, request.query),
  );
};
