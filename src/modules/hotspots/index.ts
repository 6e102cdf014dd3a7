export { DRUG_SUBSTANCES, type DrugSubstance } from './drug-substances.ts';
export { transitionHotspot } from './hotspot-lifecycle.service.ts';
export { hotspotsRoutes } from './hotspots.routes.ts';
export type { CreateHotspotBody, TransitionBody } from './hotspots.schemas.ts';
export { createHotspot, findHotspotWithExternalRef } from './hotspots.service.ts';
export { type HotspotRow, hotspots } from './hotspots.tables.ts';
export { HOTSPOT_STATUSES, type HotspotStatus } from './lifecycle.ts';
