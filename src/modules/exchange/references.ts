import type { Db } from '../../db/connect.ts';
import { type AgencyRow, dayOf, mapAgenciesById, presentAgencySummary } from '../agencies/index.ts';
import { findRecordAccess, isBuiltRecordKind, type SharingLevel, type Viewer } from '../sharing/index.ts';
import type { ReferenceView } from './exchange.schemas.ts';
import { refuseField } from './recipients.ts';

export type RecordRef = { kind: string; id: string };

/**
 * Refuses (422 `unknown_record`) a reference the sender cannot read at all: a kind that has no table yet, a record
 * that does not exist, or one hidden from the sender answer alike, so a reference proves nothing about what exists.
 */
export const checkReferences = async (db: Db, viewer: Viewer, refs: readonly RecordRef[]) => {
  for (const [index, ref] of refs.entries()) {
    const found = isBuiltRecordKind(ref.kind)
      ? await findRecordAccess(db, viewer, ref.kind, ref.id)
      : undefined;
    if (!found || found.level === 'none') {
      refuseField('unknown_record', `references.${index}`, 'No such record');
    }
  }
};

/**
 * The references of a message as one reader sees them: each record at the level the sharing policy gives the
 * reader's agency now (a pointer names only the owner, whom to ask), and a record it may not see not at all, exactly
 * as if the reference did not exist. Evaluated per reader, per request: nothing is copied at sending time.
 */
export const presentReferences = async (
  db: Db,
  viewer: Viewer,
  refs: readonly RecordRef[],
): Promise<ReferenceView[]> => {
  const seen: { ref: RecordRef; level: SharingLevel; ownerAgencyId: string }[] = [];
  for (const ref of refs) {
    if (!isBuiltRecordKind(ref.kind)) continue;
    const found = await findRecordAccess(db, viewer, ref.kind, ref.id);
    if (!found || found.level === 'none') continue;
    seen.push({ ref, level: found.level, ownerAgencyId: found.facts.ownerAgencyId });
  }
  const owners = await mapAgenciesById(
    db,
    seen.map((s) => s.ownerAgencyId),
  );
  const day = dayOf(viewer.now);
  return seen.map(({ ref, level, ownerAgencyId }) => ({
    kind: ref.kind,
    id: ref.id,
    level,
    ownerAgency: presentAgencySummary(owners.get(ownerAgencyId) as AgencyRow, day),
  }));
};
