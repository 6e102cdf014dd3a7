import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RequestContext } from '../../http/context.ts';
import { type AgencyRow, dayOf, mapAgenciesById } from '../agencies/index.ts';
import type { AccessLevel } from '../sharing/index.ts';
import { classificationsRoutes } from './classifications/classifications.routes.ts';
import { listHotspotHistory, listRechecksDue, transitionHotspot } from './hotspot-lifecycle.service.ts';
import { type LinkedPerson, listHotspots, listLinkedPersons, readHotspot } from './hotspot-reads.service.ts';
import { presentHotspot, presentTransition } from './hotspots.presenter.ts';
import {
  CreateHotspotBody,
  HotspotHistory,
  HotspotIdParams,
  HotspotList,
  HotspotListQuery,
  HotspotView,
  RecheckList,
  RecheckQuery,
  TransitionBody,
  UpdateHotspotBody,
} from './hotspots.schemas.ts';
import { createHotspot, updateHotspot } from './hotspots.service.ts';
import type { HotspotRow } from './hotspots.tables.ts';

const tags = ['hotspots'];

type Presentable = { hotspot: HotspotRow; level: Exclude<AccessLevel, 'none'>; persons?: LinkedPerson[] };

/** Presents hotspots with their owners, each agency loaded once. */
const present = async (ctx: RequestContext, items: Presentable[]) => {
  const owners = await mapAgenciesById(
    ctx.db,
    items.map(({ hotspot }) => hotspot.ownerAgencyId),
  );
  return items.map(({ hotspot, level, persons }) =>
    presentHotspot(hotspot, level, owners.get(hotspot.ownerAgencyId) as AgencyRow, {
      now: ctx.clock(),
      persons: persons ?? [],
    }),
  );
};

const presentOne = async (ctx: RequestContext, item: Presentable) =>
  (await present(ctx, [item]))[0] as HotspotView;

/** The freshly written hotspot as its owner sees it, with its links. */
const presentWritten = async (ctx: RequestContext, hotspot: HotspotRow) =>
  presentOne(ctx, { hotspot, level: 'full', persons: await listLinkedPersons(ctx, hotspot.id) });

/** Drug points and hotspots: each read through the sharing policy, each write by the owning agency. */
export const hotspotsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(classificationsRoutes);
  app.get(
    '/hotspots',
    { schema: { tags, querystring: HotspotListQuery, response: { 200: HotspotList } } },
    async (request) => {
      const { items, total, facets } = await listHotspots(request.ctx, request.query);
      const views = await present(
        request.ctx,
        items.flatMap((i) =>
          i.level === 'summary' || i.level === 'full' ? [{ hotspot: i.hotspot, level: i.level }] : [],
        ),
      );
      return { items: views as Extract<HotspotView, { level: 'summary' | 'full' }>[], total, facets };
    },
  );

  app.get(
    '/hotspots/rechecks',
    { schema: { tags, querystring: RecheckQuery, response: { 200: RecheckList } } },
    async (request) => {
      const rows = await listRechecksDue(request.ctx, request.query.until);
      return {
        items: rows.map((h) => ({
          id: h.id,
          kind: h.kind,
          name: h.name,
          status: h.status,
          recheckDueOn: h.recheckDueOn ?? dayOf(request.ctx.clock()),
        })),
      };
    },
  );

  app.post(
    '/hotspots',
    { schema: { tags, body: CreateHotspotBody, response: { 201: HotspotView } } },
    async (request, reply) => {
      const hotspot = await createHotspot(request.ctx, request.body);
      reply.code(201);
      return presentWritten(request.ctx, hotspot);
    },
  );

  app.get(
    '/hotspots/:hotspotId',
    { schema: { tags, params: HotspotIdParams, response: { 200: HotspotView } } },
    async (request) => {
      const { hotspot, level, persons } = await readHotspot(request.ctx, request.params.hotspotId);
      return presentOne(request.ctx, { hotspot, level: level === 'none' ? 'pointer' : level, persons });
    },
  );

  app.patch(
    '/hotspots/:hotspotId',
    { schema: { tags, params: HotspotIdParams, body: UpdateHotspotBody, response: { 200: HotspotView } } },
    async (request) =>
      presentWritten(request.ctx, await updateHotspot(request.ctx, request.params.hotspotId, request.body)),
  );

  app.post(
    '/hotspots/:hotspotId/transitions',
    { schema: { tags, params: HotspotIdParams, body: TransitionBody, response: { 200: HotspotView } } },
    async (request) =>
      presentWritten(
        request.ctx,
        await transitionHotspot(request.ctx, request.params.hotspotId, request.body),
      ),
  );

  app.get(
    '/hotspots/:hotspotId/history',
    { schema: { tags, params: HotspotIdParams, response: { 200: HotspotHistory } } },
    async (request) => {
      const { rows, full } = await listHotspotHistory(request.ctx, request.params.hotspotId);
      const agencies = await mapAgenciesById(
        request.ctx.db,
        rows.map((r) => r.byAgencyId),
      );
      const now = request.ctx.clock();
      return {
        items: rows.map((r) => presentTransition(r, agencies.get(r.byAgencyId) as AgencyRow, now, full)),
      };
    },
  );
};
