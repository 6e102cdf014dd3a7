import { type AgencyRow, dayOf, presentAgencySummary } from '../agencies/index.ts';
import { presentHandling } from '../sharing/index.ts';
import type { CaseRead } from './case-reads.service.ts';
import type { CaseView } from './cases.schemas.ts';
import type { CaseRow } from './cases.tables.ts';

type Agencies = ReadonlyMap<string, AgencyRow>;

const agencyOf = (agencies: Agencies, id: string, day: string) =>
  presentAgencySummary(agencies.get(id) as AgencyRow, day);

/** The summary fields of a case: what it is, when, where (the province), under which offence, how far along. */
export const presentCaseSummary = (row: CaseRow, agencies: Agencies, now: Date) => ({
  level: 'summary' as const,
  id: row.id,
  ownerAgency: agencyOf(agencies, row.ownerAgencyId, dayOf(now)),
  externalRef: row.externalRef,
  kind: row.kind,
  title: row.title,
  occurredOn: row.occurredOn,
  provinceCode: row.provinceCode,
  crimeDomain: row.crimeDomain,
  offence: row.offence,
  status: row.status,
  grading: { sourceReliability: row.sourceReliability, informationAccuracy: row.informationAccuracy },
  handling: presentHandling(row),
  version: row.version,
});

/** A case at the level the viewer reads it: a pointer names only the lead force; full adds place, forces, persons. */
export const presentCase = (read: CaseRead, agencies: Agencies, now: Date): CaseView => {
  const { row, level } = read;
  const day = dayOf(now);
  if (level === 'pointer' || level === 'none') {
    return { level: 'pointer', id: row.id, ownerAgency: agencyOf(agencies, row.ownerAgencyId, day) };
  }
  const summary = presentCaseSummary(row, agencies, now);
  if (level === 'summary') return summary;
  return {
    ...summary,
    level: 'full',
    place: {
      structure: row.placeStructure,
      unitCode: row.placeUnitCode,
      detail: row.placeDetail,
      lat: row.lat,
      lon: row.lon,
    },
    summary: row.summary,
    operationId: row.operationId,
    hotspotId: row.hotspotId,
    agencies: read.agencies.map((a) => ({ agency: agencyOf(agencies, a.agencyId, day), role: a.role })),
    persons: read.persons.map((p) => ({
      personId: p.id,
      role: p.role,
      level: p.level === 'none' ? null : p.level,
      fullName: p.fullName,
    })),
    zoneIds: row.zoneIds,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
};

/** The agencies a case view names, for one `mapAgenciesById`. */
export const agencyIdsOf = (read: Pick<CaseRead, 'row' | 'agencies'>): string[] => [
  read.row.ownerAgencyId,
  ...read.agencies.map((a) => a.agencyId),
];
