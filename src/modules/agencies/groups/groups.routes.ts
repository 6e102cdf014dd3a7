import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RequestContext } from '../../../http/context.ts';
import { assertCan } from '../../../http/problem.ts';
import { canEditRegistry } from '../agencies.policy.ts';
import { getActorAgency } from '../agencies.service.ts';
import { dayOf } from '../periods.ts';
import { addGroupMember, handOverChair, updateGroupMember } from './group-members.service.ts';
import { type GroupDetailBundle, presentGroupDetail, presentGroupSummary } from './groups.presenter.ts';
import {
  AddMemberBody,
  ChairTermBody,
  CreateGroupBody,
  GroupAtQuery,
  GroupDetail,
  GroupIdParams,
  GroupList,
  GroupListQuery,
  MembershipParams,
  UpdateGroupBody,
  UpdateMemberBody,
} from './groups.schemas.ts';
import {
  createGroup,
  type GroupRow,
  getGroup,
  listChairTerms,
  listGroupMemberships,
  listGroups,
  updateGroup,
} from './groups.service.ts';

const tags = ['groups'];

const requireRegistry = async (request: { ctx: RequestContext }) => {
  assertCan(canEditRegistry(await getActorAgency(request.ctx)));
};

const detailOf = async (ctx: RequestContext, group: GroupRow, at?: string): Promise<GroupDetail> => {
  const bundle: GroupDetailBundle = {
    group,
    day: at ?? dayOf(ctx.clock()),
    memberships: await listGroupMemberships(ctx.db, group.id),
    chairTerms: await listChairTerms(ctx.db, group.id),
    abilities: { canEditRegistry: canEditRegistry(await getActorAgency(ctx)) },
  };
  return presentGroupDetail(bundle);
};

/** Clusters and routes: reads for every logged-in user, writes for the registry's administrators. */
export const groupsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/groups',
    { schema: { tags, querystring: GroupListQuery, response: { 200: GroupList } } },
    async (request) => ({
      items: (await listGroups(request.ctx, request.query)).map(presentGroupSummary),
    }),
  );

  app.get(
    '/groups/:groupId',
    { schema: { tags, params: GroupIdParams, querystring: GroupAtQuery, response: { 200: GroupDetail } } },
    async (request) =>
      detailOf(request.ctx, await getGroup(request.ctx.db, request.params.groupId), request.query.at),
  );

  app.post(
    '/groups',
    { onRequest: requireRegistry, schema: { tags, body: CreateGroupBody, response: { 201: GroupDetail } } },
    async (request, reply) =>
      reply.code(201).send(await detailOf(request.ctx, await createGroup(request.ctx, request.body))),
  );

  app.patch(
    '/groups/:groupId',
    {
      onRequest: requireRegistry,
      schema: { tags, params: GroupIdParams, body: UpdateGroupBody, response: { 200: GroupDetail } },
    },
    async (request) =>
      detailOf(request.ctx, await updateGroup(request.ctx, request.params.groupId, request.body)),
  );

  app.post(
    '/groups/:groupId/members',
    {
      onRequest: requireRegistry,
      schema: { tags, params: GroupIdParams, body: AddMemberBody, response: { 201: GroupDetail } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await detailOf(
            request.ctx,
            await addGroupMember(request.ctx, request.params.groupId, request.body),
          ),
        ),
  );

  app.patch(
    '/groups/:groupId/members/:membershipId',
    {
      onRequest: requireRegistry,
      schema: { tags, params: MembershipParams, body: UpdateMemberBody, response: { 200: GroupDetail } },
    },
    async (request) =>
      detailOf(request.ctx, await updateGroupMember(request.ctx, request.params, request.body)),
  );

  app.post(
    '/groups/:groupId/chair-terms',
    {
      onRequest: requireRegistry,
      schema: { tags, params: GroupIdParams, body: ChairTermBody, response: { 201: GroupDetail } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await detailOf(request.ctx, await handOverChair(request.ctx, request.params.groupId, request.body)),
        ),
  );
};
