import { v7 as uuidv7 } from 'uuid';
import { withTransaction } from '../../../db/connect.ts';
import type { RequestContext } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { isSuccessorCountValid } from '../agencies.policy.ts';
import { type AgencyRow, findAgencyById, insertSuccessions, listSuccessionsOf } from '../agencies.repo.ts';
import type { SuccessionBody } from '../agencies.schemas.ts';
import { changeAgencyAtVersion, getAgency } from '../agencies.service.ts';

const invalidSuccession = (message: string, path = 'successorIds'): never => {
  throw new AppError('invalid_succession', message, {
    errors: [{ path, code: 'invalid_succession', message }],
  });
};

/**
 * Records what an agency became (merged into, split into, renamed to) on a date; the predecessor's existence
 * ends on that date, so lists and memberships show it as dissolved from then on.
 */
export const addSuccession = (
  ctx: RequestContext,
  agencyId: string,
  input: SuccessionBody,
): Promise<AgencyRow> =>
  withTransaction(ctx.db, async (trx) => {
    const predecessor = await getAgency(trx, agencyId);
    const successorIds = [...new Set(input.successorIds)];
    if (!isSuccessorCountValid(input.kind, successorIds.length)) {
      invalidSuccession(
        `${input.kind} takes ${input.kind === 'split_into' ? 'two or more successors' : 'one successor'}`,
      );
    }
    if (successorIds.includes(agencyId)) {
      invalidSuccession('an agency cannot succeed itself');
    }
    for (const [index, id] of successorIds.entries()) {
      if (!(await findAgencyById(trx, id))) {
        throw new AppError('unknown_agency', 'No such successor agency', {
          errors: [{ path: `successorIds.${index}`, code: 'unknown_agency', message: 'no such agency' }],
        });
      }
    }
    const recorded = (await listSuccessionsOf(trx, agencyId, 'from')).map((entry) => entry.agency.id);
    if (successorIds.some((id) => recorded.includes(id))) {
      invalidSuccession('this succession is already recorded');
    }
    if (predecessor.validFrom !== null && input.date <= predecessor.validFrom) {
      invalidSuccession('the succession must come after the agency was established', 'date');
    }
    await insertSuccessions(
      trx,
      successorIds.map((successorId) => ({
        id: uuidv7(),
        predecessorId: agencyId,
        successorId,
        kind: input.kind,
        date: input.date,
        note: input.note ?? null,
      })),
    );
    const endsEarlier = predecessor.validUntil === null || input.date < predecessor.validUntil;
    return changeAgencyAtVersion(
      ctx,
      trx,
      { agencyId, version: input.version, eventType: 'agency.succession_add' },
      endsEarlier ? { validUntil: input.date } : {},
    );
  });
