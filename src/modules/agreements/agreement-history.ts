import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HistoryItem, presentHistory } from '../agencies/index.ts';
import { listObjectHistory } from '../audit/index.ts';
import { AgreementIdParams } from './agreements.schemas.ts';
import { getAgreement } from './agreements.service.ts';

/** An agreement's history: every change, by whom (agency) and when, from the audit log. */
export const agreementHistoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/agreements/:agreementId/history',
    {
      schema: {
        tags: ['agreements'],
        params: AgreementIdParams,
        response: { 200: z.object({ items: z.array(HistoryItem) }) },
      },
    },
    async (request) => {
      const { db, clock } = request.ctx;
      const agreement = await getAgreement(db, request.params.agreementId);
      return {
        items: await presentHistory(db, await listObjectHistory(db, 'agreement', agreement.id), clock()),
      };
    },
  );
};
