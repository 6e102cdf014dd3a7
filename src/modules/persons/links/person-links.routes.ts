import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { presentPersons } from '../person-views.ts';
import { PersonIdParams, PersonView } from '../persons.schemas.ts';
import { addPersonLink, readLinkGraph, removePersonLink } from './person-links.service.ts';
import { PERSON_LINK_KINDS, type PersonLinkRow } from './person-links.tables.ts';

const LinkBody = z.strictObject({
  linkedPersonId: z.uuid(),
  kind: z.enum(PERSON_LINK_KINDS),
  note: z.string().trim().min(1).max(2000).optional(),
});

const LinkParams = z.strictObject({ personId: z.uuid(), linkId: z.uuid() });
const RemoveBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });

const LinkView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  linkedPersonId: z.uuid(),
  kind: z.enum(PERSON_LINK_KINDS),
  note: z.string().nullable(),
  ownerAgencyId: z.uuid(),
  createdAt: z.iso.datetime(),
});

const presentLink = (link: PersonLinkRow): z.infer<typeof LinkView> => ({
  id: link.id,
  personId: link.personId,
  linkedPersonId: link.linkedPersonId,
  kind: link.kind,
  note: link.note,
  ownerAgencyId: link.ownerAgencyId,
  createdAt: link.createdAt.toISOString(),
});

const tags = ['persons'];

/** Links between persons (relative, accomplice, supplier…), recorded by the owner of the first, read as a graph. */
export const personLinksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons/:personId/links',
    {
      schema: {
        tags,
        description:
          'The person, the persons linked to it either way and the links among them, each person at the level the viewer reads it.',
        params: PersonIdParams,
        response: { 200: z.object({ nodes: z.array(PersonView), edges: z.array(LinkView) }) },
      },
    },
    async (request) => {
      const graph = await readLinkGraph(request.ctx, request.params.personId);
      return { nodes: await presentPersons(request.ctx, graph.nodes), edges: graph.edges.map(presentLink) };
    },
  );

  app.post(
    '/persons/:personId/links',
    { schema: { tags, params: PersonIdParams, body: LinkBody, response: { 201: LinkView } } },
    async (request, reply) => {
      const link = await addPersonLink(request.ctx, request.params.personId, request.body);
      return reply.code(201).send(presentLink(link));
    },
  );

  app.post(
    '/persons/:personId/links/:linkId/remove',
    { schema: { tags, params: LinkParams, body: RemoveBody, response: { 200: LinkView } } },
    async (request) => {
      const { personId, linkId } = request.params;
      return presentLink(await removePersonLink(request.ctx, personId, linkId, request.body.reason));
    },
  );
};
