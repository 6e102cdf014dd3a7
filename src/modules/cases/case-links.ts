import type { Classification } from '../../db/columns.ts';
import type { Db } from '../../db/connect.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { listPersonRefs } from '../persons/index.ts';
import { syncParticipantShares, type Viewer } from '../sharing/index.ts';
import type { CasePersonRole, ParticipantRole } from './case-terms.ts';
import { assertDistinct } from './record-rules.ts';

/** The purposes of the shares that participation grants (docs/cases.md). */
export const PARTICIPATION_PURPOSES = {
  cases: 'Lực lượng tham gia vụ án',
  operations: 'Lực lượng tham gia chuyên án',
  seizures: 'Lực lượng cùng thu giữ',
} as const;

/**
 * Refuses (422 `unknown_person` at `path.N.personId`) a person named twice, or a newly named one (all when `added`
 * is not given) that the viewer may not read at summary level or above: a person of another force can be linked
 * only once that force shares it, and a hidden person is refused exactly as one that does not exist.
 */
export const assertReadablePersons = async (
  db: Db,
  viewer: Viewer,
  personIds: readonly string[],
  path: string,
  added?: readonly string[],
): Promise<void> => {
  assertDistinct(personIds, path, 'personId');
  const refs = await listPersonRefs(db, viewer, personIds);
  for (const [index, ref] of refs.entries()) {
    if (added && !added.includes(ref.id)) continue;
    if (ref.level !== 'summary' && ref.level !== 'full') {
      const message = 'No such person';
      throw new AppError('unknown_person', message, {
        errors: [{ path: `${path}.${index}.personId`, code: 'unknown_person', message }],
      });
    }
  }
};

/** A participating force and its role. */
type Participant = { agencyId: string; role: ParticipantRole };

/**
 * Replaces the participating forces of a record: checks them (not the owner, not twice, known, the record may
 * reach them), syncs the participation shares through the sharing module, and writes the rows through `replace`,
 * which the caller binds to its own table.
 */
export const replaceParticipants = async (
  ctx: RequestContext,
  trx: Db,
  p: {
    kind: 'cases' | 'operations' | 'seizures';
    record: {
      id: string;
      ownerAgencyId: string;
      releasableToForeign: boolean;
      classification: Classification;
    };
    before: readonly string[];
    after: readonly Participant[];
    at: Date;
    replace: (rows: readonly Participant[]) => Promise<void>;
  },
): Promise<void> => {
  const ids = p.after.map((a) => a.agencyId);
  assertDistinct(ids, 'agencies', 'agencyId');
  await syncParticipantShares(ctx, trx, {
    kind: p.kind,
    record: p.record,
    agencyIds: ids,
    removedAgencyIds: p.before,
    purpose: PARTICIPATION_PURPOSES[p.kind],
    pathOf: (index) => `agencies.${index}.agencyId`,
    at: p.at,
  });
  await p.replace(p.after);
};

/** The persons newly linked by a write: those in `after` and not in `before`, for the watch notifications. */
export const newlyLinked = (
  before: readonly { personId: string }[],
  after: readonly { personId: string; role?: CasePersonRole }[],
): string[] => {
  const had = new Set(before.map((b) => b.personId));
  return after.map((a) => a.personId).filter((id) => !had.has(id));
};
