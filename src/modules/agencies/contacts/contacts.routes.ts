import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from '../../../http/context.ts';
import { assertCan } from '../../../http/problem.ts';
import { canManageContacts } from '../agencies.policy.ts';
import { presentContact } from '../agencies.presenter.ts';
import { AgencyIdParams, ContactView } from '../agencies.schemas.ts';
import { getActorAgency, getAgency } from '../agencies.service.ts';
import { dayOf } from '../periods.ts';
import {
  ContactListQuery,
  ContactParams,
  CreateContactBody,
  DeleteContactQuery,
  UpdateContactBody,
} from './contacts.schemas.ts';
import { createContact, deleteContact, readAgencyContacts, updateContact } from './contacts.service.ts';

const tags = ['agencies'];

/** Loads the agency (404 when missing), then checks that the actor may keep its contacts (403 otherwise). */
const assertCanManageContacts = async (ctx: RequestContext, agencyId: string) => {
  const agency = await getAgency(ctx.db, agencyId);
  assertCan(canManageContacts(await getActorAgency(ctx), agency));
};

/** Contact points of an agency: read by everyone logged in, kept by its own, its parent's or the registry's administrators. */
export const contactsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/agencies/:agencyId/contacts',
    {
      schema: {
        tags,
        params: AgencyIdParams,
        querystring: ContactListQuery,
        response: { 200: z.object({ items: z.array(ContactView) }) },
      },
    },
    async (request) => {
      await getAgency(request.ctx.db, request.params.agencyId);
      const day = request.query.at ?? dayOf(request.ctx.clock());
      const rows = await readAgencyContacts(request.ctx, request.params.agencyId, day);
      return { items: rows.map(presentContact) };
    },
  );

  app.post(
    '/agencies/:agencyId/contacts',
    { schema: { tags, params: AgencyIdParams, body: CreateContactBody, response: { 201: ContactView } } },
    async (request, reply) => {
      await assertCanManageContacts(request.ctx, request.params.agencyId);
      const contact = await createContact(request.ctx, request.params.agencyId, request.body);
      return reply.code(201).send(presentContact(contact));
    },
  );

  app.patch(
    '/agencies/:agencyId/contacts/:contactId',
    { schema: { tags, params: ContactParams, body: UpdateContactBody, response: { 200: ContactView } } },
    async (request) => {
      await assertCanManageContacts(request.ctx, request.params.agencyId);
      return presentContact(await updateContact(request.ctx, request.params, request.body));
    },
  );

  app.delete(
    '/agencies/:agencyId/contacts/:contactId',
    { schema: { tags, params: ContactParams, querystring: DeleteContactQuery } },
    async (request, reply) => {
      await assertCanManageContacts(request.ctx, request.params.agencyId);
      await deleteContact(request.ctx, request.params, request.query.version);
      return reply.code(204).send();
    },
  );
};
