import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getUnitPage, resolveUnitAt } from './unit-page.service.ts';
import { presentResolved, presentUnit, presentUnitDetail } from './units.presenter.ts';
import {
  ListUnitsQuery,
  ResolveQuery,
  ResolveView,
  UnitDetail,
  UnitPage,
  UnitParams,
} from './units.schemas.ts';
import { listUnits } from './units.service.ts';

const tags = ['geo'];

/** Browse, search and resolve administrative units of both structures; open to every logged-in role. */
export const unitsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/units',
    { schema: { tags, querystring: ListUnitsQuery, response: { 200: UnitPage } } },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const { rows, total } = await listUnits(request.ctx.db, filter, { page, pageSize });
      return { items: rows.map(presentUnit), total, page, pageSize };
    },
  );

  app.get(
    '/units/:structure/:code',
    { schema: { tags, params: UnitParams, response: { 200: UnitDetail } } },
    async (request) => {
      const { unit, ...related } = await getUnitPage(request.ctx.db, request.params);
      return presentUnitDetail(unit, related);
    },
  );

  app.get(
    '/units/:structure/:code/resolve',
    { schema: { tags, params: UnitParams, querystring: ResolveQuery, response: { 200: ResolveView } } },
    async (request) => {
      const resolved = await resolveUnitAt(request.ctx.db, request.params, request.query.at);
      return {
        from: presentUnit(resolved.from),
        at: request.query.at,
        structure: resolved.structure,
        units: resolved.units.map(presentResolved),
      };
    },
  );
};
