import type { RequestContext } from '../http/context.ts';
import { findAgencyWithCode } from '../modules/agencies/index.ts';
import { findUserWithUsername } from '../modules/auth/index.ts';
import { findRefDataLoad, findUnitsByCodes, listZones } from '../modules/geo/index.ts';
import {
  createPerson,
  detectMatches,
  findPersonWithExternalRef,
  type PersonRow,
} from '../modules/persons/index.ts';
import { shareRecord, viewerOf } from '../modules/sharing/index.ts';
import { DEMO_PERSONS, type DemoPerson } from './demo-persons.ts';
import { DEMO_ZONES } from './demo-zones.ts';

/** The request context of a demo officer: the person is recorded by, and owned by, that officer's agency. */
type Recorded = { person: PersonRow; acting: RequestContext };

export const actingAs = async (ctx: RequestContext, username: string): Promise<RequestContext> => {
  const user = await findUserWithUsername(ctx.db, username);
  if (!user) throw new Error(`demo data names an unknown user ${username}`);
  const actor = {
    userId: user.id,
    agencyId: user.agencyId,
    roles: user.roles,
    clearance: user.clearance,
    sessionId: 'seed',
  };
  return {
    ...ctx,
    actor,
    audit: { ...ctx.audit, actorUserId: user.id, actorAgencyId: user.agencyId, actorRoles: user.roles },
  };
};

/** The first commune of a province (by code) in the Hà Nội - Hưng Yên belt. */
export const beltCommune = async (ctx: RequestContext, province: '01' | '33'): Promise<string> => {
  const zone = (await listZones(ctx.db, {})).find((z) => z.name === DEMO_ZONES[0]?.name);
  const codes = (zone?.members ?? []).filter((m) => m.level === 'commune').map((m) => m.code);
  const units = await findUnitsByCodes(ctx.db, 'current', codes);
  const code = units
    .filter((u) => u.provinceCode === province)
    .map((u) => u.code)
    .sort()[0];
  if (!code) throw new Error(`the demo belt has no commune of province ${province}`);
  return code;
};

const seedPerson = async (ctx: RequestContext, demo: DemoPerson, created: Recorded[]) => {
  const acting = await actingAs(ctx, demo.ownerUsername);
  const addresses = demo.belt
    ? [
        {
          kind: 'current' as const,
          structure: 'current' as const,
          unitCode: await beltCommune(ctx, demo.belt),
        },
      ]
    : demo.person.addresses;
  const person = await createPerson(acting, { ...demo.person, ...(addresses ? { addresses } : {}) });
  created.push({ person, acting });
  if (demo.shareWith) {
    const recipient = await findAgencyWithCode(ctx.db, demo.shareWith.agencyCode);
    if (!recipient) throw new Error(`demo data names an unknown agency ${demo.shareWith.agencyCode}`);
    const { level, purpose } = demo.shareWith;
    await shareRecord(acting, 'persons', person.id, { recipientAgencyId: recipient.id, level, purpose });
  }
};

/** Records the demo persons (placed in units, so only once the reference data is loaded), each found by its reference first. */
export const seedPersons = async (ctx: RequestContext): Promise<boolean> => {
  if (!(await findRefDataLoad(ctx.db))) return false;
  const created: Recorded[] = [];
  for (const demo of DEMO_PERSONS) {
    const owner = await findUserWithUsername(ctx.db, demo.ownerUsername);
    if (owner && (await findPersonWithExternalRef(ctx.db, owner.agencyId, demo.person.externalRef))) continue;
    await seedPerson(ctx, demo, created);
  }
  // Once all are recorded, as the web app does after each record: each force's possible matches.
  for (const { person, acting } of created) {
    const actor = acting.actor as NonNullable<RequestContext['actor']>;
    await detectMatches(ctx.db, await viewerOf(ctx.db, actor, ctx.clock()), person, ctx.clock());
  }
  return created.length > 0;
};
