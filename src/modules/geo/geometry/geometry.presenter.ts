import { presentForeignUnit, presentUnit } from '../units/units.presenter.ts';
import type { LocationView } from './geometry.schemas.ts';
import type { Location } from './locate.service.ts';

/** A point lookup as the API shows it. */
export const presentLocation = (l: Location): LocationView => ({
  lat: l.lat,
  lon: l.lon,
  inVietnam: l.inVietnam,
  province: l.province ? presentUnit(l.province) : null,
  pre2025Province: l.pre2025Province ? presentUnit(l.pre2025Province) : null,
  commune: l.commune ? presentUnit(l.commune) : null,
  distanceToProvincialBoundaryKm: l.distanceToProvincialBoundaryKm,
  nearestProvince: l.nearestProvince ? presentUnit(l.nearestProvince) : null,
  pre2025DistanceToProvincialBoundaryKm: l.pre2025DistanceToProvincialBoundaryKm,
  distanceToNationalBorderKm: l.distanceToNationalBorderKm,
  nationalBorderCountry: l.nationalBorderCountry,
  foreignUnit: l.foreignUnit ? presentForeignUnit(l.foreignUnit) : null,
  nearestForeignUnit: {
    ...presentForeignUnit(l.nearestForeignUnit),
    distanceKm: l.nearestForeignUnit.distanceKm,
  },
});
