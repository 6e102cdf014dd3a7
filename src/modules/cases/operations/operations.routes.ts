import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RequestContext } from '../../../http/context.ts';
import { mapAgenciesById } from '../../agencies/index.ts';
import { listOperations, type OperationRead, readOperation } from './operation-reads.service.ts';
import { presentOperation, presentOperationSummary } from './operations.presenter.ts';
import {
  CreateOperationBody,
  OperationIdParams,
  OperationList,
  OperationListQuery,
  OperationView,
  UpdateOperationBody,
} from './operations.schemas.ts';
import { createOperation, updateOperation } from './operations.service.ts';

const tags = ['operations'];

const presentOne = async (ctx: RequestContext, read: OperationRead) => {
  const ids = [read.row.ownerAgencyId, ...read.agencies.map((a) => a.agencyId)];
  return presentOperation(read, await mapAgenciesById(ctx.db, ids), ctx.clock());
};

/** Special operations ("chuyên án"): read by the lead force and the forces it shares them with, written by the lead. */
export const operationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/operations',
    { schema: { tags, querystring: OperationListQuery, response: { 200: OperationList } } },
    async (request) => {
      const { items, total, facets } = await listOperations(request.ctx, request.query);
      const agencies = await mapAgenciesById(
        request.ctx.db,
        items.map((i) => i.row.ownerAgencyId),
      );
      const now = request.ctx.clock();
      return { items: items.map((i) => presentOperationSummary(i.row, agencies, now)), total, facets };
    },
  );

  app.post(
    '/operations',
    { schema: { tags, body: CreateOperationBody, response: { 201: OperationView } } },
    async (request, reply) => {
      const row = await createOperation(request.ctx, request.body);
      reply.code(201);
      return presentOne(request.ctx, await readOperation(request.ctx, row.id));
    },
  );

  app.get(
    '/operations/:operationId',
    { schema: { tags, params: OperationIdParams, response: { 200: OperationView } } },
    async (request) => presentOne(request.ctx, await readOperation(request.ctx, request.params.operationId)),
  );

  app.patch(
    '/operations/:operationId',
    {
      schema: {
        tags,
        params: OperationIdParams,
        body: UpdateOperationBody,
        response: { 200: OperationView },
      },
    },
    async (request) => {
      const row = await updateOperation(request.ctx, request.params.operationId, request.body);
      return presentOne(request.ctx, await readOperation(request.ctx, row.id));
    },
  );
};
