import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AgencyRow, mapAgenciesById } from '../../agencies/index.ts';
import { presentPerson } from '../persons.presenter.ts';
import { PersonIdParams, PersonView } from '../persons.schemas.ts';
import { decideMatch, listPersonMatches } from './matching.service.ts';
import { MATCH_STATUSES } from './matching.tables.ts';

const Verdict = z.enum(['agrees', 'disagrees', 'unknown']);

const MatchView = z.object({
  id: z.uuid(),
  score: z.number(),
  status: z.enum(MATCH_STATUSES),
  foundAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  decisionNote: z.string().nullable(),
  /** Which fields agree: withheld when the other record is only a pointer to the actor. */
  explanation: z
    .object({
      name: z.object({ score: z.number(), reasons: z.array(z.string()) }),
      birthDate: Verdict,
      sex: Verdict,
      idNumber: Verdict,
      province: Verdict,
      surnameShare: z.number(),
    })
    .nullable(),
  other: PersonView,
});

const MatchIdParams = z.strictObject({ matchId: z.uuid() });
const DecisionBody = z.strictObject({
  status: z.enum(['confirmed', 'rejected']),
  note: z.string().trim().min(1).max(2000).optional(),
});

const tags = ['persons'];

/** Possible same-person links between records of different forces, for a user to confirm or reject. */
export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons/:personId/matches',
    { schema: { tags, params: PersonIdParams, response: { 200: z.object({ items: z.array(MatchView) }) } } },
    async (request) => {
      const ctx = request.ctx;
      const views = await listPersonMatches(ctx, request.params.personId);
      const owners = await mapAgenciesById(
        ctx.db,
        views.map((view) => view.other.ownerAgencyId),
      );
      const items = views.map(({ match, other, otherLevel }) => ({
        id: match.id,
        score: match.score,
        status: match.status,
        foundAt: match.foundAt.toISOString(),
        decidedAt: match.decidedAt?.toISOString() ?? null,
        decisionNote: match.decisionNote,
        explanation: otherLevel === 'pointer' ? null : match.explanation,
        other: presentPerson(other, otherLevel, owners.get(other.ownerAgencyId) as AgencyRow, ctx.clock()),
      }));
      return { items };
    },
  );

  app.post(
    '/persons/matches/:matchId/decision',
    { schema: { tags, params: MatchIdParams, body: DecisionBody } },
    async (request, reply) => {
      const match = await decideMatch(request.ctx, request.params.matchId, request.body);
      return reply.send({ id: match.id, status: match.status });
    },
  );
};
