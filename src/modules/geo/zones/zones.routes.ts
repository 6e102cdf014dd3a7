import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../../http/context.ts';
import { assertCan } from '../../../http/problem.ts';
import { FeatureCollectionView } from '../geometry/geometry.schemas.ts';
import { getZoneGeoJson } from './zone-map.service.ts';
import { checkPointInZone, checkUnitInZone } from './zone-membership.service.ts';
import { canCreateZones, canManageZone } from './zones.policy.ts';
import { presentZone } from './zones.presenter.ts';
import {
  ContainsQuery,
  CreateZoneBody,
  DeleteZoneQuery,
  ListZonesQuery,
  MembershipView,
  UpdateZoneBody,
  ZoneList,
  ZoneParams,
  ZoneView,
} from './zones.schemas.ts';
import { createZone, deleteZone, getZone, listZones, updateZone } from './zones.service.ts';

const tags = ['geo'];

/** Border zones: every logged-in role reads them and checks membership; administrators manage them. */
export const zonesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/zones',
    { schema: { tags, querystring: ListZonesQuery, response: { 200: ZoneList } } },
    async (request) => {
      const actor = requireActor(request.ctx);
      return {
        items: (await listZones(request.ctx.db, request.query)).map((zone) => presentZone(actor, zone)),
      };
    },
  );

  app.post(
    '/zones',
    { schema: { tags, body: CreateZoneBody, response: { 201: ZoneView } } },
    async (request, reply) => {
      const actor = requireActor(request.ctx);
      assertCan(canCreateZones(actor));
      return reply.code(201).send(presentZone(actor, await createZone(request.ctx, request.body)));
    },
  );

  app.get(
    '/zones/:zoneId',
    { schema: { tags, params: ZoneParams, response: { 200: ZoneView } } },
    async (request) =>
      presentZone(requireActor(request.ctx), await getZone(request.ctx.db, request.params.zoneId)),
  );

  app.patch(
    '/zones/:zoneId',
    { schema: { tags, params: ZoneParams, body: UpdateZoneBody, response: { 200: ZoneView } } },
    async (request) => {
      const actor = requireActor(request.ctx);
      assertCan(canManageZone(actor, await getZone(request.ctx.db, request.params.zoneId)));
      return presentZone(actor, await updateZone(request.ctx, request.params.zoneId, request.body));
    },
  );

  app.delete(
    '/zones/:zoneId',
    { schema: { tags, params: ZoneParams, querystring: DeleteZoneQuery } },
    async (request, reply) => {
      assertCan(
        canManageZone(requireActor(request.ctx), await getZone(request.ctx.db, request.params.zoneId)),
      );
      await deleteZone(request.ctx, request.params.zoneId, request.query.version);
      return reply.code(204).send();
    },
  );

  app.get(
    '/zones/:zoneId/contains',
    { schema: { tags, params: ZoneParams, querystring: ContainsQuery, response: { 200: MembershipView } } },
    async (request) => {
      const query = request.query;
      return 'code' in query
        ? checkUnitInZone(request.ctx.db, request.params.zoneId, query)
        : checkPointInZone(request.ctx.db, request.params.zoneId, query);
    },
  );

  app.get(
    '/zones/:zoneId/geojson',
    { schema: { tags, params: ZoneParams, response: { 200: FeatureCollectionView } } },
    async (request, reply) =>
      reply.type('application/geo+json').send(await getZoneGeoJson(request.ctx.db, request.params.zoneId)),
  );
};
