import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { presentLocation } from './geometry.presenter.ts';
import {
  FeatureCollectionView,
  LocateQuery,
  LocationView,
  MapQuery,
  ProvinceMapParams,
} from './geometry.schemas.ts';
import { locatePoint } from './locate.service.ts';
import { getProvinceGeoJson, getProvincesGeoJson } from './maps.service.ts';

const tags = ['geo'];

/** Point lookup and map data; open to every logged-in role. */
export const geometryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/locate',
    { schema: { tags, querystring: LocateQuery, response: { 200: LocationView } } },
    async (request) => presentLocation(await locatePoint(request.ctx.db, request.query)),
  );

  app.get(
    '/provinces.geojson',
    { schema: { tags, querystring: MapQuery, response: { 200: FeatureCollectionView } } },
    async (request, reply) =>
      reply
        .type('application/geo+json')
        .send(await getProvincesGeoJson(request.ctx.db, request.query.structure)),
  );

  app.get(
    '/provinces/:structure/:code/geojson',
    { schema: { tags, params: ProvinceMapParams, response: { 200: FeatureCollectionView } } },
    async (request, reply) =>
      reply
        .type('application/geo+json')
        .send(await getProvinceGeoJson(request.ctx.db, request.params.structure, request.params.code)),
  );
};
