import { type AgencyRow, dayOf, presentAgencySummary } from '../agencies/index.ts';
import { type AccessLevel, presentHandling } from '../sharing/index.ts';
import type { LinkedPerson } from './hotspot-reads.service.ts';
import type { HotspotView } from './hotspots.schemas.ts';
import type { HotspotRow, HotspotTransitionRow } from './hotspots.tables.ts';
import { isReemergence } from './lifecycle.ts';

/**
 * A hotspot at the level the viewer reads it: a pointer names only the owner; a summary what it is, its status and
 * its units, distances and zones; full adds the exact point, the address, the description and the linked persons.
 */
export const presentHotspot = (
  hotspot: HotspotRow,
  level: Exclude<AccessLevel, 'none'>,
  owner: AgencyRow,
  context: { now: Date; persons: LinkedPerson[] },
): HotspotView => {
  const ownerAgency = presentAgencySummary(owner, dayOf(context.now));
  if (level === 'pointer') return { level, id: hotspot.id, ownerAgency };
  const summary = {
    id: hotspot.id,
    ownerAgency,
    externalRef: hotspot.externalRef,
    kind: hotspot.kind,
    name: hotspot.name,
    drugs: hotspot.drugs,
    status: hotspot.status,
    statusOn: hotspot.statusOn,
    provinceCode: hotspot.provinceCode,
    communeCode: hotspot.communeCode,
    pre2025ProvinceCode: hotspot.pre2025ProvinceCode,
    unit: { structure: hotspot.unitStructure, code: hotspot.unitCode },
    distanceToProvincialBoundaryM: hotspot.distanceToProvincialBoundaryM,
    nearestProvinceCode: hotspot.nearestProvinceCode,
    distanceToNationalBorderM: hotspot.distanceToNationalBorderM,
    nationalBorderCountry: hotspot.nationalBorderCountry,
    zoneIds: hotspot.zoneIds,
    recordedOn: hotspot.recordedOn,
    grading: {
      sourceReliability: hotspot.sourceReliability,
      informationAccuracy: hotspot.informationAccuracy,
    },
    handling: presentHandling(hotspot),
    version: hotspot.version,
  };
  if (level === 'summary') return { level, ...summary };
  return {
    level,
    ...summary,
    description: hotspot.description,
    lat: hotspot.lat,
    lon: hotspot.lon,
    address: hotspot.address,
    recheckDueOn: hotspot.recheckDueOn,
    persons: context.persons as Extract<HotspotView, { level: 'full' }>['persons'],
    createdAt: hotspot.createdAt.toISOString(),
    updatedAt: hotspot.updatedAt.toISOString(),
  };
};

/** One lifecycle move; its reason only for a viewer who reads the hotspot in full. */
export const presentTransition = (
  row: HotspotTransitionRow,
  byAgency: AgencyRow,
  now: Date,
  full: boolean,
) => ({
  id: row.id,
  from: row.fromStatus,
  to: row.toStatus,
  on: row.on,
  reemerged: row.fromStatus !== null && isReemergence(row.fromStatus, row.toStatus),
  reason: full ? row.reason : null,
  recheckDueOn: row.recheckDueOn,
  byAgency: presentAgencySummary(byAgency, dayOf(now)),
  recordedAt: row.recordedAt.toISOString(),
});
