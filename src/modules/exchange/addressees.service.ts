import { type RequestContext, requireActor } from '../../http/context.ts';
import { type AgencyRow, dayOf, mapAgenciesById, presentAgencySummary } from '../agencies/index.ts';
import {
  listAgreementPartyAgencyIds,
  listAgreementsInForceBetween,
  listAgreementZoneIds,
} from '../agreements/index.ts';
import {
  getUnit,
  getZone,
  listZonesContainingPoint,
  listZonesContainingUnit,
  locatePoint,
  type Structure,
} from '../geo/index.ts';
import type { AddresseeSuggestions } from './exchange.schemas.ts';

export type Place = { lat?: number; lon?: number; structure: Structure; unitCode?: string };

/** The border zones holding a place: a point located on the map, or a unit (either structure). */
const zonesOfPlace = async (ctx: RequestContext, place: Place): Promise<string[]> => {
  if (place.unitCode !== undefined) {
    const ref = { structure: place.structure, code: place.unitCode };
    await getUnit(ctx.db, ref, 'unitCode');
    return listZonesContainingUnit(ctx.db, ref);
  }
  const location = await locatePoint(ctx.db, { lat: place.lat ?? 0, lon: place.lon ?? 0 });
  return listZonesContainingPoint(ctx.db, location);
};

/**
 * Whom to address about a place: the other parties of the agreements in force today to which the sender's agency is
 * party and that cover a border zone holding the place, each with the agreements that make it an addressee. A place
 * in no zone of the sender's agreements suggests nobody; a point outside the map is 422 `point_outside_coverage`.
 */
export const suggestAddressees = async (ctx: RequestContext, place: Place): Promise<AddresseeSuggestions> => {
  const sender = requireActor(ctx).agencyId;
  const day = dayOf(ctx.clock());
  const zoneIds = await zonesOfPlace(ctx, place);
  const zones = await Promise.all(zoneIds.map((id) => getZone(ctx.db, id)));
  const byAgency = new Map<string, { id: string; number: string | null; title: string }[]>();
  for (const agreement of zoneIds.length ? await listAgreementsInForceBetween(ctx.db, [sender], day) : []) {
    const covered = await listAgreementZoneIds(ctx.db, agreement.id);
    if (!covered.some((id) => zoneIds.includes(id))) continue;
    for (const agencyId of await listAgreementPartyAgencyIds(ctx.db, [agreement.id])) {
      if (agencyId === sender) continue;
      const through = byAgency.get(agencyId) ?? [];
      through.push({ id: agreement.id, number: agreement.number, title: agreement.title });
      byAgency.set(agencyId, through);
    }
  }
  const agencies = await mapAgenciesById(ctx.db, [...byAgency.keys()]);
  const suggestions = [...byAgency].map(([agencyId, agreements]) => ({
    agency: presentAgencySummary(agencies.get(agencyId) as AgencyRow, day),
    agreements,
  }));
  suggestions.sort((a, b) => a.agency.nameVi.localeCompare(b.agency.nameVi, 'vi'));
  return { zones: zones.map((z) => ({ id: z.id, name: z.name })), suggestions };
};
