import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RequestContext } from '../../http/context.ts';
import type { AccessLevel } from '../sharing/index.ts';
import { personHistoryRoutes } from './history/person-history.routes.ts';
import { personLinksRoutes } from './links/person-links.routes.ts';
import { matchingRoutes } from './matching/matching.routes.ts';
import { afterPersonWrite } from './person-events.ts';
import { presentPersons } from './person-views.ts';
import {
  CreatePersonBody,
  PersonIdParams,
  PersonList,
  PersonListQuery,
  PersonView,
  UpdatePersonBody,
} from './persons.schemas.ts';
import { createPerson, listPersons, readPerson, updatePerson } from './persons.service.ts';
import type { PersonRow } from './persons.tables.ts';
import { personPhotoRoutes } from './photo/person-photos.routes.ts';
import { PersonSearchQuery, PersonSearchResult } from './search/person-search.schemas.ts';
import { searchPersons } from './search/person-search.service.ts';
import { watchesRoutes } from './watches/watches.routes.ts';

const tags = ['persons'];

const presentOne = async (ctx: RequestContext, person: PersonRow, level: AccessLevel) => {
  const [view] = await presentPersons(ctx, [{ person, level: level === 'none' ? 'pointer' : level }]);
  return view as PersonView;
};

/** Persons of interest: each read through the sharing policy, each write by the owning agency. */
export const personsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(matchingRoutes);
  await app.register(watchesRoutes);
  await app.register(personLinksRoutes);
  await app.register(personHistoryRoutes);
  await app.register(personPhotoRoutes);
  app.get(
    '/persons',
    { schema: { tags, querystring: PersonListQuery, response: { 200: PersonList } } },
    async (request) => {
      const { items, total, facets } = await listPersons(request.ctx, request.query);
      const views = await presentPersons(
        request.ctx,
        items.flatMap((i) =>
          i.level === 'summary' || i.level === 'full' ? [{ person: i.person, level: i.level }] : [],
        ),
      );
      return { items: views as Extract<PersonView, { level: 'summary' | 'full' }>[], total, facets };
    },
  );

  app.get(
    '/persons/search',
    { schema: { tags, querystring: PersonSearchQuery, response: { 200: PersonSearchResult } } },
    async (request) => {
      const hits = await searchPersons(request.ctx, request.query);
      const views = await presentPersons(request.ctx, hits);
      return {
        items: hits.map((hit, index) => {
          const view = views[index] as PersonView;
          if (view.level === 'pointer') return { ...view, score: hit.score };
          return { level: view.level, score: hit.score, reasons: hit.reasons, person: view };
        }),
      };
    },
  );

  app.post(
    '/persons',
    { schema: { tags, body: CreatePersonBody, response: { 201: PersonView } } },
    async (request, reply) => {
      const person = await createPerson(request.ctx, request.body);
      await afterPersonWrite(request.ctx, person, 'person.recorded');
      reply.code(201);
      return presentOne(request.ctx, person, 'full');
    },
  );

  app.get(
    '/persons/:personId',
    { schema: { tags, params: PersonIdParams, response: { 200: PersonView } } },
    async (request) => {
      const { person, level } = await readPerson(request.ctx, request.params.personId);
      return presentOne(request.ctx, person, level);
    },
  );

  app.patch(
    '/persons/:personId',
    { schema: { tags, params: PersonIdParams, body: UpdatePersonBody, response: { 200: PersonView } } },
    async (request) => {
      const person = await updatePerson(request.ctx, request.params.personId, request.body);
      await afterPersonWrite(request.ctx, person, 'person.updated');
      return presentOne(request.ctx, person, 'full');
    },
  );
};
