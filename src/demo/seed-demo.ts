import { withTransaction } from '../db/connect.ts';
import { type AppDeps, type RequestContext, systemContext } from '../http/context.ts';
import {
  type AgencyRow,
  addGroupMember,
  addSuccession,
  createAgency,
  createContact,
  createGroup,
  findAgencyWithCode,
  findGroupWithCode,
  handOverChair,
  setJurisdiction,
} from '../modules/agencies/index.ts';
import { createAccount, findUserWithUsername } from '../modules/auth/index.ts';
import { createZone, findRefDataLoad, listZones } from '../modules/geo/index.ts';
import { DEMO_AGENCIES, DEMO_CONTACTS, type DemoAgency } from './demo-agencies.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-data.ts';
import { DEMO_GROUPS, type DemoGroup } from './demo-groups.ts';
import { DEMO_ZONES } from './demo-zones.ts';
import { seedAgreements } from './seed-agreements.ts';
import { seedCases } from './seed-cases.ts';
import { seedFormingHotspot } from './seed-forming-hotspot.ts';
import { seedHotspots } from './seed-hotspots.ts';
import { seedMessages } from './seed-messages.ts';
import { seedPersons } from './seed-persons.ts';

/**
 * Loads the demo forces, groups, accounts, agreements, (once the reference data is loaded) border zones and persons,
 * and the exchanges between the forces, all or nothing; each is
 * looked up by its code, username or name first, so a second run changes nothing and a later run adds only what is
 * missing.
 */
export const seedDemo = (deps: AppDeps): Promise<{ created: boolean }> =>
  withTransaction(deps.db, async (trx) => {
    const ctx = systemContext({ ...deps, db: trx }, 'giapranh seed-demo');
    const created = [
      await seedAgencies(ctx),
      await seedGroups(ctx),
      await seedUsers(ctx),
      await seedZones(ctx),
      await seedAgreements(ctx),
      await seedPersons(ctx),
      await seedHotspots(ctx),
      await seedCases(ctx),
      await seedFormingHotspot(ctx),
      await seedMessages(ctx),
    ];
    return { created: created.some(Boolean) };
  });

const agencyOf = async (ctx: RequestContext, code: string): Promise<AgencyRow> => {
  const agency = await findAgencyWithCode(ctx.db, code);
  if (!agency) {
    throw new Error(`demo data names an unknown agency ${code}`);
  }
  return agency;
};

const seedAgency = async (ctx: RequestContext, demo: DemoAgency): Promise<AgencyRow> => {
  const parent = demo.parentCode ? await agencyOf(ctx, demo.parentCode) : undefined;
  const agency = await createAgency(ctx, {
    code: demo.code,
    kind: demo.kind,
    nameVi: demo.nameVi,
    nameLocal: demo.nameLocal ?? null,
    localLanguage: demo.localLanguage ?? (demo.country === 'VN' ? 'vi' : null),
    nameEn: demo.nameEn,
    country: demo.country,
    parentId: parent?.id ?? null,
  });
  if (demo.units.length === 0) {
    return agency;
  }
  // The seed may run before the reference data is loaded; its codes are checked by demo-data.unit.test.ts.
  return setJurisdiction(ctx, agency.id, { version: agency.version, units: demo.units }, 'trusted');
};

const seedAgencies = async (ctx: RequestContext): Promise<boolean> => {
  const added: DemoAgency[] = [];
  for (const demo of DEMO_AGENCIES) {
    if (!(await findAgencyWithCode(ctx.db, demo.code))) {
      await seedAgency(ctx, demo);
      added.push(demo);
    }
  }
  for (const demo of added) {
    if (demo.mergedInto) {
      const agency = await agencyOf(ctx, demo.code);
      const successor = await agencyOf(ctx, demo.mergedInto.code);
      const succession = {
        kind: 'merged_into' as const,
        date: demo.mergedInto.date,
        successorIds: [successor.id],
      };
      await addSuccession(ctx, agency.id, { version: agency.version, ...succession });
    }
  }
  const addedCodes = new Set(added.map((demo) => demo.code));
  for (const { agencyCode, ...contact } of DEMO_CONTACTS.filter((c) => addedCodes.has(c.agencyCode))) {
    await createContact(ctx, (await agencyOf(ctx, agencyCode)).id, contact);
  }
  return added.length > 0;
};

const seedGroup = async (ctx: RequestContext, demo: DemoGroup) => {
  let group = await createGroup(ctx, {
    kind: demo.kind,
    code: demo.code,
    nameVi: demo.nameVi,
    nameEn: demo.nameEn,
    description: demo.description,
    agreementRef: demo.agreementRef,
  });
  for (const member of demo.members) {
    const agency = await agencyOf(ctx, member.agencyCode);
    group = await addGroupMember(ctx, group.id, {
      version: group.version,
      agencyId: agency.id,
      validFrom: member.validFrom,
    });
  }
  for (const term of demo.chairTerms) {
    const agency = await agencyOf(ctx, term.agencyCode);
    group = await handOverChair(ctx, group.id, {
      version: group.version,
      agencyId: agency.id,
      startsOn: term.startsOn,
      handover: term.handover,
      note: term.note,
    });
  }
};

const seedGroups = async (ctx: RequestContext): Promise<boolean> => {
  let created = false;
  for (const demo of DEMO_GROUPS) {
    if (!(await findGroupWithCode(ctx.db, demo.code))) {
      await seedGroup(ctx, demo);
      created = true;
    }
  }
  return created;
};

const seedUsers = async (ctx: RequestContext): Promise<boolean> => {
  let created = false;
  for (const user of DEMO_USERS) {
    if (await findUserWithUsername(ctx.db, user.username)) {
      continue;
    }
    const agency = await agencyOf(ctx, user.agencyCode);
    await createAccount(ctx, { ...user, password: DEMO_PASSWORD, agencyId: agency.id, createdBy: null });
    created = true;
  }
  return created;
};

/** Zones are built from the reference geometry, so without it they wait for a seed after `refdata load`. */
const seedZones = async (ctx: RequestContext): Promise<boolean> => {
  if (!(await findRefDataLoad(ctx.db))) {
    return false;
  }
  let created = false;
  for (const demo of DEMO_ZONES) {
    const existing = await listZones(ctx.db, { structure: demo.structure });
    if (!existing.some((zone) => zone.name === demo.name)) {
      await createZone(ctx, demo);
      created = true;
    }
  }
  return created;
};
