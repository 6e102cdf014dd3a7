import type { RequestContext } from '../http/context.ts';
import { findAgencyWithCode, findGroupWithCode } from '../modules/agencies/index.ts';
import {
  type AgreementRow,
  createAgreement,
  findAgreementWithTitle,
  listAgreementZoneIds,
  recordHistoricalStatus,
  setObligations,
  setReviews,
  setZones,
} from '../modules/agreements/index.ts';
import { findRefDataLoad, listZones } from '../modules/geo/index.ts';
import { DEMO_AGREEMENTS, type DemoAgreement } from './demo-agreements.ts';

const agencyIdOf = async (ctx: RequestContext, code: string): Promise<string> => {
  const agency = await findAgencyWithCode(ctx.db, code);
  if (!agency) {
    throw new Error(`demo data names an unknown agency ${code}`);
  }
  return agency.id;
};

const seedAgreement = async (ctx: RequestContext, demo: DemoAgreement): Promise<AgreementRow> => {
  const group = demo.groupCode ? await findGroupWithCode(ctx.db, demo.groupCode) : undefined;
  const parties = [];
  for (const { agencyCode, ...party } of demo.parties) {
    parties.push({ ...party, agencyId: await agencyIdOf(ctx, agencyCode) });
  }
  let agreement = await createAgreement(ctx, {
    kind: demo.kind,
    number: demo.number,
    title: demo.title,
    domains: demo.domains,
    approvalAuthority: demo.approvalAuthority,
    areaDescription: demo.areaDescription,
    groupId: group?.id ?? null,
    note: demo.note,
    parties,
  });
  agreement = await recordHistoricalStatus(ctx, agreement.id, {
    version: agreement.version,
    status: demo.status,
    signedOn: demo.signedOn,
    effectiveFrom: demo.effectiveFrom,
    effectiveUntil: demo.effectiveUntil,
  });
  if (demo.obligations.length > 0) {
    const obligations = [];
    for (const { agencyCode, ...obligation } of demo.obligations) {
      obligations.push({ ...obligation, agencyId: agencyCode ? await agencyIdOf(ctx, agencyCode) : null });
    }
    const replyDeadlines = { urgentHours: null, normalHours: null, lowHours: null };
    agreement = await setObligations(ctx, agreement.id, {
      version: agreement.version,
      obligations,
      replyDeadlines,
    });
  }
  if (demo.reviews.length > 0) {
    agreement = await setReviews(ctx, agreement.id, { version: agreement.version, reviews: demo.reviews });
  }
  return agreement;
};

/** Links the demo zones once they exist (built only after the reference data is loaded), if not linked yet. */
const seedAgreementZones = async (ctx: RequestContext, demo: DemoAgreement, agreement: AgreementRow) => {
  if (demo.zoneNames.length === 0 || !(await findRefDataLoad(ctx.db))) {
    return false;
  }
  if ((await listAgreementZoneIds(ctx.db, agreement.id)).length > 0) {
    return false;
  }
  const zones = (await listZones(ctx.db, {})).filter((zone) => demo.zoneNames.includes(zone.name));
  if (zones.length === 0) {
    return false;
  }
  await setZones(ctx, agreement.id, { version: agreement.version, zoneIds: zones.map((zone) => zone.id) });
  return true;
};

/** Loads the five agreements of the seed reports, each found by its title first; zones are linked when they exist. */
export const seedAgreements = async (ctx: RequestContext): Promise<boolean> => {
  let created = false;
  for (const demo of DEMO_AGREEMENTS) {
    const existing = await findAgreementWithTitle(ctx.db, demo.title);
    const agreement = existing ?? (await seedAgreement(ctx, demo));
    const linked = await seedAgreementZones(ctx, demo, agreement);
    created = created || !existing || linked;
  }
  return created;
};
