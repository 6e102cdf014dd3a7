import { type AgencyRow, dayOf, presentAgencySummary } from '../../agencies/index.ts';
import { presentHandling } from '../../sharing/index.ts';
import type { OperationRead } from './operation-reads.service.ts';
import type { OperationView } from './operations.schemas.ts';
import type { OperationRow } from './operations.tables.ts';

type Agencies = ReadonlyMap<string, AgencyRow>;

const agencyOf = (agencies: Agencies, id: string, now: Date) =>
  presentAgencySummary(agencies.get(id) as AgencyRow, dayOf(now));

/** The summary fields of a special operation: its code name, lead force, period and status. */
export const presentOperationSummary = (row: OperationRow, agencies: Agencies, now: Date) => ({
  level: 'summary' as const,
  id: row.id,
  ownerAgency: agencyOf(agencies, row.ownerAgencyId, now),
  codeName: row.codeName,
  startedOn: row.startedOn,
  endedOn: row.endedOn,
  status: row.status,
  crimeDomain: row.crimeDomain,
  grading: { sourceReliability: row.sourceReliability, informationAccuracy: row.informationAccuracy },
  handling: presentHandling(row),
  version: row.version,
});

/** A special operation at the level the viewer reads it; full adds its result, forces, targets and cases. */
export const presentOperation = (read: OperationRead, agencies: Agencies, now: Date): OperationView => {
  const { row, level } = read;
  if (level === 'pointer' || level === 'none') {
    return { level: 'pointer', id: row.id, ownerAgency: agencyOf(agencies, row.ownerAgencyId, now) };
  }
  const summary = presentOperationSummary(row, agencies, now);
  if (level === 'summary') return summary;
  return {
    ...summary,
    level: 'full',
    result: row.result,
    note: row.note,
    agencies: read.agencies.map((a) => ({ agency: agencyOf(agencies, a.agencyId, now), role: a.role })),
    targets: read.targets.map((t) => ({
      personId: t.id,
      level: t.level === 'none' ? null : t.level,
      fullName: t.fullName,
    })),
    cases: read.cases.map((c) => ({
      id: c.id,
      kind: c.kind,
      title: c.title,
      occurredOn: c.occurredOn,
      status: c.status,
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
};
