import { and, eq, like } from 'drizzle-orm';
import type { RequestContext } from '../http/context.ts';
import { dayOf } from '../modules/agencies/index.ts';
import { cases } from '../modules/cases/cases.tables.ts';
import { createCase } from '../modules/cases/index.ts';
import { findRefDataLoad, locatePoint } from '../modules/geo/index.ts';
import { createRandom } from '../modules/persons/generate/random.ts';
import { actingAs } from './seed-persons.ts';

/**
 * A demo choice, not a fact of the seed reports: a drug point forming on the Hưng Yên side of the Hà Nội - Hưng Yên
 * boundary (Văn Giang, facing Bát Tràng across the Red River), inside the demo border belt: eight incidents
 * recorded by Hưng Yên within about 1 km over the three weeks before the seed ran, which the early warning catches.
 */
const CENTRE = { lat: 20.96, lon: 105.935 };
const INCIDENTS = 8;
const REF_PREFIX = 'DEMO-EW-HY-';
const METRES_PER_DEGREE = 111_320;

/** Records the forming cluster's incidents once (idempotent by external reference); days count back from the clock. */
export const seedFormingHotspot = async (ctx: RequestContext): Promise<boolean> => {
  if (!(await findRefDataLoad(ctx.db))) return false;
  const acting = await actingAs(ctx, 'lienlac.hungyen');
  const owner = acting.actor?.agencyId ?? '';
  const taken = await ctx.db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.ownerAgencyId, owner), like(cases.externalRef, `${REF_PREFIX}%`)));
  if (taken.length > 0) return false;
  const random = createRandom(20_231_015);
  const today = ctx.clock().getTime();
  for (let i = 0; i < INCIDENTS; i += 1) {
    // Within 500 m of the centre, so any two lie within about 1 km.
    const angle = random() * 2 * Math.PI;
    const metres = 500 * Math.sqrt(random());
    const lat = CENTRE.lat + (metres * Math.sin(angle)) / METRES_PER_DEGREE;
    const lon =
      CENTRE.lon + (metres * Math.cos(angle)) / (METRES_PER_DEGREE * Math.cos((CENTRE.lat * Math.PI) / 180));
    const point = { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
    const commune = (await locatePoint(ctx.db, point)).commune;
    if (!commune) throw new Error('the forming hotspot lies outside every commune');
    await createCase(acting, {
      externalRef: `${REF_PREFIX}${String(i + 1).padStart(2, '0')}`,
      kind: 'incident',
      title: 'Phát hiện người mua bán trái phép chất ma túy ven đê (dữ liệu minh họa)',
      occurredOn: dayOf(new Date(today - (1 + i * 3) * 86_400_000)),
      place: { structure: 'current', unitCode: commune.code, detail: 'Ven đê sông Hồng', ...point },
      offence: 'blhs-251',
    });
  }
  return true;
};
