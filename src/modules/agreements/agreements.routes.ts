import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RequestContext } from '../../http/context.ts';
import { assertCan } from '../../http/problem.ts';
import { getActorAgency } from '../agencies/index.ts';
import { getAgreementDetail, presentAgreementList } from './agreement-detail.service.ts';
import { agreementHistoryRoutes } from './agreement-history.ts';
import { canWriteAgreement } from './agreements.policy.ts';
import {
  AddPartyBody,
  AgreementDetail,
  AgreementIdParams,
  AgreementList,
  AgreementListQuery,
  CreateAgreementBody,
  ObligationsBody,
  PartyParams,
  ReviewsBody,
  ReviewsDueList,
  ReviewsDueQuery,
  SignBody,
  StatusBody,
  UpdateAgreementBody,
  VersionQuery,
  ZonesBody,
} from './agreements.schemas.ts';
import {
  type AgreementRow,
  createAgreement,
  getAgreement,
  listAgreements,
  listPartyAgencyIds,
  updateAgreement,
} from './agreements.service.ts';
import { listReviewsDue } from './reviews/reviews-due.service.ts';
import { changeAgreementStatus, signAgreement } from './terms/status.service.ts';
import { addParty, removeParty, setObligations, setReviews, setZones } from './terms/terms.service.ts';

const tags = ['agreements'];

/** Loads an agreement and refuses the write unless the actor may keep it. */
const loadForWrite = async (ctx: RequestContext, agreementId: string): Promise<void> => {
  await getAgreement(ctx.db, agreementId);
  assertCan(canWriteAgreement(await getActorAgency(ctx), await listPartyAgencyIds(ctx.db, agreementId)));
};

const detail = (ctx: RequestContext, agreement: AgreementRow) => getAgreementDetail(ctx, agreement);

/** Coordination agreements: every logged-in user reads them; parties' administrators and commanders keep them. */
export const agreementsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(agreementHistoryRoutes);
  const params = AgreementIdParams;
  const ok = { 200: AgreementDetail };

  app.get(
    '/agreements',
    { schema: { tags, querystring: AgreementListQuery, response: { 200: AgreementList } } },
    async (request) => ({
      items: await presentAgreementList(request.ctx, await listAgreements(request.ctx, request.query)),
    }),
  );

  app.get(
    '/agreements/reviews-due',
    { schema: { tags, querystring: ReviewsDueQuery, response: { 200: ReviewsDueList } } },
    async (request) => listReviewsDue(request.ctx, request.query.within),
  );

  app.get('/agreements/:agreementId', { schema: { tags, params, response: ok } }, async (request) =>
    detail(request.ctx, await getAgreement(request.ctx.db, request.params.agreementId)),
  );

  app.post(
    '/agreements',
    { schema: { tags, body: CreateAgreementBody, response: { 201: AgreementDetail } } },
    async (request, reply) => {
      const actor = await getActorAgency(request.ctx);
      assertCan(
        canWriteAgreement(
          actor,
          request.body.parties.map((party) => party.agencyId),
        ),
      );
      return reply
        .code(201)
        .send(await detail(request.ctx, await createAgreement(request.ctx, request.body)));
    },
  );

  app.patch(
    '/agreements/:agreementId',
    { schema: { tags, params, body: UpdateAgreementBody, response: ok } },
    async (request) => {
      await loadForWrite(request.ctx, request.params.agreementId);
      return detail(
        request.ctx,
        await updateAgreement(request.ctx, request.params.agreementId, request.body),
      );
    },
  );

  app.post(
    '/agreements/:agreementId/sign',
    { schema: { tags, params, body: SignBody, response: ok } },
    async (request) => {
      await loadForWrite(request.ctx, request.params.agreementId);
      return detail(request.ctx, await signAgreement(request.ctx, request.params.agreementId, request.body));
    },
  );

  app.post(
    '/agreements/:agreementId/status',
    { schema: { tags, params, body: StatusBody, response: ok } },
    async (request) => {
      await loadForWrite(request.ctx, request.params.agreementId);
      return detail(
        request.ctx,
        await changeAgreementStatus(request.ctx, request.params.agreementId, request.body),
      );
    },
  );

  app.post(
    '/agreements/:agreementId/parties',
    { schema: { tags, params, body: AddPartyBody, response: { 201: AgreementDetail } } },
    async (request, reply) => {
      await loadForWrite(request.ctx, request.params.agreementId);
      const updated = await addParty(request.ctx, request.params.agreementId, request.body);
      return reply.code(201).send(await detail(request.ctx, updated));
    },
  );

  app.delete(
    '/agreements/:agreementId/parties/:partyId',
    { schema: { tags, params: PartyParams, querystring: VersionQuery, response: ok } },
    async (request) => {
      await loadForWrite(request.ctx, request.params.agreementId);
      return detail(request.ctx, await removeParty(request.ctx, request.params, request.query.version));
    },
  );

  app.put(
    '/agreements/:agreementId/zones',
    { schema: { tags, params, body: ZonesBody, response: ok } },
    async (request) => {
      await loadForWrite(request.ctx, request.params.agreementId);
      return detail(request.ctx, await setZones(request.ctx, request.params.agreementId, request.body));
    },
  );

  app.put(
    '/agreements/:agreementId/obligations',
    { schema: { tags, params, body: ObligationsBody, response: ok } },
    async (request) => {
      await loadForWrite(request.ctx, request.params.agreementId);
      return detail(request.ctx, await setObligations(request.ctx, request.params.agreementId, request.body));
    },
  );

  app.put(
    '/agreements/:agreementId/reviews',
    { schema: { tags, params, body: ReviewsBody, response: ok } },
    async (request) => {
      await loadForWrite(request.ctx, request.params.agreementId);
      return detail(request.ctx, await setReviews(request.ctx, request.params.agreementId, request.body));
    },
  );
};
