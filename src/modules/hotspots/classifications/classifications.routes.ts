import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RequestContext } from '../../../http/context.ts';
import { type AgencyRow, dayOf, mapAgenciesById, presentAgencySummary } from '../../agencies/index.ts';
import { findUnitsByCodes } from '../../geo/index.ts';
import {
  ClassificationIdParams,
  ClassificationList,
  ClassificationListQuery,
  ClassificationView,
  CreateClassificationBody,
  DeleteClassificationQuery,
  UpdateClassificationBody,
} from './classifications.schemas.ts';
import {
  createClassification,
  deleteClassification,
  listClassifications,
  updateClassification,
} from './classifications.service.ts';
import type { CommuneDrugClassificationRow } from './classifications.tables.ts';

const tags = ['hotspots'];

/** Presents classifications with their commune names and recording agencies, each loaded once. */
const present = async (
  ctx: RequestContext,
  rows: CommuneDrugClassificationRow[],
): Promise<ClassificationView[]> => {
  const agencies = await mapAgenciesById(
    ctx.db,
    rows.map((r) => r.agencyId),
  );
  const communes = new Map(
    (await findUnitsByCodes(ctx.db, 'current', [...new Set(rows.map((r) => r.communeCode))])).map((u) => [
      u.code,
      u.fullName,
    ]),
  );
  const today = dayOf(ctx.clock());
  return rows.map((r) => ({
    id: r.id,
    communeCode: r.communeCode,
    communeName: communes.get(r.communeCode) ?? null,
    provinceCode: r.provinceCode,
    drugClass: r.drugClass,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    decisionRef: r.decisionRef,
    agency: presentAgencySummary(agencies.get(r.agencyId) as AgencyRow, today),
    version: r.version,
  }));
};

const presentOne = async (ctx: RequestContext, row: CommuneDrugClassificationRow) =>
  (await present(ctx, [row]))[0] as ClassificationView;

/**
 * Decision 28/2025 classes of communes: readable by every logged-in user (a public administrative fact, not a
 * shared record), recorded and changed by an agency whose jurisdiction holds the commune.
 */
export const classificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/commune-classifications',
    { schema: { tags, querystring: ClassificationListQuery, response: { 200: ClassificationList } } },
    async (request) => {
      const { rows, total } = await listClassifications(request.ctx.db, request.query);
      return { items: await present(request.ctx, rows), total };
    },
  );

  app.post(
    '/commune-classifications',
    { schema: { tags, body: CreateClassificationBody, response: { 201: ClassificationView } } },
    async (request, reply) => {
      const row = await createClassification(request.ctx, request.body);
      reply.code(201);
      return presentOne(request.ctx, row);
    },
  );

  app.patch(
    '/commune-classifications/:classificationId',
    {
      schema: {
        tags,
        params: ClassificationIdParams,
        body: UpdateClassificationBody,
        response: { 200: ClassificationView },
      },
    },
    async (request) =>
      presentOne(
        request.ctx,
        await updateClassification(request.ctx, request.params.classificationId, request.body),
      ),
  );

  app.delete(
    '/commune-classifications/:classificationId',
    { schema: { tags, params: ClassificationIdParams, querystring: DeleteClassificationQuery } },
    async (request, reply) => {
      await deleteClassification(request.ctx, request.params.classificationId, request.query.version);
      return reply.code(204).send();
    },
  );
};
