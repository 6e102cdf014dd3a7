import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RequestContext } from '../../http/context.ts';
import { mapAgenciesById } from '../agencies/index.ts';
import { afterPersonsLinked } from '../persons/index.ts';
import { type CaseRead, listCases, readCase } from './case-reads.service.ts';
import { agencyIdsOf, presentCase, presentCaseSummary } from './cases.presenter.ts';
import {
  CaseIdParams,
  CaseList,
  CaseListQuery,
  CaseView,
  CreateCaseBody,
  UpdateCaseBody,
} from './cases.schemas.ts';
import { type CaseWrite, createCase, updateCase } from './cases.service.ts';

const tags = ['cases'];

const presentOne = async (ctx: RequestContext, read: CaseRead) =>
  presentCase(read, await mapAgenciesById(ctx.db, agencyIdsOf(read)), ctx.clock());

/** After a write commits: the watch notifications of newly linked persons, then the case as its writer reads it. */
const afterWrite = async (ctx: RequestContext, written: CaseWrite) => {
  await afterPersonsLinked(ctx, written.linkedPersonIds, {
    classified: written.row.classification !== 'none',
  });
  return presentOne(ctx, await readCase(ctx, written.row.id));
};

/** Incidents and criminal cases: each read through the sharing policy, each write by the lead force. */
export const casesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/cases',
    { schema: { tags, querystring: CaseListQuery, response: { 200: CaseList } } },
    async (request) => {
      const { items, total, facets } = await listCases(request.ctx, request.query);
      const agencies = await mapAgenciesById(
        request.ctx.db,
        items.map((i) => i.row.ownerAgencyId),
      );
      const now = request.ctx.clock();
      return { items: items.map((i) => presentCaseSummary(i.row, agencies, now)), total, facets };
    },
  );

  app.post(
    '/cases',
    { schema: { tags, body: CreateCaseBody, response: { 201: CaseView } } },
    async (request, reply) => {
      const view = await afterWrite(request.ctx, await createCase(request.ctx, request.body));
      reply.code(201);
      return view;
    },
  );

  app.get(
    '/cases/:caseId',
    { schema: { tags, params: CaseIdParams, response: { 200: CaseView } } },
    async (request) => presentOne(request.ctx, await readCase(request.ctx, request.params.caseId)),
  );

  app.patch(
    '/cases/:caseId',
    { schema: { tags, params: CaseIdParams, body: UpdateCaseBody, response: { 200: CaseView } } },
    async (request) =>
      afterWrite(request.ctx, await updateCase(request.ctx, request.params.caseId, request.body)),
  );
};
