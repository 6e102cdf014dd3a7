import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AgencyRow, dayOf, mapAgenciesById, presentAgencySummary } from '../agencies/index.ts';
import { listReceivedGroups, listReceivedItems } from './received.service.ts';
import { presentAudience, presentExplanation, presentShare } from './sharing.presenter.ts';
import {
  AudienceView,
  ExplainQuery,
  ExplanationView,
  ReceivedGroupList,
  ReceivedItemList,
  ReceivedItemsQuery,
  ReceivedQuery,
  RecordParams,
  RevokeBody,
  ShareBody,
  ShareIdParams,
  ShareView,
} from './sharing.schemas.ts';
import { explainRecordAccess, recordAudience, revokeShare, shareRecord } from './sharing.service.ts';

const tags = ['sharing'];

/** Sharing of shared records: the owner's panel, explanations, shares and forwards, revocations. */
export const sharingRoutes: FastifyPluginAsyncZod = async (app) => {
  const presentWithAgencies = async (
    ctx: Parameters<typeof mapAgenciesById>[0],
    share: Awaited<ReturnType<typeof shareRecord>>,
    now: Date,
  ) => {
    const agencies = await mapAgenciesById(ctx, [share.recipientAgencyId, share.grantedByAgencyId]);
    return presentShare(share, agencies, now);
  };

  app.get(
    '/sharing/received',
    { schema: { tags, querystring: ReceivedQuery, response: { 200: ReceivedGroupList } } },
    async (request) => {
      const { groups, total } = await listReceivedGroups(request.ctx, request.query);
      const agencies = await mapAgenciesById(
        request.ctx.db,
        groups.map((g) => g.grantedByAgencyId),
      );
      const day = dayOf(request.ctx.clock());
      return {
        total,
        groups: groups.map(({ grantedByAgencyId, latestAt, ...group }) => ({
          ...group,
          grantedByAgency: presentAgencySummary(agencies.get(grantedByAgencyId) as AgencyRow, day),
          latestAt: latestAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/sharing/received/items',
    { schema: { tags, querystring: ReceivedItemsQuery, response: { 200: ReceivedItemList } } },
    async (request) => {
      const { items, total } = await listReceivedItems(request.ctx, request.query);
      const owners = await mapAgenciesById(
        request.ctx.db,
        items.map((i) => i.ownerAgencyId),
      );
      const day = dayOf(request.ctx.clock());
      return {
        total,
        items: items.map(({ ownerAgencyId, grantedAt, sharedLevel, ...item }) => ({
          ...item,
          sharedLevel: sharedLevel as 'pointer' | 'summary' | 'full',
          ownerAgency: presentAgencySummary(owners.get(ownerAgencyId) as AgencyRow, day),
          grantedAt: grantedAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/sharing/:kind/:recordId',
    { schema: { tags, params: RecordParams, response: { 200: AudienceView } } },
    async (request) =>
      presentAudience(
        await recordAudience(request.ctx, request.params.kind, request.params.recordId),
        request.ctx.clock(),
      ),
  );

  app.get(
    '/sharing/:kind/:recordId/explain',
    { schema: { tags, params: RecordParams, querystring: ExplainQuery, response: { 200: ExplanationView } } },
    async (request) => {
      const { kind, recordId } = request.params;
      const { explanation, agency } = await explainRecordAccess(
        request.ctx,
        kind,
        recordId,
        request.query.agencyId,
      );
      return presentExplanation(explanation, agency, request.ctx.clock());
    },
  );

  app.post(
    '/sharing/:kind/:recordId/shares',
    { schema: { tags, params: RecordParams, body: ShareBody, response: { 201: ShareView } } },
    async (request, reply) => {
      const share = await shareRecord(
        request.ctx,
        request.params.kind,
        request.params.recordId,
        request.body,
      );
      reply.code(201);
      return presentWithAgencies(request.ctx.db, share, request.ctx.clock());
    },
  );

  app.post(
    '/sharing/shares/:shareId/revoke',
    { schema: { tags, params: ShareIdParams, body: RevokeBody, response: { 200: ShareView } } },
    async (request) => {
      const share = await revokeShare(request.ctx, request.params.shareId, request.body.reason);
      return presentWithAgencies(request.ctx.db, share, request.ctx.clock());
    },
  );
};
