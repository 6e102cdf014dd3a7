import { type AgencyRow, dayOf, presentAgencySummary } from '../../agencies/index.ts';
import { presentHandling } from '../../sharing/index.ts';
import type { Credit, SeizureRead } from './seizure-reads.service.ts';
import type { SeizureView } from './seizures.schemas.ts';
import type { SeizureRow } from './seizures.tables.ts';

type Agencies = ReadonlyMap<string, AgencyRow>;

const agencyOf = (agencies: Agencies, id: string, now: Date) =>
  presentAgencySummary(agencies.get(id) as AgencyRow, dayOf(now));

/** The summary of a seizure: what, how much in which unit, when, where (the province), and which forces made it. */
export const presentSeizureSummary = (
  row: SeizureRow,
  credits: readonly Credit[],
  agencies: Agencies,
  now: Date,
) => ({
  level: 'summary' as const,
  id: row.id,
  ownerAgency: agencyOf(agencies, row.ownerAgencyId, now),
  caseId: row.caseId,
  seizedOn: row.seizedOn,
  substance: row.substance,
  quantity: row.quantity === null ? null : Number(row.quantity),
  unit: row.unit,
  provinceCode: row.provinceCode,
  credited: credits
    .filter((c) => c.seizureId === row.id)
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1))
    .map((c) => ({ agency: agencyOf(agencies, c.agencyId, now), role: c.role })),
  grading: { sourceReliability: row.sourceReliability, informationAccuracy: row.informationAccuracy },
  handling: presentHandling(row),
  version: row.version,
});

/** A seizure at the level the viewer reads it; full adds the exhibits, the note and the custody chain. */
export const presentSeizure = (read: SeizureRead, agencies: Agencies, now: Date): SeizureView => {
  const { row, level } = read;
  if (level === 'pointer' || level === 'none') {
    return { level: 'pointer', id: row.id, ownerAgency: agencyOf(agencies, row.ownerAgencyId, now) };
  }
  const summary = presentSeizureSummary(row, read.credits, agencies, now);
  if (level === 'summary') return summary;
  return {
    ...summary,
    level: 'full',
    exhibits: row.exhibits,
    note: row.note,
    custody: read.custody.map((c) => ({
      seq: c.seq,
      holderAgency: agencyOf(agencies, c.holderAgencyId, now),
      holderUnit: c.holderUnit,
      holderPerson: c.holderPerson,
      since: c.since,
      note: c.note,
      recordedAt: c.recordedAt.toISOString(),
    })),
    zoneIds: row.zoneIds,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
};

/** The agencies a seizure view names, for one `mapAgenciesById`. */
export const seizureAgencyIds = (read: Pick<SeizureRead, 'row' | 'credits' | 'custody'>): string[] => [
  read.row.ownerAgencyId,
  ...read.credits.map((c) => c.agencyId),
  ...read.custody.map((c) => c.holderAgencyId),
];
