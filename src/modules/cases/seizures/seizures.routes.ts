import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RequestContext } from '../../../http/context.ts';
import { type AgencyRow, dayOf, mapAgenciesById, presentAgencySummary } from '../../agencies/index.ts';
import { handOverSeizure } from './custody.service.ts';
import { listSeizures, readSeizure, type SeizureRead, totalSeizures } from './seizure-reads.service.ts';
import { presentSeizure, presentSeizureSummary, seizureAgencyIds } from './seizures.presenter.ts';
import {
  CaseSeizureParams,
  CreateSeizureBody,
  HandoverBody,
  SeizureIdParams,
  SeizureList,
  SeizureListQuery,
  SeizureTotals,
  SeizureView,
  TotalsQuery,
  UpdateSeizureBody,
} from './seizures.schemas.ts';
import { createSeizure, updateSeizure } from './seizures.service.ts';

const tags = ['seizures'];

const presentOne = async (ctx: RequestContext, read: SeizureRead) =>
  presentSeizure(read, await mapAgenciesById(ctx.db, seizureAgencyIds(read)), ctx.clock());

/** Seizures on cases, their custody chain, and the totals ("Kết quả thu giữ"), all through the sharing policy. */
export const seizuresRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/seizures',
    { schema: { tags, querystring: SeizureListQuery, response: { 200: SeizureList } } },
    async (request) => {
      const { items, credits, total, facets } = await listSeizures(request.ctx, request.query);
      const ids = [...items.map((i) => i.row.ownerAgencyId), ...credits.map((c) => c.agencyId)];
      const agencies = await mapAgenciesById(request.ctx.db, ids);
      const now = request.ctx.clock();
      return { items: items.map((i) => presentSeizureSummary(i.row, credits, agencies, now)), total, facets };
    },
  );

  app.get(
    '/seizures/totals',
    { schema: { tags, querystring: TotalsQuery, response: { 200: SeizureTotals } } },
    async (request) => {
      const totals = await totalSeizures(request.ctx, request.query);
      const agencies = await mapAgenciesById(
        request.ctx.db,
        totals.credits.map((c) => c.agencyId),
      );
      const now = request.ctx.clock();
      const credits = totals.credits.map(({ agencyId, ...rest }) => ({
        agency: presentAgencySummary(agencies.get(agencyId) as AgencyRow, dayOf(now)),
        ...rest,
      }));
      return { ...totals, credits };
    },
  );

  app.post(
    '/cases/:caseId/seizures',
    { schema: { tags, params: CaseSeizureParams, body: CreateSeizureBody, response: { 201: SeizureView } } },
    async (request, reply) => {
      const row = await createSeizure(request.ctx, request.params.caseId, request.body);
      reply.code(201);
      return presentOne(request.ctx, await readSeizure(request.ctx, row.id));
    },
  );

  app.get(
    '/seizures/:seizureId',
    { schema: { tags, params: SeizureIdParams, response: { 200: SeizureView } } },
    async (request) => presentOne(request.ctx, await readSeizure(request.ctx, request.params.seizureId)),
  );

  app.patch(
    '/seizures/:seizureId',
    { schema: { tags, params: SeizureIdParams, body: UpdateSeizureBody, response: { 200: SeizureView } } },
    async (request) => {
      const row = await updateSeizure(request.ctx, request.params.seizureId, request.body);
      return presentOne(request.ctx, await readSeizure(request.ctx, row.id));
    },
  );

  app.post(
    '/seizures/:seizureId/custody',
    { schema: { tags, params: SeizureIdParams, body: HandoverBody, response: { 201: SeizureView } } },
    async (request, reply) => {
      await handOverSeizure(request.ctx, request.params.seizureId, request.body);
      reply.code(201);
      return presentOne(request.ctx, await readSeizure(request.ctx, request.params.seizureId));
    },
  );
};
