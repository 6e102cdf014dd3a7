import type { RequestContext } from '../http/context.ts';
import { findAgencyWithCode } from '../modules/agencies/index.ts';
import { findUserWithUsername } from '../modules/auth/index.ts';
import { findRefDataLoad } from '../modules/geo/index.ts';
import { createHotspot, findHotspotWithExternalRef, transitionHotspot } from '../modules/hotspots/index.ts';
import { findPersonWithExternalRef } from '../modules/persons/index.ts';
import { shareRecord } from '../modules/sharing/index.ts';
import { DEMO_HOTSPOTS, type DemoHotspot } from './demo-hotspots.ts';
import { actingAs } from './seed-persons.ts';

const seedHotspot = async (ctx: RequestContext, demo: DemoHotspot) => {
  const acting = await actingAs(ctx, demo.ownerUsername);
  const ownerAgencyId = acting.actor?.agencyId ?? '';
  const persons = [];
  for (const link of demo.persons ?? []) {
    const person = await findPersonWithExternalRef(ctx.db, ownerAgencyId, link.externalRef);
    if (!person) throw new Error(`demo hotspot names an unknown person ${link.externalRef}`);
    persons.push({ personId: person.id, role: link.role });
  }
  let hotspot = await createHotspot(acting, { ...demo.hotspot, persons });
  for (const move of demo.moves ?? []) {
    hotspot = await transitionHotspot(acting, hotspot.id, { ...move, version: hotspot.version });
  }
  if (demo.shareWith) {
    const recipient = await findAgencyWithCode(ctx.db, demo.shareWith.agencyCode);
    if (!recipient) throw new Error(`demo data names an unknown agency ${demo.shareWith.agencyCode}`);
    const { level, purpose } = demo.shareWith;
    await shareRecord(acting, 'hotspots', hotspot.id, { recipientAgencyId: recipient.id, level, purpose });
  }
};

/** Records the demo points and hotspots (placed from their points, so only once the reference data is loaded), each found by its reference first. */
export const seedHotspots = async (ctx: RequestContext): Promise<boolean> => {
  if (!(await findRefDataLoad(ctx.db))) return false;
  let created = false;
  for (const demo of DEMO_HOTSPOTS) {
    const owner = await findUserWithUsername(ctx.db, demo.ownerUsername);
    if (owner && (await findHotspotWithExternalRef(ctx.db, owner.agencyId, demo.hotspot.externalRef)))
      continue;
    await seedHotspot(ctx, demo);
    created = true;
  }
  return created;
};
