import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AgencySummary, dayOf, mapAgenciesById, presentAgencySummary } from '../agencies/index.ts';
import { listObjectHistory } from '../audit/index.ts';
import { AgreementIdParams } from './agreements.schemas.ts';
import { getAgreement } from './agreements.service.ts';

const HistoryItem = z.object({
  at: z.iso.datetime(),
  action: z.string(),
  /** The change, e.g. `agreement.sign`, `agreement.zones_set`, `agreement.document_attach`. */
  event: z.string().nullable(),
  /** The agency whose user made the change; null for the system (the demo seed, the CLI). */
  agency: AgencySummary.nullable(),
});

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
      const entries = await listObjectHistory(db, 'agreement', agreement.id);
      const agencies = await mapAgenciesById(
        db,
        entries.flatMap((e) => (e.actorAgencyId ? [e.actorAgencyId] : [])),
      );
      const day = dayOf(clock());
      return {
        items: entries.map((entry) => {
          const agency = entry.actorAgencyId ? agencies.get(entry.actorAgencyId) : undefined;
          return {
            at: entry.at.toISOString(),
            action: entry.action,
            event: entry.event,
            agency: agency ? presentAgencySummary(agency, day) : null,
          };
        }),
      };
    },
  );
};
