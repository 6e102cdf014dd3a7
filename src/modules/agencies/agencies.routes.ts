import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RequestContext } from '../../http/context.ts';
import { assertCan } from '../../http/problem.ts';
import { canEditRegistry } from './agencies.policy.ts';
import { presentAgencyDetail, presentAgencySummary } from './agencies.presenter.ts';
import {
  AgencyDetail,
  AgencyIdParams,
  AgencyList,
  AgencyListQuery,
  AtQuery,
  CreateAgencyBody,
  JurisdictionBody,
  SuccessionBody,
  UpdateAgencyBody,
} from './agencies.schemas.ts';
import { createAgency, getActorAgency, listAgencies, updateAgency } from './agencies.service.ts';
import { getAgencyDetail } from './agency-detail.service.ts';
import { setJurisdiction } from './history/jurisdiction.service.ts';
import { addSuccession } from './history/successions.service.ts';

const tags = ['agencies'];

const requireRegistry = async (request: { ctx: RequestContext }) => {
  assertCan(canEditRegistry(await getActorAgency(request.ctx)));
};

const detail = async (ctx: RequestContext, agencyId: string, query: AtQuery = {}) =>
  presentAgencyDetail(await getAgencyDetail(ctx, agencyId, query));

/** The agency registry: reads for every logged-in user, writes for the registry's administrators. */
export const agenciesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/agencies',
    { schema: { tags, querystring: AgencyListQuery, response: { 200: AgencyList } } },
    async (request) => {
      const { rows, total, day } = await listAgencies(request.ctx, request.query);
      return { items: rows.map((row) => presentAgencySummary(row, day)), total };
    },
  );

  app.get(
    '/agencies/:agencyId',
    { schema: { tags, params: AgencyIdParams, querystring: AtQuery, response: { 200: AgencyDetail } } },
    async (request) => detail(request.ctx, request.params.agencyId, request.query),
  );

  app.post(
    '/agencies',
    { onRequest: requireRegistry, schema: { tags, body: CreateAgencyBody, response: { 201: AgencyDetail } } },
    async (request, reply) => {
      const created = await createAgency(request.ctx, request.body);
      return reply.code(201).send(await detail(request.ctx, created.id));
    },
  );

  app.patch(
    '/agencies/:agencyId',
    {
      onRequest: requireRegistry,
      schema: { tags, params: AgencyIdParams, body: UpdateAgencyBody, response: { 200: AgencyDetail } },
    },
    async (request) => {
      const updated = await updateAgency(request.ctx, request.params.agencyId, request.body);
      return detail(request.ctx, updated.id);
    },
  );

  app.put(
    '/agencies/:agencyId/jurisdiction',
    {
      onRequest: requireRegistry,
      schema: { tags, params: AgencyIdParams, body: JurisdictionBody, response: { 200: AgencyDetail } },
    },
    async (request) => {
      const updated = await setJurisdiction(request.ctx, request.params.agencyId, request.body);
      return detail(request.ctx, updated.id);
    },
  );

  app.post(
    '/agencies/:agencyId/successions',
    {
      onRequest: requireRegistry,
      schema: { tags, params: AgencyIdParams, body: SuccessionBody, response: { 201: AgencyDetail } },
    },
    async (request, reply) => {
      const updated = await addSuccession(request.ctx, request.params.agencyId, request.body);
      return reply.code(201).send(await detail(request.ctx, updated.id));
    },
  );
};
