import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/context.ts';
import { assertCan } from '../../http/problem.ts';
import { canManageUsers } from './users.policy.ts';
import { presentUser } from './users.presenter.ts';
import {
  CreateUserBody,
  UpdateUserBody,
  UserIdParams,
  UserList,
  UserView,
  VersionBody,
} from './users.schemas.ts';
import { createUser, getUser, listUsers, resetUserMfa, unlockUser, updateUser } from './users.service.ts';

const tags = ['users'];

/** Administrators manage the accounts of their own agency. */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', async (request) => {
    assertCan(canManageUsers(requireActor(request.ctx)));
  });

  app.get('/users', { schema: { tags, response: { 200: UserList } } }, async (request) => ({
    items: (await listUsers(request.ctx)).map(presentUser),
  }));

  app.post(
    '/users',
    { schema: { tags, body: CreateUserBody, response: { 201: UserView } } },
    async (request, reply) => reply.code(201).send(presentUser(await createUser(request.ctx, request.body))),
  );

  app.get(
    '/users/:userId',
    { schema: { tags, params: UserIdParams, response: { 200: UserView } } },
    async (request) => presentUser(await getUser(request.ctx, request.params.userId)),
  );

  app.patch(
    '/users/:userId',
    { schema: { tags, params: UserIdParams, body: UpdateUserBody, response: { 200: UserView } } },
    async (request) => presentUser(await updateUser(request.ctx, request.params.userId, request.body)),
  );

  app.post(
    '/users/:userId/unlock',
    { schema: { tags, params: UserIdParams, body: VersionBody, response: { 200: UserView } } },
    async (request) =>
      presentUser(await unlockUser(request.ctx, request.params.userId, request.body.version)),
  );

  app.post(
    '/users/:userId/mfa-reset',
    { schema: { tags, params: UserIdParams, body: VersionBody, response: { 200: UserView } } },
    async (request) =>
      presentUser(await resetUserMfa(request.ctx, request.params.userId, request.body.version)),
  );
};
