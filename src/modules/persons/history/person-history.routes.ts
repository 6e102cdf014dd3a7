import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { HistoryItem, presentHistory } from '../../agencies/index.ts';
import { listObjectHistory } from '../../audit/index.ts';
import { readRecordAccess } from '../../sharing/index.ts';
import { auditPersonsRead } from '../person-read-audit.ts';
import { PersonIdParams } from '../persons.schemas.ts';

/**
 * A person's history from the audit log: its recording, changes, links, shares and forwards (with to whom and why).
 * Only the owning agency reads it: the shares of a record tell who else holds it, which other agencies may not learn.
 */
export const personHistoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons/:personId/history',
    {
      schema: {
        tags: ['persons'],
        params: PersonIdParams,
        response: { 200: z.object({ items: z.array(HistoryItem) }) },
      },
    },
    async (request) => {
      const ctx = request.ctx;
      const { personId } = request.params;
      const { facts, level } = await readRecordAccess(ctx, ctx.db, 'persons', personId);
      if (facts.ownerAgencyId !== requireActor(ctx).agencyId || level !== 'full') {
        throw new AppError('forbidden', "Only the owning agency reads a person's history");
      }
      const entries = await listObjectHistory(ctx.db, 'persons', personId);
      await auditPersonsRead(ctx, [{ id: personId, ownerAgencyId: facts.ownerAgencyId }], {
        detail: 'persons.history',
      });
      return { items: await presentHistory(ctx.db, entries, ctx.clock()) };
    },
  );
};
